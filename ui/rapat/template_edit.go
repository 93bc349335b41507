package rapat

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/model/value"
	"rapi/ui/kit"
)

// tplEditor edits one checklist template in Pengaturan: its tasks and its
// run-down, one row each, added, removed and reordered, saved at the
// version read (another clerk's save is reported, not overwritten).
type tplEditor struct {
	app     Shell
	tpl     mrapat.Template
	nama    *kit.Entry
	tugas   []*tplTugasRow
	susunan []*tplSusunanRow
	tBox    *fyne.Container
	sBox    *fyne.Container
	msg     *widget.Label
	dlg     dialog.Dialog
	saved   func()
}

// tplTugasRow is one task's fields and the message under them.
type tplTugasRow struct {
	fase                                 *widget.Select
	uraian, petugas, due, jumlah, satuan *kit.Entry
	per                                  *widget.Check
	msg                                  *widget.Label
}

// tplSusunanRow is one run-down item's fields and the message under them.
type tplSusunanRow struct {
	uraian, durasi, petugas *kit.Entry
	msg                     *widget.Label
}

// editTemplate opens template t for editing; saved runs after a save.
func editTemplate(a Shell, t mrapat.Template, saved func()) *tplEditor {
	e := &tplEditor{app: a, tpl: t, nama: a.NewEntry(), tBox: container.NewVBox(), sBox: container.NewVBox(),
		msg: wrapped(""), saved: saved}
	e.msg.Importance = widget.DangerImportance
	e.msg.Hide()
	e.nama.SetText(t.Nama)
	for _, x := range t.Tugas {
		e.tugas = append(e.tugas, e.newTugasRow(x))
	}
	for _, x := range t.Susunan {
		e.susunan = append(e.susunan, e.newSusunanRow(x))
	}
	e.layout()
	addT := widget.NewButtonWithIcon(lang.L("rapatlink.tpl.add_tugas"), theme.ContentAddIcon(), func() {
		e.tugas = append(e.tugas, e.newTugasRow(mrapat.Tugas{Fase: mrapat.FaseH1}))
		e.layout()
	})
	addS := widget.NewButtonWithIcon(lang.L("rapatlink.tpl.add_susunan"), theme.ContentAddIcon(), func() {
		e.susunan = append(e.susunan, e.newSusunanRow(mrapat.SusunanItem{Durasi: 15 * time.Minute}))
		e.layout()
	})
	body := container.NewVBox(e.msg, widget.NewForm(widget.NewFormItem(fieldLabel("nama"), e.nama)),
		bold(lang.L("rapatlink.tpl.tugas")), wrapped(lang.L("rapatlink.tpl.due_help")), e.tBox, container.NewHBox(addT),
		widget.NewSeparator(), bold(lang.L("rapatlink.tpl.susunan")), e.sBox, container.NewHBox(addS))
	save := widget.NewButtonWithIcon(lang.L("button.save"), theme.DocumentSaveIcon(), e.onSave)
	save.Importance = widget.HighImportance
	d := dialog.NewCustomWithoutButtons(kit.Ln("rapatlink.tpl.title", map[string]any{"Nama": t.Nama}),
		container.NewVScroll(body), a.Window())
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("button.cancel"), d.Hide), save})
	d.Resize(fyne.NewSize(960, 640))
	e.dlg = d
	a.ShowDialog(d)
	return e
}

func rowMsg() *widget.Label {
	l := wrapped("")
	l.Importance = widget.DangerImportance
	l.Hide()
	return l
}

func (e *tplEditor) newTugasRow(t mrapat.Tugas) *tplTugasRow {
	r := &tplTugasRow{fase: kit.NewSelect(faseNames(), nil), uraian: e.app.NewEntry(), petugas: e.app.NewEntry(),
		due: e.app.NewEntry(), jumlah: e.app.NewEntry(), satuan: e.app.NewEntry(),
		per: widget.NewCheck(lang.L("rapatui.check.per_peserta"), nil), msg: rowMsg()}
	r.fase.SetSelectedIndex(0)
	for i, f := range mrapat.Fases {
		if f == t.Fase {
			r.fase.SetSelectedIndex(i)
		}
	}
	r.uraian.SetText(t.Uraian)
	r.uraian.SetPlaceHolder(fieldLabel("uraian"))
	r.petugas.SetText(t.Petugas)
	r.petugas.SetPlaceHolder(fieldLabel("petugas"))
	t.Normalize() // the phase's own due when none is set
	r.due.SetText(mrapat.FormatRelatif(t.Relatif))
	r.due.SetPlaceHolder("H-3 -01.00")
	if t.Jumlah != 0 {
		r.jumlah.SetText(strconv.Itoa(t.Jumlah))
	}
	r.jumlah.SetPlaceHolder(fieldLabel("jumlah"))
	r.satuan.SetText(t.Satuan)
	r.satuan.SetPlaceHolder(fieldLabel("satuan"))
	r.per.SetChecked(t.PerPeserta)
	return r
}

func (e *tplEditor) newSusunanRow(it mrapat.SusunanItem) *tplSusunanRow {
	r := &tplSusunanRow{uraian: e.app.NewEntry(), durasi: e.app.NewEntry(), petugas: e.app.NewEntry(), msg: rowMsg()}
	r.uraian.SetText(it.Uraian)
	r.uraian.SetPlaceHolder(fieldLabel("uraian"))
	r.durasi.SetText(strconv.Itoa(int(it.Durasi / time.Minute)))
	r.durasi.SetPlaceHolder(lang.L("rapatlink.tpl.menit"))
	r.petugas.SetText(it.Petugas)
	r.petugas.SetPlaceHolder(fieldLabel("petugas"))
	return r
}

// layout puts the rows in their boxes, each with its up, down and remove
// buttons bound to its place.
func (e *tplEditor) layout() {
	e.tBox.Objects = nil
	for i, r := range e.tugas {
		fields := container.NewGridWithColumns(4, r.fase, r.uraian, r.petugas, r.due, r.jumlah, r.per, r.satuan)
		e.tBox.Add(container.NewBorder(nil, r.msg, nil, e.rowButtons(i, len(e.tugas), func(from, to int) {
			e.tugas = moved(e.tugas, from, to)
		}), fields))
	}
	e.sBox.Objects = nil
	for i, r := range e.susunan {
		fields := container.NewGridWithColumns(3, r.uraian, r.durasi, r.petugas)
		e.sBox.Add(container.NewBorder(nil, r.msg, nil, e.rowButtons(i, len(e.susunan), func(from, to int) {
			e.susunan = moved(e.susunan, from, to)
		}), fields))
	}
	e.tBox.Refresh()
	e.sBox.Refresh()
}

// rowButtons are row i's up, down and remove (to -1) buttons.
func (e *tplEditor) rowButtons(i, n int, move func(from, to int)) fyne.CanvasObject {
	act := func(to int) func() { return func() { move(i, to); e.layout() } }
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), act(i-1))
	down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), act(i+1))
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), act(-1))
	if i == 0 {
		up.Disable()
	}
	if i == n-1 {
		down.Disable()
	}
	return container.NewHBox(up, down, del)
}

// moved is list with item from moved to index to, or removed (to -1).
func moved[T any](list []T, from, to int) []T {
	x := list[from]
	out := append(append([]T{}, list[:from]...), list[from+1:]...)
	if to < 0 {
		return out
	}
	return append(out[:to], append([]T{x}, out[to:]...)...)
}

func (e *tplEditor) onSave() {
	t, ok := e.read()
	if !ok {
		return
	}
	s := e.app.Store()
	kit.Change(e.app, func() error { return s.SaveRapatTemplate(bg(), &t) }, func(err error) {
		if err != nil {
			setMsg(e.msg, explain(err))
			return
		}
		e.dlg.Hide()
		e.saved()
	})
}

// read builds the template from the rows; a wrong field is named under
// its row (ok false).
func (e *tplEditor) read() (mrapat.Template, bool) {
	t := e.tpl
	t.Nama, t.Tugas, t.Susunan = e.nama.Text, nil, nil
	setMsg(e.msg, "")
	ok := true
	for _, r := range e.tugas {
		x, err := r.read()
		ok = showRowErr(r.msg, err) && ok
		t.Tugas = append(t.Tugas, x)
	}
	for _, r := range e.susunan {
		x, err := r.read()
		ok = showRowErr(r.msg, err) && ok
		t.Susunan = append(t.Susunan, x)
	}
	if strings.TrimSpace(t.Nama) == "" {
		setMsg(e.msg, explain(model.Invalid("nama", "", "error.required")))
		ok = false
	}
	return t, ok
}

// showRowErr shows err under a row (hides the line without one).
func showRowErr(l *widget.Label, err error) bool {
	if err == nil {
		l.Hide()
		return true
	}
	l.SetText(explain(err))
	l.Show()
	return false
}

func (r *tplTugasRow) read() (mrapat.Tugas, error) {
	t := mrapat.Tugas{Fase: mrapat.Fases[max(0, r.fase.SelectedIndex())], Uraian: r.uraian.Text, Petugas: r.petugas.Text,
		Satuan: r.satuan.Text, PerPeserta: r.per.Checked}
	var err error
	if t.Relatif, err = mrapat.ParseRelatif(r.due.Text); err != nil {
		return t, err
	}
	if j := strings.TrimSpace(r.jumlah.Text); j != "" {
		n, err := value.ParseInt(j)
		if err != nil || n < 0 {
			return t, model.Invalid("jumlah", j, "rapatui.error.number")
		}
		t.Jumlah = int(n)
	}
	t.Normalize()
	return t, t.Validate()
}

func (r *tplSusunanRow) read() (mrapat.SusunanItem, error) {
	it := mrapat.SusunanItem{Uraian: r.uraian.Text, Petugas: r.petugas.Text}
	d := strings.TrimSpace(r.durasi.Text)
	n, err := value.ParseInt(d)
	if err != nil || n <= 0 {
		return it, model.Invalid("durasi", d, "rapatui.error.number")
	}
	it.Durasi = time.Duration(n) * time.Minute
	return it, it.Validate()
}
