package rapat

import (
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/ui/kit"
)

// susunanTab is the run-down: its items with their lengths; the clock
// times follow from the meeting's start, so typing a new length shows at
// once how every later item shifts.
type susunanTab struct {
	v       *rapatView
	start   time.Time
	rows    []*susunanRow
	box     *fyne.Container
	msg     *widget.Label
	loaded  []mrapat.SusunanItem // as last shown from the database
	content fyne.CanvasObject
}

// unsaved tells whether the rows differ from the run-down last shown.
func (t *susunanTab) unsaved() bool {
	if t.loaded == nil && len(t.rows) == 0 {
		return false
	}
	items, err := t.items()
	if err != nil || len(items) != len(t.loaded) {
		return true
	}
	for i := range items {
		a, b := items[i], t.loaded[i]
		if a.Durasi != b.Durasi || a.Uraian != b.Uraian || a.Petugas != b.Petugas {
			return true
		}
	}
	return false
}

// susunanRow is one item's fields.
type susunanRow struct {
	id                      int64
	jam                     *widget.Label
	durasi, uraian, petugas *kit.Entry
	obj                     fyne.CanvasObject
}

func newSusunanTab(v *rapatView) *susunanTab {
	t := &susunanTab{v: v, box: container.NewVBox(), msg: wrapped("")}
	t.msg.Importance = widget.DangerImportance
	t.msg.Hide()
	add := widget.NewButtonWithIcon(lang.L("rapatui.susunan.add"), theme.ContentAddIcon(), func() {
		t.addRow(mrapat.SusunanItem{Durasi: 15 * time.Minute})
		t.retime()
	})
	save := widget.NewButtonWithIcon(lang.L("rapatui.susunan.save"), theme.DocumentSaveIcon(), t.onSave)
	save.Importance = widget.HighImportance
	// The header leaves the delete button's room so its columns line up.
	room := canvas.NewRectangle(color.Transparent)
	room.SetMinSize(container.NewHBox(widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)).MinSize())
	head := container.NewBorder(nil, nil, nil, room, container.NewGridWithColumns(4, bold(lang.L("rapatui.susunan.jam")),
		bold(lang.L("rapatui.susunan.menit")), bold(fieldLabel("uraian")), bold(fieldLabel("petugas"))))
	t.content = container.NewBorder(container.NewVBox(container.NewHBox(add, save), t.msg, head), nil, nil, nil,
		container.NewVScroll(t.box))
	return t
}

func (t *susunanTab) show(l mrapat.Lengkap) {
	t.start = l.Rapat.Mulai
	if t.unsaved() {
		t.retime() // keep what is typed; a moved start still shows
		return
	}
	t.loaded = l.Susunan
	t.rows = nil
	t.box.RemoveAll()
	for _, it := range l.Susunan {
		t.addRow(it)
	}
	setMsg(t.msg, "")
	t.retime()
}

func (t *susunanTab) addRow(it mrapat.SusunanItem) {
	r := &susunanRow{id: it.ID, jam: widget.NewLabel(""), durasi: t.v.app.NewEntry(), uraian: t.v.app.NewEntry(), petugas: t.v.app.NewEntry()}
	r.durasi.SetText(strconv.Itoa(int(it.Durasi / time.Minute)))
	r.uraian.SetText(it.Uraian)
	r.petugas.SetText(it.Petugas)
	r.durasi.OnChanged = func(string) { t.retime() }
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { t.removeRow(r) })
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { t.moveUp(r) })
	r.obj = container.NewBorder(nil, nil, nil, container.NewHBox(up, del), container.NewGridWithColumns(4, r.jam, r.durasi, r.uraian, r.petugas))
	t.rows = append(t.rows, r)
	t.box.Add(r.obj)
}

// moveUp puts row r before the one above it; the times follow.
func (t *susunanTab) moveUp(r *susunanRow) {
	for i := 1; i < len(t.rows); i++ {
		if t.rows[i] == r {
			t.rows[i-1], t.rows[i] = t.rows[i], t.rows[i-1]
		}
	}
	t.box.Objects = t.box.Objects[:0]
	for _, x := range t.rows {
		t.box.Objects = append(t.box.Objects, x.obj)
	}
	t.box.Refresh()
	t.retime()
}

func (t *susunanTab) removeRow(r *susunanRow) {
	for i, x := range t.rows {
		if x == r {
			t.rows = append(t.rows[:i], t.rows[i+1:]...)
		}
	}
	t.box.Remove(r.obj)
	t.retime()
}

// items reads the rows; lengths that do not read are named by row.
func (t *susunanTab) items() ([]mrapat.SusunanItem, error) {
	out := make([]mrapat.SusunanItem, len(t.rows))
	for i, r := range t.rows {
		n, err := strconv.Atoi(strings.TrimSpace(r.durasi.Text))
		if err != nil || n <= 0 {
			return out, model.Invalid("durasi", r.durasi.Text, "rapatui.error.menit")
		}
		out[i] = mrapat.SusunanItem{ID: r.id, Urutan: i + 1, Durasi: time.Duration(n) * time.Minute, Uraian: r.uraian.Text, Petugas: r.petugas.Text}
	}
	return out, nil
}

// retime shows each row's clock times from the lengths as typed; a row
// whose length does not read shows "?" and the rows after it keep the
// times they can.
func (t *susunanTab) retime() {
	at := t.start
	for _, r := range t.rows {
		n, err := strconv.Atoi(strings.TrimSpace(r.durasi.Text))
		if err != nil || n <= 0 {
			r.jam.SetText("?")
			continue
		}
		end := at.Add(time.Duration(n) * time.Minute)
		r.jam.SetText(mrapat.Slot{Mulai: at, Selesai: end}.Jam())
		at = end
	}
}

func (t *susunanTab) onSave() {
	items, err := t.items()
	for i := range items {
		if err == nil {
			err = items[i].Validate()
		}
	}
	if err != nil {
		setMsg(t.msg, explain(err))
		return
	}
	setMsg(t.msg, "")
	s, id := t.v.app.Store(), t.v.id
	kit.Change(t.v.app, func() error { return s.SetSusunan(bg(), id, items) }, func(err error) {
		if err == nil {
			t.loaded, t.rows = nil, nil // saved: the reload shows the stored run-down
		}
		t.v.changed(err)
	})
}
