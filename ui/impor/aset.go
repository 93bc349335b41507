package impor

import (
	"bytes"
	"context"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/storage/sheet"
	"rapi/ui/kit"
)

// The KIB import: a register of units (KIB A..F as offices and SIMDA keep
// them) read into the Inventaris, all or nothing. It shares the archive
// wizard's pieces: file choosing with the .xls advice, the preview table,
// the problems list and the rejected-rows workbook.

// asetWizard is the "Impor KIB" dialog's state.
type asetWizard struct {
	app  kit.Shell
	file string
	rep  *storage.ImportAsetReport // last preview or import

	fileLabel   *widget.Label
	sheetSel    *widget.Select
	skipInvalid *widget.Check
	rowsView    *previewTable
	summary     *widget.Label
	problems    *widget.Label
	importBtn   *widget.Button
	saveBtn     *widget.Button
	run         *importRun // progress.go: the bar and Cancel
	content     fyne.CanvasObject
	dlg         dialog.Dialog
}

// ShowAsetImportWizard opens the "Impor KIB dari Excel" dialog.
func ShowAsetImportWizard(a kit.Shell) { showAsetImportWizard(a) }

func showAsetImportWizard(a kit.Shell) *asetWizard {
	w := newAsetWizard(a)
	w.dlg = dialog.NewCustom(lang.L("asetimpor.title"), lang.L("button.close"), w.content, a.Window())
	w.dlg.Resize(dialogSize(a.Window()))
	a.ShowDialog(w.dlg)
	return w
}

func newAsetWizard(a kit.Shell) *asetWizard {
	w := &asetWizard{app: a}
	w.fileLabel = widget.NewLabel(lang.L("asetimpor.no_file"))
	w.fileLabel.Wrapping = fyne.TextWrapWord
	choose := widget.NewButton(lang.L("impor.choose_file"), func() { chooseSheetFile(a, w.setFile) })
	w.sheetSel = kit.NewSelect(nil, nil)
	w.sheetSel.Disable()
	w.skipInvalid = widget.NewCheck(lang.L("asetimpor.skip_invalid"), func(bool) { w.enableImport() })
	w.rowsView = newPreviewTable()
	w.summary = widget.NewLabel("")
	w.summary.Wrapping = fyne.TextWrapWord
	w.problems = widget.NewLabel("")
	w.problems.Wrapping = fyne.TextWrapWord
	w.importBtn = widget.NewButton(lang.L("impor.import"), w.runImport)
	w.importBtn.Importance = widget.HighImportance
	w.importBtn.Disable()
	w.saveBtn = widget.NewButton(lang.L("impor.save_rejected"), func() {
		if w.rep != nil {
			saveRejectedRows(a, w.file, w.rep.Read)
		}
	})
	w.saveBtn.Hide()
	w.run = newImportRun(a)
	top := container.NewBorder(nil, nil, nil, choose, w.fileLabel)
	form := widget.NewForm(widget.NewFormItem(lang.L("impor.sheet"), w.sheetSel))
	body := container.NewVBox(top, form, w.summary, w.rowsView.object(), w.problems)
	// As in the archive wizard, the tick and the buttons stay below the
	// scrolling part, on screen in a 1280 x 720 window.
	actions := container.NewVBox(widget.NewSeparator(), w.skipInvalid, w.run.object(),
		container.NewHBox(w.importBtn, w.run.cancelBtn, w.saveBtn))
	w.content = container.NewBorder(nil, actions, nil, nil, container.NewVScroll(body))
	return w
}

// setFile reads the sheet names of a file, then previews its first sheet.
func (w *asetWizard) setFile(path string) {
	w.file = path
	w.fileLabel.SetText(filepath.Base(path))
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
			if len(names) > 1 {
				w.sheetSel.Enable()
			} else {
				w.sheetSel.Disable()
			}
			w.sheetSel.OnChanged = func(string) { w.preview() }
			w.preview()
		})
	})
}

// preview reads and checks the file without writing.
func (w *asetWizard) preview() {
	w.read(true)
}

func (w *asetWizard) runImport() {
	w.importBtn.Disable()
	w.read(false)
}

// read reads the file off the UI goroutine, dry or for real, with a busy
// bar and Cancel (a big register takes seconds; the storage cannot say
// how far it is), and shows the report; a written import tells the
// screens (the Inventaris list reloads). A cancelled import wrote nothing.
func (w *asetWizard) read(dry bool) {
	s := w.app.Store()
	if w.file == "" || s == nil {
		return
	}
	file := w.file
	opt := storage.ImportAsetOptions{Sheet: w.sheetSel.Selected, DryRun: dry, SkipInvalid: w.skipInvalid.Checked}
	ctx := w.run.start(false)
	w.app.Go(func() {
		rep, err := s.ImportAset(ctx, file, opt)
		w.app.Do(func() {
			if w.run.stop(ctx, err) {
				w.summary.SetText(lang.L("impor.cancelled"))
				w.enableImport()
				return
			}
			if err != nil {
				w.enableImport()
				w.app.ShowError(err)
				return
			}
			w.show(rep, !dry)
			if rep.Written {
				w.app.DataChanged()
			}
		})
	})
}

// show puts a report on screen: counts, first rows, problems.
func (w *asetWizard) show(rep *storage.ImportAsetReport, done bool) {
	w.rep = rep
	data := map[string]any{"Created": rep.Created, "Updated": rep.Updated, "Unchanged": rep.Unchanged, "Rejected": rep.Rejected,
		"Skipped": len(rep.Read.Skipped)}
	switch {
	case done && rep.Written:
		w.summary.SetText(kit.Ln("impor.done", data))
	case done:
		w.summary.SetText(kit.Ln("asetimpor.nothing_written", data))
	default:
		w.summary.SetText(kit.Ln("impor.summary", data))
	}
	w.rowsView.show(rep.Read.Mapping, rep.Preview, rep.Read.DataRows)
	w.problems.SetText(problemLines(rep.Read.Problems))
	if rep.Rejected > 0 {
		w.saveBtn.Show()
	} else {
		w.saveBtn.Hide()
	}
	w.enableImport()
}

// enableImport lets the import run unless rejected rows block it (the
// tick "Lewati baris yang salah" unblocks it).
func (w *asetWizard) enableImport() {
	if w.rep == nil || w.rep.Blocked(w.skipInvalid.Checked) {
		w.importBtn.Disable()
	} else {
		w.importBtn.Enable()
	}
}

// ExportAsetList asks where to save an asset list (KIB A..F, KIR of a
// room, Buku Inventaris, mutasi), then writes it.
func ExportAsetList(a kit.Shell, opt storage.AsetListOptions) {
	askSavePath(a, storage.AsetExportFileName(opt.List, time.Now()), func(path string) { WriteAsetExport(a, path, opt) })
}

// WriteAsetExport writes an asset list to path off the UI goroutine.
func WriteAsetExport(a kit.Shell, path string, opt storage.AsetListOptions) {
	writeWorkbook(a, path, func(s *storage.Store, b *bytes.Buffer) (int, error) {
		return s.ExportAsetList(context.Background(), b, opt)
	})
}
