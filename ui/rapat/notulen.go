package rapat

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/ui/kit"
)

// notulenTab is the minutes: what was discussed and decided, the action
// items decided here, and the open ones carried over from earlier meetings
// of the series; each is ticked done.
type notulenTab struct {
	v                     *rapatView
	n                     mrapat.Notulen
	pembahasan, keputusan *kit.Entry
	tindak, carried       *fyne.Container
	content               fyne.CanvasObject
}

func newNotulenTab(v *rapatView) *notulenTab {
	t := &notulenTab{v: v, pembahasan: multiLine(v.app), keputusan: multiLine(v.app), tindak: container.NewVBox(), carried: container.NewVBox()}
	t.pembahasan.SetMinRowsVisible(5)
	t.keputusan.SetMinRowsVisible(4)
	t.keputusan.SetPlaceHolder(lang.L("rapatui.notulen.keputusan_hint"))
	save := widget.NewButtonWithIcon(lang.L("rapatui.notulen.save"), theme.DocumentSaveIcon(), t.onSave)
	save.Importance = widget.HighImportance
	add := widget.NewButtonWithIcon(lang.L("rapatui.tindak.add"), theme.ContentAddIcon(), t.onAddTindak)
	body := container.NewVBox(
		bold(lang.L("rapatui.notulen.pembahasan")), t.pembahasan,
		bold(lang.L("rapatui.notulen.keputusan")), t.keputusan, container.NewHBox(save),
		container.NewBorder(nil, nil, nil, add, bold(lang.L("rapatui.tindak.title"))), t.tindak,
		bold(lang.L("rapatui.tindak.carried")), t.carried)
	t.content = container.NewVScroll(body)
	return t
}

func (t *notulenTab) show(l mrapat.Lengkap) {
	// Minutes typed during the meeting stay while check-ins at the door
	// (here or on another PC) reload the screen; their version stays the
	// one they were typed on, so saving over another clerk's is refused.
	if !t.unsaved() {
		t.n = l.Notulen
		t.n.RapatID = l.Rapat.ID
		t.pembahasan.SetText(l.Notulen.Pembahasan)
		t.keputusan.SetText(l.Notulen.Keputusan)
	}
	fillTindak(t.tindak, l.Tindak, t.tick, lang.L("rapatui.tindak.none"))
	fillTindak(t.carried, l.Carried, t.tick, lang.L("rapatui.tindak.none_carried"))
}

// fillTindak lists action items, each with its done tick; overdue ones red.
func fillTindak(box *fyne.Container, list []mrapat.TindakLanjut, tick func(id int64, done bool), none string) {
	box.RemoveAll()
	if len(list) == 0 {
		box.Add(widget.NewLabel(none))
	}
	for _, a := range list {
		box.Add(tindakRow(a, tick))
	}
}

func tindakRow(a mrapat.TindakLanjut, tick func(id int64, done bool)) fyne.CanvasObject {
	id := a.ID
	info := widget.NewLabel(tindakInfo(a))
	danger(info, a.Overdue(timeNow()))
	return tickRow(a.Uraian, !a.Open(), func(on bool) { tick(id, on) }, info)
}

// tindakInfo is who and by when: "PIC: Subbag TU · batas 8 Desember 2026 · M-000015".
func tindakInfo(a mrapat.TindakLanjut) string {
	batas := "–"
	if !a.Batas.IsZero() {
		batas = model.FormatDate(a.Batas)
	}
	s := kit.Ln("rapatui.tindak.info", map[string]any{"PIC": dash(a.PIC), "Batas": batas})
	if a.RapatCode != "" {
		s += " · " + a.RapatCode
	}
	if !a.Open() {
		s += " · " + kit.Ln("rapatui.check.done_by", map[string]any{"By": a.SelesaiOleh, "At": model.FormatDateTime(a.Selesai)})
	}
	return s
}

func (t *notulenTab) unsaved() bool {
	return t.pembahasan.Text != t.n.Pembahasan || t.keputusan.Text != t.n.Keputusan
}

func (t *notulenTab) onSave() {
	n := t.n
	n.Pembahasan, n.Keputusan = t.pembahasan.Text, t.keputusan.Text
	s := t.v.app.Store()
	kit.Change(t.v.app, func() error { return s.SaveNotulen(bg(), &n) }, func(err error) {
		if err == nil {
			t.n = n // saved: no longer unsaved, the reload shows it
		}
		t.v.changed(err)
	})
}

func (t *notulenTab) tick(id int64, done bool) {
	s, who := t.v.app.Store(), clerk(t.v.app)
	kit.Change(t.v.app, func() error { _, err := s.TickTindak(bg(), id, done, who); return err }, t.v.changed)
}

// onAddTindak asks what, who and by when.
func (t *notulenTab) onAddTindak() {
	a := t.v.app
	uraian, pic, batas := a.NewEntry(), a.NewEntry(), a.NewEntry()
	batas.SetPlaceHolder(lang.L("rapatui.form.tanggal_hint"))
	items := []*widget.FormItem{widget.NewFormItem(fieldLabel("uraian"), uraian), widget.NewFormItem(fieldLabel("pic"), pic),
		widget.NewFormItem(fieldLabel("batas"), batas)}
	a.AskForm("rapatui.tindak.add", "button.save", items, func() {
		tl := mrapat.TindakLanjut{RapatID: t.v.id, Uraian: uraian.Text, PIC: pic.Text}
		if batas.Text != "" {
			d, err := readDate("batas", batas.Text)
			if err != nil {
				showErr(a, err)
				return
			}
			tl.Batas = d
		}
		if err := tl.Validate(); err != nil {
			showErr(a, err)
			return
		}
		s := a.Store()
		kit.Change(a, func() error { return s.SaveTindak(bg(), &tl) }, t.v.changed)
	})
}
