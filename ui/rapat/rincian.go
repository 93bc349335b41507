package rapat

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/ui/kit"
)

// rincianTab is the meeting's own fields, with Pindahkan: a new day, time
// and place in one action that every date of the meeting follows.
type rincianTab struct {
	v       *rapatView
	form    *rapatForm
	usang   *widget.Label // "undangan perlu dicetak ulang"
	ruang   *ruangBox     // the room's booking
	kinds   bool          // the kinds of meeting are read
	content fyne.CanvasObject
}

func newRincianTab(v *rapatView) *rincianTab {
	t := &rincianTab{v: v, form: newRapatForm(v.app), usang: wrapped(lang.L("rapatui.usang"))}
	t.usang.Importance = widget.WarningImportance
	t.usang.Hide()
	save := widget.NewButtonWithIcon(lang.L("button.save"), theme.DocumentSaveIcon(), t.onSave)
	save.Importance = widget.HighImportance
	move := widget.NewButtonWithIcon(lang.L("rapatui.move"), theme.MailForwardIcon(), t.onMove)
	t.ruang = newRuangBox(t)
	surat := container.NewVBox(bold(lang.L("rapatui.surat.title")), t.form.surat.rows(t.form.fieldRows))
	t.content = container.NewBorder(container.NewVBox(t.usang, t.form.msg, container.NewHBox(save, move), t.ruang.content), nil, nil, nil,
		container.NewVScroll(container.NewVBox(t.form.form, surat)))
	return t
}

func (t *rincianTab) show(l mrapat.Lengkap) {
	if !t.form.Unsaved() || t.form.orig.ID != l.Rapat.ID {
		t.form.clear()
		t.form.fill(l.Rapat)
	}
	t.ruang.show(l.Rapat)
	if l.Rapat.UndanganUsang {
		t.usang.Show()
	} else {
		t.usang.Hide()
	}
	if !t.kinds {
		t.loadKinds()
	}
}

func (t *rincianTab) loadKinds() {
	s := t.v.app.Store()
	kit.Load(t.v.app, func() ([]string, error) { return s.RapatJenis(bg()) }, func(kinds []string, err error) {
		if err == nil {
			t.kinds = true
			t.form.setJenis(kinds)
		}
	})
}

func (t *rincianTab) onSave() {
	r, err := t.form.read()
	if err != nil {
		t.form.show(err)
		return
	}
	t.form.clear()
	s := t.v.app.Store()
	kit.Change(t.v.app, func() error { return s.UpdateRapat(bg(), &r) }, func(err error) {
		if err != nil {
			t.form.show(err)
			return
		}
		t.form.clean = "" // saved: the reload fills the fields again
		t.v.app.DataChanged()
	})
}

// onMove asks the new day, time and place, and moves the meeting in one
// write: its checklist dues and run-down follow, printed invitations are
// marked outdated.
func (t *rincianTab) onMove() {
	r := t.v.l.Rapat
	rows := newFieldRows()
	tanggal, jam, tempat := t.v.app.NewEntry(), t.v.app.NewEntry(), t.v.app.NewEntry()
	tanggal.SetText(model.FormatDate(r.Mulai))
	jam.SetText(mrapat.FormatJam(r.Mulai))
	tempat.SetText(r.Tempat)
	form := widget.NewForm(rows.row("tanggal", tanggal), rows.row("mulai", jam), rows.row("tempat", tempat))
	var d *dialog.CustomDialog
	ok := widget.NewButton(lang.L("rapatui.move"), func() {
		start, _, err := readWhen(tanggal.Text, jam.Text, "")
		if err != nil {
			rows.show(err)
			return
		}
		d.Hide()
		t.move(r, start, tempat.Text)
	})
	ok.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(lang.L("rapatui.move_title"), container.NewVBox(rows.msg, form), t.v.app.Window())
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("button.cancel"), func() { d.Hide() }), ok})
	d.Resize(fyne.NewSize(520, 320))
	t.v.app.ShowDialog(d)
}

func (t *rincianTab) move(r mrapat.Rapat, start time.Time, tempat string) {
	s := t.v.app.Store()
	ruang := r.RuangID
	if tempat != r.Tempat {
		ruang = 0 // an outside venue typed in: no longer our room
	}
	kit.Change(t.v.app, func() error {
		_, err := s.MoveRapat(bg(), r.ID, r.Version, start, tempat, ruang)
		return err
	}, t.v.changed)
}
