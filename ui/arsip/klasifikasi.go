package arsip

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

// klasView is the Klasifikasi tab: the classification codes with their
// JRA, searchable, with the codes an import added marked "perlu
// ditinjau"; an admin edits, adds, deletes and imports codes (with the
// admin PIN once one is set).
type klasView struct {
	app        Shell
	search     *kit.Entry
	onlyReview *widget.Check
	count      *widget.Label
	table      *widget.Table
	content    fyne.CanvasObject

	all    []marsip.Klasifikasi
	shown  []marsip.Klasifikasi
	hasPIN bool
	editor *klasEditor // the open edit dialog, if any
}

var klasColumns = []struct {
	key   string
	width float32
}{
	{"klas.col.code", 110}, {"klas.col.name", 330}, {"klas.col.aktif", 90}, {"klas.col.inaktif", 100},
	{"klas.col.nasib", 140}, {"klas.col.trigger", 240}, {"klas.col.review", 140},
}

func newKlasView(a Shell) *klasView {
	v := &klasView{app: a, search: a.NewEntry(), count: widget.NewLabel("")}
	v.search.SetPlaceHolder(lang.L("klas.search"))
	v.search.OnChanged = func(string) { v.filter() }
	v.onlyReview = widget.NewCheck(lang.L("klas.only_review"), func(bool) { v.filter() })
	v.table = widget.NewTableWithHeaders(func() (int, int) { return len(v.shown), len(klasColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		}, v.updateCell)
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(klasColumns) {
			o.(*widget.Label).SetText(lang.L(klasColumns[id.Col].key))
		}
	}
	for i, c := range klasColumns {
		v.table.SetColumnWidth(i, c.width)
	}
	v.table.OnSelected = func(id widget.TableCellID) {
		v.table.UnselectAll()
		if id.Row >= 0 && id.Row < len(v.shown) {
			v.openEditor(v.shown[id.Row])
		}
	}
	add := widget.NewButtonWithIcon(lang.L("klas.add"), theme.ContentAddIcon(), func() {
		v.openEditor(marsip.Klasifikasi{JRA: marsip.JRA{Nasib: marsip.NasibMusnah}})
	})
	add.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon(lang.L("klas.import"), theme.UploadIcon(), v.chooseImport)
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(imp, add), v.search),
		container.NewHBox(v.onlyReview, v.count))
	v.content = container.NewBorder(top, nil, nil, nil, v.table)
	v.load()
	return v
}

// load reads the codes and whether a PIN guards them, off the UI goroutine.
func (v *klasView) load() {
	s := v.app.Store()
	if s == nil {
		return
	}
	type loaded struct {
		list   []marsip.Klasifikasi
		hasPIN bool
	}
	kit.Load(v.app, func() (d loaded, err error) {
		if d.list, err = s.KlasifikasiList(bg()); err == nil {
			d.hasPIN, err = s.HasAdminPIN(bg())
		}
		return d, err
	}, func(d loaded, err error) {
		if err != nil {
			v.count.SetText(explainArsip(err))
			return
		}
		v.all, v.hasPIN = d.list, d.hasPIN
		v.filter()
	})
}

// filter shows the codes that start with the typed text or whose name
// holds it.
func (v *klasView) filter() {
	q := strings.ToLower(strings.TrimSpace(v.search.Text))
	code := marsip.NormalizeKlasifikasiCode(q)
	v.shown = v.shown[:0]
	review := 0
	for _, k := range v.all {
		if k.Review {
			review++
		}
		if v.onlyReview.Checked && !k.Review {
			continue
		}
		if q == "" || strings.HasPrefix(k.Code, code) || strings.Contains(strings.ToLower(k.Name), q) {
			v.shown = append(v.shown, k)
		}
	}
	v.count.SetText(kit.Ln("klas.count", map[string]any{"N": model.FormatInt(int64(len(v.all))), "Review": review}))
	v.table.Refresh()
}

func (v *klasView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	l.Importance = widget.MediumImportance
	if id.Row < 0 || id.Row >= len(v.shown) {
		l.SetText("")
		return
	}
	k := v.shown[id.Row]
	text := ""
	switch id.Col {
	case 0:
		text = k.Code
	case 1:
		text = k.Name
	case 2:
		text = strconv.Itoa(k.JRA.Aktif)
	case 3:
		text = strconv.Itoa(k.JRA.Inaktif)
	case 4:
		text = nasibText(k.JRA.Nasib)
	case 5:
		text = k.JRA.Trigger
	case 6:
		if k.Review {
			text, l.Importance = lang.L("klas.review_mark"), widget.WarningImportance
		}
	}
	l.SetText(text)
}

// klasEditor is the dialog that edits or adds one code. What was typed
// stays when saving fails.
type klasEditor struct {
	v                                         *klasView
	k                                         marsip.Klasifikasi
	code, name, aktif, inaktif, trigger, note *kit.Entry
	nasib                                     *widget.Select
	pin                                       *kit.Entry
	errLabel                                  *widget.Label
	save, del                                 *widget.Button
	dlg                                       dialog.Dialog
}

func (v *klasView) openEditor(k marsip.Klasifikasi) {
	a := v.app
	e := &klasEditor{v: v, k: k, code: a.NewEntry(), name: a.NewEntry(), aktif: a.NewEntry(), inaktif: a.NewEntry(),
		trigger: a.NewEntry(), note: a.NewEntry(), pin: a.NewEntry(), errLabel: errorLabel()}
	e.pin.Password = true
	e.nasib = kit.NewSelect(choiceTexts("arsip.nasib.", marsip.NasibAkhirs), nil)
	e.code.SetText(k.Code)
	e.name.SetText(k.Name)
	e.aktif.SetText(strconv.Itoa(k.JRA.Aktif))
	e.inaktif.SetText(strconv.Itoa(k.JRA.Inaktif))
	e.trigger.SetText(k.JRA.Trigger)
	e.trigger.SetPlaceHolder(lang.L("klas.trigger_hint"))
	e.note.SetText(k.Note)
	e.nasib.SetSelectedIndex(max(0, choiceIndex(marsip.NasibAkhirs, k.JRA.Nasib)))
	form := widget.NewForm(
		item("klas.f.code", e.code), item("klas.f.name", e.name), item("klas.f.aktif", e.aktif),
		item("klas.f.inaktif", e.inaktif), item("klas.f.nasib", e.nasib), item("klas.f.trigger", e.trigger),
		item("klas.f.note", e.note))
	if v.hasPIN {
		form.AppendItem(item("field.pin", e.pin))
	}
	top := container.NewVBox()
	if k.Review {
		help := widget.NewLabel(lang.L("klas.review_help"))
		help.Wrapping = fyne.TextWrapWord
		help.Importance = widget.WarningImportance
		top.Add(help)
	}
	if v.hasPIN {
		top.Add(widget.NewLabel(lang.L("klas.pin_help")))
	}
	e.save = widget.NewButtonWithIcon(lang.L("button.save"), theme.DocumentSaveIcon(), e.onSave)
	e.save.Importance = widget.HighImportance
	e.del = widget.NewButtonWithIcon(lang.L("klas.delete"), theme.DeleteIcon(), e.onDelete)
	e.del.Importance = widget.DangerImportance
	if k.ID == 0 {
		e.del.Hide()
	}
	cancel := widget.NewButton(lang.L("button.cancel"), func() { e.dlg.Hide() })
	content := container.NewBorder(top, container.NewVBox(e.errLabel, container.NewHBox(e.save, e.del, cancel)), nil, nil, form)
	title := lang.L("klas.new_title")
	if k.ID != 0 {
		title = kit.Ln("klas.edit_title", map[string]any{"Code": k.Code})
	}
	e.dlg = dialog.NewCustomWithoutButtons(title, content, a.Window())
	e.dlg.Resize(fyne.NewSize(620, 520))
	v.editor = e
	a.ShowDialog(e.dlg)
}

// klasFieldLabels name the fields storage and model report for a code.
var klasFieldLabels = map[string]string{
	"kode_klasifikasi": "klas.f.code", "nama": "klas.f.name", "retensi_aktif": "klas.f.aktif",
	"retensi_inaktif": "klas.f.inaktif", "nasib_akhir": "klas.f.nasib",
}

// explainKlas is Explain with the editor's field labels.
func explainKlas(err error) string {
	if ie, ok := model.AsInvalid(err); ok {
		if key, ok := klasFieldLabels[ie.Field]; ok {
			return kit.Ln("error.invalid_field", map[string]any{"Field": lang.L(key), "Value": ie.Value, "Reason": kit.T(ie.Reason)})
		}
	}
	return explainArsip(err)
}

// read turns the fields into a code; the error names the field.
func (e *klasEditor) read() (marsip.Klasifikasi, error) {
	k := e.k
	k.Code, k.Name, k.Note = e.code.Text, e.name.Text, e.note.Text
	var err error
	if k.JRA.Aktif, err = parseIntField("retensi_aktif", e.aktif.Text); err != nil {
		return k, err
	}
	if k.JRA.Inaktif, err = parseIntField("retensi_inaktif", e.inaktif.Text); err != nil {
		return k, err
	}
	k.JRA.Nasib = marsip.NasibAkhirs[max(0, e.nasib.SelectedIndex())]
	k.JRA.Trigger = e.trigger.Text
	return k, k.Validate()
}

func (e *klasEditor) onSave() {
	e.errLabel.Hide()
	k, err := e.read()
	if err != nil {
		showError(e.errLabel, explainKlas(err))
		return
	}
	a, pin := e.v.app, e.pin.Text
	s := a.Store()
	e.save.Disable()
	kit.Change(a, func() error { return s.SaveKlasifikasiAdmin(bg(), &k, pin) }, func(err error) {
		e.save.Enable()
		if err != nil {
			showError(e.errLabel, explainKlas(err))
			return
		}
		e.k = k
		e.dlg.Hide()
		if e.v.editor == e {
			e.v.editor = nil
		}
		a.ShowInfo(lang.L("klas.tab"), kit.Ln("klas.saved", map[string]any{"Code": k.Code}))
		e.v.load()
	})
}

// onDelete says how many files carry the code, then puts it in the bin.
func (e *klasEditor) onDelete() {
	e.errLabel.Hide()
	a, k, pin := e.v.app, e.k, e.pin.Text
	s := a.Store()
	kit.Load(a, func() (int, error) { return s.KlasifikasiUsage(bg(), k.Code) }, func(n int, err error) {
		if err != nil {
			showError(e.errLabel, explainKlas(err))
			return
		}
		msg := kit.Ln("klas.delete_confirm", map[string]any{"Code": k.Code, "Name": k.Name, "N": n})
		d := dialog.NewConfirm(lang.L("klas.delete"), msg, func(ok bool) {
			if ok {
				e.doDelete(k, pin)
			}
		}, a.Window())
		d.Show()
	})
}

func (e *klasEditor) doDelete(k marsip.Klasifikasi, pin string) {
	a := e.v.app
	s := a.Store()
	kit.Change(a, func() error { return s.DeleteKlasifikasi(bg(), k.ID, k.Version, pin) }, func(err error) {
		if err != nil {
			showError(e.errLabel, explainKlas(err))
			return
		}
		e.dlg.Hide()
		a.ShowInfo(lang.L("klas.tab"), kit.Ln("klas.deleted", map[string]any{"Code": k.Code}))
		e.v.load()
	})
}

// chooseImport asks for the file (and the admin PIN, when one is set),
// then previews the import.
func (v *klasView) chooseImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		path := r.URI().Path()
		if v.hasPIN {
			v.app.AskPIN(func(pin string) { v.previewImport(path, pin) })
			return
		}
		v.previewImport(path, "")
	}, v.app.Window())
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{".xlsx", ".xlsm", ".csv", ".txt"}))
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// previewImport reads and checks the file without writing, and shows
// what an import would do; when every row is good the clerk confirms.
func (v *klasView) previewImport(path, pin string) {
	a := v.app
	s := a.Store()
	kit.Load(a, func() (*storage.ImportKlasifikasiReport, error) {
		return s.ImportKlasifikasi(bg(), path, storage.ImportKlasifikasiOptions{DryRun: true, PIN: pin})
	}, func(rep *storage.ImportKlasifikasiReport, err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		summary := kit.Ln("klas.import_preview", map[string]any{"Created": rep.Created, "Updated": rep.Updated,
			"Unchanged": rep.Unchanged, "Rejected": rep.Rejected})
		if !rep.OK() {
			a.ShowInfo(lang.L("klas.import_title"), summary+"\n\n"+lang.L("klas.import_blocked")+"\n"+klasProblems(rep))
			return
		}
		d := dialog.NewConfirm(lang.L("klas.import_title"), summary, func(ok bool) {
			if ok {
				v.runImport(path, pin)
			}
		}, a.Window())
		d.SetConfirmText(lang.L("klas.import_button"))
		a.ShowDialog(d)
	})
}

// runImport imports the file, all or nothing, and reports the counts.
func (v *klasView) runImport(path, pin string) {
	a := v.app
	s := a.Store()
	kit.Load(a, func() (*storage.ImportKlasifikasiReport, error) {
		return s.ImportKlasifikasi(bg(), path, storage.ImportKlasifikasiOptions{PIN: pin})
	}, func(rep *storage.ImportKlasifikasiReport, err error) {
		switch {
		case err != nil:
			a.ShowError(err)
		case !rep.OK():
			a.ShowInfo(lang.L("klas.import_title"), lang.L("klas.import_blocked")+"\n"+klasProblems(rep))
		default:
			a.ShowInfo(lang.L("klas.import_title"), kit.Ln("klas.import_done", map[string]any{"Created": rep.Created,
				"Updated": rep.Updated, "Unchanged": rep.Unchanged}))
		}
		v.load()
	})
}

// klasProblems lists the first problems of an import, one a line, each
// with its row and column.
func klasProblems(rep *storage.ImportKlasifikasiReport) string {
	var lines []string
	for i, p := range rep.Read.Problems {
		if i == kit.MaxProblemsShown {
			lines = append(lines, kit.Ln("klas.more_problems", map[string]any{"N": len(rep.Read.Problems) - i}))
			break
		}
		lines = append(lines, p.Message(kit.Translate))
	}
	return strings.Join(lines, "\n")
}
