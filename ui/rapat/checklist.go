package rapat

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/model/value"
	"rapi/ui/kit"
)

// checklistTab is the preparation checklist grouped by phase: each item
// with its due time (red when late), a tick that records who and when,
// and the progress line on top.
type checklistTab struct {
	v        *rapatView
	progress *widget.Label
	box      *fyne.Container
	content  fyne.CanvasObject
}

func newChecklistTab(v *rapatView) *checklistTab {
	t := &checklistTab{v: v, progress: bold(""), box: container.NewVBox()}
	add := widget.NewButtonWithIcon(lang.L("rapatui.check.add"), theme.ContentAddIcon(), func() { t.askItem(mrapat.Item{RapatID: v.id}) })
	keep := widget.NewButtonWithIcon(lang.L("rapatui.check.as_template"), theme.DocumentSaveIcon(), t.onSaveTemplate)
	t.content = container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(keep, add), t.progress), nil, nil, nil,
		container.NewVScroll(t.box))
	return t
}

func (t *checklistTab) show(l mrapat.Lengkap) {
	now := timeNow()
	p := l.Progress(now)
	t.progress.SetText(progressText(p))
	danger(t.progress, p.Late > 0)
	t.box.RemoveAll()
	expected := l.Expected()
	for _, f := range mrapat.Fases {
		head := false
		for _, it := range l.Checklist {
			if it.Fase != f {
				continue
			}
			if !head {
				t.box.Add(bold(faseName(f)))
				head = true
			}
			t.box.Add(t.itemRow(l.Rapat, it, expected))
		}
	}
}

// itemRow is one item: tick and what (with how many), due, who ticked it.
func (t *checklistTab) itemRow(r mrapat.Rapat, it mrapat.Item, expected int) fyne.CanvasObject {
	text := it.Uraian
	if q := it.Kuantitas(expected); q > 0 {
		text += " (" + model.FormatInt(int64(q)) + " " + it.Satuan + ")"
	}
	if it.Petugas != "" {
		text += " · " + it.Petugas
	}
	id := it.ID
	due := widget.NewLabel(kit.Ln("rapatui.check.due", map[string]any{"Due": when(it.Due(r.Mulai))}))
	late := it.Late(r.Mulai, timeNow())
	if late {
		due.SetText(kit.Ln("rapatui.check.late", map[string]any{"Due": when(it.Due(r.Mulai))}))
	}
	danger(due, late)
	info := container.NewHBox(due)
	if it.Done() {
		info.Add(widget.NewLabel(kit.Ln("rapatui.check.done_by", map[string]any{"By": it.SelesaiOleh, "At": model.FormatDateTime(it.Selesai)})))
	}
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { t.askItem(it) })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { t.remove(id) })
	return tickRow(strings.TrimSpace(text), it.Done(), func(on bool) { t.tick(id, on) }, container.NewHBox(info, edit, del))
}

// remove takes an item off this meeting's checklist (not off its template).
func (t *checklistTab) remove(id int64) {
	s := t.v.app.Store()
	kit.Change(t.v.app, func() error { return s.DeleteChecklistItem(bg(), id) }, t.v.changed)
}

// tickRow is a line with a tick box before its text (cut with an ellipsis,
// so a long item never widens the window) and more on its right.
func tickRow(text string, done bool, onTick func(bool), right fyne.CanvasObject) fyne.CanvasObject {
	tick := widget.NewCheck("", nil)
	tick.SetChecked(done)
	tick.OnChanged = onTick
	l := widget.NewLabel(text)
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, tick, right, l)
}

func (t *checklistTab) tick(id int64, done bool) {
	s, who := t.v.app.Store(), clerk(t.v.app)
	kit.Change(t.v.app, func() error { _, err := s.TickItem(bg(), id, done, who); return err }, t.v.changed)
}

// askItem adds or edits an item: phase, what, who, how many.
func (t *checklistTab) askItem(it mrapat.Item) {
	a := t.v.app
	fase := kit.NewSelect(faseNames(), nil)
	fase.SetSelectedIndex(0)
	for i, f := range mrapat.Fases {
		if f == it.Fase {
			fase.SetSelectedIndex(i)
		}
	}
	uraian, petugas, jumlah, satuan := a.NewEntry(), a.NewEntry(), a.NewEntry(), a.NewEntry()
	uraian.SetText(it.Uraian)
	petugas.SetText(it.Petugas)
	if it.Jumlah != 0 {
		jumlah.SetText(strconv.Itoa(it.Jumlah))
	}
	satuan.SetText(it.Satuan)
	per := widget.NewCheck(lang.L("rapatui.check.per_peserta"), nil)
	per.SetChecked(it.PerPeserta)
	items := []*widget.FormItem{widget.NewFormItem(fieldLabel("fase"), fase), widget.NewFormItem(fieldLabel("uraian"), uraian),
		widget.NewFormItem(fieldLabel("petugas"), petugas), widget.NewFormItem(fieldLabel("jumlah"), container.NewVBox(jumlah, per)),
		widget.NewFormItem(fieldLabel("satuan"), satuan)}
	title := "rapatui.check.edit"
	if it.ID == 0 {
		title = "rapatui.check.add"
	}
	a.AskForm(title, "button.save", items, func() {
		f := mrapat.Fases[max(0, fase.SelectedIndex())]
		if f != it.Fase {
			it.Relatif = 0 // the new phase's own due time
		}
		it.Fase, it.Uraian, it.Petugas, it.Satuan, it.PerPeserta = f, uraian.Text, petugas.Text, satuan.Text, per.Checked
		it.Jumlah = 0
		if j := strings.TrimSpace(jumlah.Text); j != "" {
			n, err := value.ParseInt(j)
			if err != nil {
				showErr(a, model.Invalid("jumlah", j, "rapatui.error.number"))
				return
			}
			it.Jumlah = int(n)
		}
		it.Normalize()
		if err := it.Validate(); err != nil {
			showErr(a, err)
			return
		}
		s := a.Store()
		kit.Change(a, func() error { return s.SaveChecklistItem(bg(), &it) }, t.v.changed)
	})
}

// onSaveTemplate asks the template's name (the meeting's kind, to replace
// its template) and keeps this checklist and run-down as it.
func (t *checklistTab) onSaveTemplate() {
	l := t.v.l
	name := t.v.app.NewEntry()
	name.SetText(l.Rapat.Jenis)
	t.v.app.AskForm("rapatui.check.as_template", "button.save", []*widget.FormItem{widget.NewFormItem(fieldLabel("nama"), name)},
		func() { saveAsTemplate(t.v.app, l, name.Text) })
}
