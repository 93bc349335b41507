package arsip

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/impor"
	"rapi/ui/kit"
)

// retensiShown is how many files of a work list are shown at once; the
// clerk applies an action to them, then the next ones come up.
const retensiShown = 500

var retensiActions = []marsip.RetensiAction{marsip.RetensiPindah, marsip.RetensiMusnah, marsip.RetensiSerah, marsip.RetensiNilai}

// retensiView is the Retensi tab: the files due for an action as of a
// day, to tick and apply with a berita acara. Nothing is ever deleted:
// the files change status and the action is recorded.
type retensiView struct {
	app      Shell
	action   *widget.Select
	asOf     *kit.Entry
	count    *widget.Label
	rows     []marsip.Berkas
	checked  map[int64]bool
	list     *widget.List
	all      *widget.Check
	ba       *kit.Entry
	baDate   *kit.Entry
	note     *kit.Entry
	apply    *widget.Button
	export   *widget.Button // the usul pindah / usul musnah list shown
	applyErr *widget.Label
	content  fyne.CanvasObject
}

func newRetensiView(a Shell) *retensiView {
	v := &retensiView{app: a, asOf: a.NewEntry(), count: widget.NewLabel(""), checked: map[int64]bool{},
		ba: a.NewEntry(), baDate: a.NewEntry(), note: a.NewEntry(), applyErr: errorLabel()}
	v.action = kit.NewSelect(choiceTexts("arsip.retensi.", retensiActions), func(string) { v.load() })
	v.action.SetSelectedIndex(0)
	v.asOf.SetText(model.FormatDateShort(timeNow()))
	v.asOf.OnSubmitted = func(string) { v.load() }
	v.baDate.SetText(model.FormatDateShort(timeNow()))
	v.ba.SetPlaceHolder("BA/001/BIRO-UMUM/2026")
	show := widget.NewButtonWithIcon(lang.L("arsipui.retensi.show"), theme.ViewRefreshIcon(), v.load)
	v.export = widget.NewButtonWithIcon(lang.L("impor.export.title"), theme.DocumentSaveIcon(), v.onExport)
	v.all = widget.NewCheck(lang.L("arsipui.retensi.all"), v.onAll)
	v.list = widget.NewList(func() int { return len(v.rows) }, func() fyne.CanvasObject {
		c := widget.NewCheck("", nil)
		return c
	}, v.updateRow)
	v.apply = widget.NewButtonWithIcon(lang.L("arsipui.retensi.apply"), theme.ConfirmIcon(), v.onApply)
	v.apply.Importance = widget.HighImportance

	top := container.NewVBox(
		widget.NewForm(widget.NewFormItem(arsipFieldLabel("aksi"), v.action),
			widget.NewFormItem(arsipFieldLabel("as_of"), container.NewBorder(nil, nil, nil, show, v.asOf))),
		container.NewBorder(nil, nil, nil, v.export, container.NewHBox(v.all, v.count)))
	bottom := widget.NewCard(lang.L("arsipui.retensi.apply_title"), lang.L("arsipui.retensi.apply_help"), container.NewVBox(
		widget.NewForm(widget.NewFormItem(arsipFieldLabel("berita_acara"), v.ba),
			widget.NewFormItem(arsipFieldLabel("tanggal"), v.baDate),
			widget.NewFormItem(arsipFieldLabel("note"), v.note)),
		v.applyErr, container.NewHBox(v.apply)))
	v.content = container.NewBorder(top, bottom, nil, nil, v.list)
	v.load()
	return v
}

func (v *retensiView) selectedAction() marsip.RetensiAction {
	return retensiActions[max(0, v.action.SelectedIndex())]
}

// load reads the work list for the chosen action and day.
func (v *retensiView) load() {
	s := v.app.Store()
	if s == nil || v.list == nil {
		return
	}
	asOf, err := parseDateField("as_of", v.asOf.Text)
	if err != nil {
		v.count.SetText(explainArsip(err))
		return
	}
	act := v.selectedAction()
	if _, ok := retensiExportList(act); ok {
		v.export.Enable()
	} else {
		v.export.Disable() // serah and nilai kembali have no official list
	}
	kit.Load(v.app, func() (storage.BerkasPage, error) {
		return s.RetensiList(bg(), act, asOf, storage.Page{Limit: retensiShown})
	}, func(page storage.BerkasPage, err error) {
		if err != nil {
			v.count.SetText(explainArsip(err))
			return
		}
		if act != v.selectedAction() {
			return // the clerk picked another action meanwhile
		}
		v.show(page, asOf)
	})
}

// show lists the files of page, due on asOf, none of them ticked.
func (v *retensiView) show(page storage.BerkasPage, asOf time.Time) {
	v.rows = page.Rows
	v.checked = map[int64]bool{}
	v.all.SetChecked(false)
	text := kit.Ln("arsipui.retensi.count", map[string]any{"N": model.FormatInt(int64(page.Total)), "Date": model.FormatDate(asOf)})
	if page.Total > len(page.Rows) {
		text += " " + kit.Ln("arsipui.retensi.first", map[string]any{"Shown": len(page.Rows)})
	}
	v.count.SetText(text)
	v.list.Refresh()
}

func (v *retensiView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	b := v.rows[i]
	c := o.(*widget.Check)
	c.OnChanged = nil
	due := b.Retensi.AkhirOn
	if v.selectedAction() == marsip.RetensiPindah {
		due = b.Retensi.PindahOn
	}
	c.SetText(b.Code + " · " + b.KodeKlasifikasi + " · " + b.Uraian + " (" + b.KurunWaktu() + ") · " +
		kit.Ln("arsipui.retensi.due", map[string]any{"Date": model.FormatDateShort(due)}) + " · " + b.PlacePath)
	c.SetChecked(v.checked[b.ID])
	id := b.ID
	c.OnChanged = func(on bool) { v.checked[id] = on }
}

func (v *retensiView) onAll(on bool) {
	for _, b := range v.rows {
		v.checked[b.ID] = on
	}
	v.list.Refresh()
}

func (v *retensiView) selectedIDs() []int64 {
	var ids []int64
	for _, b := range v.rows {
		if v.checked[b.ID] {
			ids = append(ids, b.ID)
		}
	}
	return ids
}

// onApply asks before changing the files' status.
func (v *retensiView) onApply() {
	v.applyErr.Hide()
	aksi, err := v.aksi()
	if err != nil {
		showError(v.applyErr, explainArsip(err))
		return
	}
	msg := kit.Ln("arsipui.retensi.confirm", map[string]any{"N": len(aksi.BerkasIDs), "Action": trKey("arsip.retensi.", string(aksi.Action)),
		"BA": aksi.BeritaAcara, "To": statusText(aksi.Action.To())})
	d := dialog.NewConfirm(lang.L("arsipui.retensi.apply"), msg, func(ok bool) {
		if ok {
			v.doApply(aksi)
		}
	}, v.app.Window())
	v.app.ShowDialog(d)
}

// aksi reads the action, its berita acara and the ticked files.
func (v *retensiView) aksi() (marsip.RetensiAksi, error) {
	a := marsip.RetensiAksi{Action: v.selectedAction(), BeritaAcara: v.ba.Text, Note: strings.TrimSpace(v.note.Text),
		BerkasIDs: v.selectedIDs()}
	var err error
	if a.Tanggal, err = parseDateField("tanggal", v.baDate.Text); err != nil {
		return a, err
	}
	return a, a.Validate()
}

func (v *retensiView) doApply(aksi marsip.RetensiAksi) {
	s := v.app.Store()
	v.apply.Disable()
	kit.Change(v.app, func() error { return s.ApplyRetensi(bg(), &aksi) }, func(err error) {
		v.apply.Enable()
		if err != nil {
			showError(v.applyErr, explainArsip(err))
			return
		}
		v.ba.SetText("")
		v.note.SetText("")
		v.app.ShowInfo(lang.L("arsipui.retensi.apply"), kit.Ln("arsipui.retensi.done", map[string]any{
			"N": len(aksi.BerkasIDs), "BA": aksi.BeritaAcara}))
		v.load()
	})
}

// retensiExportList is the official list of a retention action: usul
// pindah for moving to inaktif, usul musnah for destruction.
func retensiExportList(a marsip.RetensiAction) (storage.ArsipList, bool) {
	switch a {
	case marsip.RetensiPindah:
		return storage.ListUsulPindah, true
	case marsip.RetensiMusnah:
		return storage.ListUsulMusnah, true
	}
	return "", false
}

// exportOptions is the work list on screen: its action and day.
func (v *retensiView) exportOptions() (storage.ExportArsipOptions, error) {
	l, ok := retensiExportList(v.selectedAction())
	if !ok {
		return storage.ExportArsipOptions{}, model.Invalid("aksi", v.action.Selected, "error.arsip_choice")
	}
	asOf, err := parseDateField("as_of", v.asOf.Text)
	return storage.ExportArsipOptions{List: l, AsOf: asOf}, err
}

// onExport asks where to save the list shown, then writes it.
func (v *retensiView) onExport() {
	opt, err := v.exportOptions()
	if err != nil {
		showArsipError(v.app, err)
		return
	}
	impor.ExportList(v.app, opt)
}

// exportTo writes the list shown to path.
func (v *retensiView) exportTo(path string) {
	opt, err := v.exportOptions()
	if err != nil {
		showArsipError(v.app, err)
		return
	}
	impor.WriteExport(v.app, path, opt)
}
