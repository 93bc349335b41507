// Package impor is the Excel import wizard and the exports of the
// archive lists: a feature of Rapi that sees the app only as a kit.Shell.
package impor

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/storage/sheet"
	"rapi/ui/kit"
)

// prefMappings keeps the clerk's corrected column mappings on this PC, by
// table shape, so the next register of the same shape reads right away.
const prefMappings = "impor.mappings"

// importWizard is the import dialog's state: one file, its sheet, the
// table layout and mapping the clerk sees and may correct, the preview,
// then the import.
type importWizard struct {
	app  kit.Shell
	file string
	rep  *storage.ImportArsipReport // last preview or import

	fileLabel   *widget.Label
	sheetSel    *widget.Select
	headFirst   *kit.Entry
	headLast    *kit.Entry
	dataFirst   *kit.Entry
	dataLast    *kit.Entry
	mapBox      *fyne.Container
	mapSelects  []*widget.Select
	mapping     sheet.Mapping
	skipInvalid *widget.Check
	klasAll     *kit.Entry // the classification of rows without one
	otherSheets *widget.Check
	// createPlaces: the clerk's yes to making the places and boxes the
	// register's locations need (shown only when some are needed).
	createPlaces *widget.Check
	rowsView     *previewTable
	// othersRefused: another sheet imported with this one was refused,
	// so nothing of any sheet was written.
	othersRefused bool
	summary       *widget.Label
	problems      *widget.Label
	run           *importRun // progress.go
	previewBtn    *widget.Button
	importBtn     *widget.Button
	saveBtn       *widget.Button
	content       fyne.CanvasObject
	dlg           dialog.Dialog
}

// ShowImportWizard opens the "Impor dari Excel" dialog.
func ShowImportWizard(a kit.Shell) { showImportWizard(a) }

func showImportWizard(a kit.Shell) *importWizard {
	w := newImportWizard(a)
	w.dlg = dialog.NewCustom(lang.L("impor.title"), lang.L("button.close"), w.content, a.Window())
	w.dlg.Resize(dialogSize(a.Window()))
	a.ShowDialog(w.dlg)
	return w
}

// dialogSize is 900 x 680, less on a window too small for it, so that the
// action bar at its foot stays on screen.
func dialogSize(win fyne.Window) fyne.Size {
	size := fyne.NewSize(900, 680)
	if c := win.Canvas().Size(); c.Height > 0 {
		size.Height = min(size.Height, c.Height-40)
		size.Width = min(size.Width, c.Width-40)
	}
	return size
}

func newImportWizard(a kit.Shell) *importWizard {
	w := &importWizard{app: a}
	w.fileLabel = widget.NewLabel(lang.L("impor.no_file"))
	w.fileLabel.Wrapping = fyne.TextWrapWord
	choose := widget.NewButton(lang.L("impor.choose_file"), w.chooseFile)
	w.sheetSel = kit.NewSelect(nil, func(string) { w.preview(true) })
	w.headFirst, w.headLast, w.dataFirst, w.dataLast = a.NewEntry(), a.NewEntry(), a.NewEntry(), a.NewEntry()
	w.klasAll = a.NewEntry()
	w.klasAll.SetPlaceHolder(lang.L("impor.klasifikasi_all_hint"))
	layoutForm := widget.NewForm(
		widget.NewFormItem(lang.L("impor.sheet"), w.sheetSel),
		widget.NewFormItem(lang.L("impor.header_rows"), container.NewGridWithColumns(2, w.headFirst, w.headLast)),
		widget.NewFormItem(lang.L("impor.data_rows"), container.NewGridWithColumns(2, w.dataFirst, w.dataLast)),
		widget.NewFormItem(lang.L("impor.klasifikasi_all"), w.klasAll),
	)
	w.mapBox = container.NewVBox()
	w.skipInvalid = widget.NewCheck(lang.L("impor.skip_invalid"), nil)
	w.otherSheets = newOtherSheets() // sheets.go
	w.createPlaces = widget.NewCheck("", nil)
	w.createPlaces.Hide()
	w.rowsView = newPreviewTable() // preview.go
	w.summary = widget.NewLabel("")
	w.summary.Wrapping = fyne.TextWrapWord
	w.problems = widget.NewLabel("")
	w.problems.Wrapping = fyne.TextWrapWord
	w.run = newImportRun(a)
	w.previewBtn = widget.NewButton(lang.L("impor.preview"), func() { w.preview(false) })
	w.importBtn = widget.NewButton(lang.L("impor.import"), func() { w.confirmNoPlaces(w.runImport) })
	w.importBtn.Importance = widget.HighImportance
	w.saveBtn = widget.NewButton(lang.L("impor.save_rejected"), w.saveRejected)
	w.saveBtn.Hide()
	w.previewBtn.Disable()
	w.importBtn.Disable()
	top := container.NewBorder(nil, nil, nil, choose, w.fileLabel)
	body := container.NewVBox(top, layoutForm, w.summary, w.rowsView.object(), w.problems,
		widget.NewLabelWithStyle(lang.L("impor.mapping"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), w.mapBox)
	// The choices and the buttons stay below the scrolling part, always
	// on screen (a 1280 x 720 office screen too).
	actions := container.NewVBox(widget.NewSeparator(), w.skipInvalid, w.otherSheets, w.createPlaces, w.run.object(),
		container.NewHBox(w.previewBtn, w.importBtn, w.run.cancelBtn, w.saveBtn))
	w.content = container.NewBorder(nil, actions, nil, nil, container.NewVScroll(body))
	return w
}

func (w *importWizard) chooseFile() { chooseSheetFile(w.app, w.setFile) }

// chooseSheetFile asks for a register file (.xlsx or .csv); an Excel
// 97-2003 file is explained (and converted where it can be) first.
func chooseSheetFile(a kit.Shell, then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		path := r.URI().Path()
		if sheet.IsXLS(path) {
			explainXLS(a, path, then) // explain.go
			return
		}
		then(path)
	}, a.Window())
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{".xlsx", ".xlsm", ".csv", ".txt"}))
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// setFile reads the sheet names of a file, then previews its first sheet.
func (w *importWizard) setFile(path string) {
	if sheet.IsXLS(path) {
		explainXLS(w.app, path, w.setFile) // explain.go
		return
	}
	w.file = path
	w.fileLabel.SetText(filepath.Base(path))
	w.mapping = nil
	w.app.Go(func() {
		names, err := sheet.SheetNames(path)
		w.app.Do(func() {
			if err != nil {
				w.app.ShowError(err)
				return
			}
			w.sheetSel.OnChanged = nil
			w.sheetSel.Options = names
			if len(names) > 0 {
				w.sheetSel.SetSelected(names[0])
			}
			if len(names) <= 1 {
				w.sheetSel.Disable()
				w.otherSheets.Hide()
			} else {
				w.sheetSel.Enable()
				w.otherSheets.Show()
			}
			w.sheetSel.OnChanged = func(string) { w.preview(true) }
			w.previewBtn.Enable()
			w.preview(true)
		})
	})
}

func rowNum(e *kit.Entry) int {
	n, _ := strconv.Atoi(strings.TrimSpace(e.Text))
	return n
}

func setRow(e *kit.Entry, n int) {
	if n > 0 {
		e.SetText(strconv.Itoa(n))
	} else {
		e.SetText("")
	}
}

// options builds what ImportArsip gets from the screen. detect starts
// afresh (a new file or sheet): the layout and mapping are detected.
func (w *importWizard) options(detect bool) storage.ImportArsipOptions {
	opt := storage.ImportArsipOptions{Sheet: w.sheetSel.Selected, Saved: w.savedMappings(), SkipInvalid: w.skipInvalid.Checked,
		Klasifikasi: w.klasAll.Text, CreatePlaces: w.createPlaces.Checked}
	if !detect {
		opt.Layout = sheet.Layout{HeaderFirst: rowNum(w.headFirst), HeaderLast: rowNum(w.headLast),
			DataFirst: rowNum(w.dataFirst), DataLast: rowNum(w.dataLast)}
		if w.rep != nil && opt.Layout.HeaderFirst == w.rep.Read.Layout.HeaderFirst && opt.Layout.HeaderLast == w.rep.Read.Layout.HeaderLast {
			opt.Mapping = w.mapping
		}
		if w.rep != nil && opt.Layout.DataLast == w.rep.Read.Layout.DataLast {
			opt.Layout.DataLast = 0 // found while reading; only a change is an override
		}
	}
	return opt
}

// preview reads and checks the file without writing and shows the result.
func (w *importWizard) preview(detect bool) {
	if w.file == "" || w.app.Store() == nil {
		return
	}
	opt := w.options(detect)
	opt.DryRun = true
	s, file := w.app.Store(), w.file
	w.app.Go(func() {
		rep, err := s.ImportArsip(context.Background(), file, opt)
		w.app.Do(func() {
			if err != nil {
				w.app.ShowError(err)
				return
			}
			w.show(rep, false)
		})
	})
}

// show puts a report on screen: layout, mapping, counts, first problems.
func (w *importWizard) show(rep *storage.ImportArsipReport, done bool) {
	w.rep = rep
	l := rep.Read.Layout
	setRow(w.headFirst, l.HeaderFirst)
	setRow(w.headLast, l.HeaderLast)
	setRow(w.dataFirst, l.DataFirst)
	setRow(w.dataLast, l.DataLast)
	w.showMapping(rep.Read.Mapping)
	data := map[string]any{"Created": rep.Created, "Updated": rep.Updated, "Unchanged": rep.Unchanged, "Rejected": rep.Rejected,
		"Skipped": len(rep.Read.Skipped)}
	var sum string
	switch {
	case done && !w.othersRefused && (rep.Written || !rep.Blocked(w.skipInvalid.Checked)):
		sum = lang.L("impor.done", data)
	case done:
		sum = lang.L("impor.nothing_written", data)
	default:
		sum = lang.L("impor.summary", data)
	}
	if len(rep.NewKlasifikasi) > 0 {
		sum += "\n" + kit.Ln("impor.new_klasifikasi", map[string]any{"Codes": strings.Join(rep.NewKlasifikasi, ", ")})
	}
	sum += notes(rep) + placesText(rep, done)
	w.summary.SetText(sum)
	w.rowsView.show(rep.Read.Mapping, rep.Preview, rep.Read.DataRows)
	if n := newPlacesCount(rep); n > 0 && !done {
		w.createPlaces.SetText(kit.Ln("registers.lokasi.create", map[string]any{"N": n}))
		w.createPlaces.Show()
	} else if !done {
		w.createPlaces.SetChecked(false)
		w.createPlaces.Hide()
	}
	w.problems.SetText(problemLines(append(append([]sheet.Problem{}, rep.Read.Problems...), rep.LokasiProblems...)))
	if rep.Rejected > 0 {
		w.saveBtn.Show()
	} else {
		w.saveBtn.Hide()
	}
	if rep.Blocked(true) {
		w.importBtn.Disable()
	} else {
		w.importBtn.Enable()
	}
}

// showMapping lists the table's columns, each with a Select of the field
// it feeds.
func (w *importWizard) showMapping(m sheet.Mapping) {
	w.mapping = append(sheet.Mapping(nil), m...)
	extra := lang.L("sheet.extra")
	opts := []string{extra}
	byLabel := map[string]string{extra: ""}
	labelOf := map[string]string{"": extra}
	for _, f := range storage.ArsipSchema.Fields {
		opts = append(opts, f.Label)
		byLabel[f.Label] = f.Key
		labelOf[f.Key] = f.Label
	}
	w.mapBox.Objects = nil
	w.mapSelects = nil
	grid := container.NewGridWithColumns(3)
	for i, c := range m {
		i := i
		sel := kit.NewSelect(opts, nil)
		sel.SetSelected(labelOf[c.Field])
		choose := func(s string) {
			key := byLabel[s]
			for j := range w.mapping {
				if j != i && key != "" && w.mapping[j].Field == key {
					w.mapping[j].Field = ""
					w.mapSelects[j].SetSelected(extra)
				}
			}
			w.mapping[i].Field = key
		}
		w.mapSelects = append(w.mapSelects, sel)
		why := widget.NewLabel(whyText(c.Why))
		why.Wrapping = fyne.TextWrapWord
		why.Importance = widget.LowImportance
		sel.OnChanged = func(s string) { choose(s); why.SetText(whyText(sheet.WhyGiven)) }
		grid.Add(widget.NewLabel(columnText(c, hiddenAt(w.rep, i))))
		grid.Add(sel)
		grid.Add(why)
	}
	w.mapBox.Add(grid)
	w.mapBox.Refresh()
}

func (w *importWizard) savedMappings() *sheet.MappingStore {
	raw := w.app.Preferences().String(prefMappings)
	if raw == "" {
		return &sheet.MappingStore{}
	}
	ms, err := sheet.LoadMappings(strings.NewReader(raw))
	if err != nil {
		return &sheet.MappingStore{}
	}
	return ms
}

func (w *importWizard) rememberMapping() {
	if w.rep == nil || w.mapping == nil {
		return
	}
	ms := w.savedMappings()
	ms.Remember(w.rep.Read.Fingerprint, w.mapping)
	var b bytes.Buffer
	if ms.Save(&b) == nil {
		w.app.Preferences().SetString(prefMappings, b.String())
	}
}

// runImport writes the file off the UI goroutine with a progress bar and
// a Cancel button; cancel rolls everything back.
func (w *importWizard) runImport() {
	if w.file == "" || w.app.Store() == nil {
		return
	}
	opt := w.options(false)
	w.rememberMapping()
	ctx := w.run.start(true)
	w.importBtn.Disable()
	w.previewBtn.Disable()
	opt.Progress = w.run.progress
	s, file := w.app.Store(), w.file
	opts := []storage.ImportArsipOptions{opt}
	if w.otherSheets.Checked {
		opts = append(opts, otherSheetOptions(opt, w.sheetSel.Options)...) // sheets.go
	}
	w.app.Go(func() {
		var rep *storage.ImportArsipReport
		var more []string
		refused := false
		reps, err := s.ImportArsipSheets(ctx, file, opts)
		if err == nil {
			rep, more = reps[0], otherSheetLines(reps[1:])
			refused = refusedAny(reps[1:], opt.SkipInvalid)
		}
		w.app.Do(func() {
			cancelled := w.run.stop(ctx, err)
			w.previewBtn.Enable()
			if cancelled {
				w.summary.SetText(lang.L("impor.cancelled"))
				w.importBtn.Enable()
				return
			}
			if err != nil {
				w.importBtn.Enable()
				w.app.ShowError(err)
				return
			}
			w.othersRefused = refused
			w.show(rep, true)
			w.othersRefused = false
			w.summary.SetText(w.summary.Text + joinLines(more))
			if rep.Written {
				w.app.DataChanged()
			}
		})
	})
}

// saveRejected writes the errors workbook for the clerk to fix and import again.
func (w *importWizard) saveRejected() {
	if w.rep != nil {
		saveRejectedRows(w.app, w.file, w.rep.Read)
	}
}

// problemLines lists the first problems, each naming its row, column and
// value, and how many more there are.
func problemLines(probs []sheet.Problem) string {
	var lines []string
	for i, p := range probs {
		if i == kit.MaxProblemsShown {
			lines = append(lines, kit.Ln("impor.more_problems", map[string]any{"N": len(probs) - i}))
			break
		}
		lines = append(lines, "• "+p.Message(kit.Translate))
	}
	return strings.Join(lines, "\n")
}

// saveRejectedRows asks where to save the rejected rows of file (with
// their errors) for the clerk to fix and import again.
func saveRejectedRows(a kit.Shell, file string, res *sheet.Result) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		writeRejected(a, path, res)
	}, a.Window())
	d.SetFileName(strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)) + "-ditolak.xlsx")
	d.Show()
}

func writeRejected(a kit.Shell, path string, res *sheet.Result) {
	a.Go(func() {
		var b bytes.Buffer
		err := sheet.WriteErrors(&b, res, kit.Translate)
		if err == nil {
			err = os.WriteFile(path, b.Bytes(), 0o644)
		}
		a.Do(func() {
			if err != nil {
				a.ShowError(err)
				return
			}
			a.ShowInfo(lang.L("impor.title"), kit.Ln("impor.rejected_saved", map[string]any{"File": path, "N": len(res.Rejected)}))
		})
	})
}

// ExportBerkas writes the files matching filter (the list on screen) as a
// Daftar Berkas workbook, asking where to save it.
func ExportBerkas(a kit.Shell, text string, filter storage.BerkasFilter) {
	ExportList(a, storage.ExportArsipOptions{List: storage.ListBerkas, Text: text, Filter: filter})
}

// ExportList asks where to save a list, then writes it.
func ExportList(a kit.Shell, opt storage.ExportArsipOptions) {
	askSavePath(a, storage.ExportFileName(opt.List, time.Now()), func(path string) { WriteExport(a, path, opt) })
}

// WriteExport writes a list to path off the UI goroutine.
func WriteExport(a kit.Shell, path string, opt storage.ExportArsipOptions) {
	writeWorkbook(a, path, func(s *storage.Store, b *bytes.Buffer) (int, error) {
		return s.ExportArsip(context.Background(), b, opt)
	})
}

// askSavePath asks where to save a workbook named name, then hands on
// the path chosen (nothing when the clerk cancels).
func askSavePath(a kit.Shell, name string, then func(path string)) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		then(path)
	}, a.Window())
	d.SetFileName(name)
	d.Show()
}

// writeWorkbook runs write off the UI goroutine and saves what it wrote
// at path only when the whole workbook was made, then says how many rows.
func writeWorkbook(a kit.Shell, path string, write func(s *storage.Store, b *bytes.Buffer) (int, error)) {
	s := a.Store()
	if s == nil {
		return
	}
	a.Go(func() {
		var b bytes.Buffer
		n, err := write(s, &b)
		if err == nil {
			err = os.WriteFile(path, b.Bytes(), 0o644)
		}
		a.Do(func() {
			if err != nil {
				a.ShowError(err)
				return
			}
			a.ShowInfo(lang.L("impor.export.title"), kit.Ln("impor.export.done", map[string]any{"N": n, "File": path}))
		})
	})
}

// ShowExportLists asks which official list to export, then where.
func ShowExportLists(a kit.Shell) {
	names := map[string]storage.ArsipList{}
	var opts []string
	for _, l := range storage.ArsipLists {
		key := "impor.export.list." + strings.ReplaceAll(string(l), "-", "_")
		t := lang.L(key)
		names[t] = l
		opts = append(opts, t)
	}
	sel := kit.NewSelect(opts, nil)
	sel.SetSelected(opts[0])
	d := dialog.NewForm(lang.L("impor.export.title"), lang.L("impor.export.button"), lang.L("button.cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("impor.export.list"), sel)}, func(ok bool) {
			if ok {
				ExportList(a, storage.ExportArsipOptions{List: names[sel.Selected]})
			}
		}, a.Window())
	d.Resize(fyne.NewSize(480, 200))
	a.ShowDialog(d)
}
