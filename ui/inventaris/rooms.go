package inventaris

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
	"rapi/ui/kit"
)

// roomsView lists the rooms, by building, with their asset counts and
// last sensus; opening a room lists its assets (the KIR rows).
type roomsView struct {
	app     Shell
	rooms   []storage.RuangSummary
	list    *widget.List
	title   *widget.Label
	assets  []aset.Aset
	alist   *widget.List
	kir     *widget.Button
	kirAll  *widget.Button // every room's KIR in one PDF
	kirXLS  *widget.Button // excel.go
	pj      *roomPJ        // rooms_pj.go
	open    int64
	content fyne.CanvasObject
}

func newRoomsView(a Shell) *roomsView {
	v := &roomsView{app: a, title: widget.NewLabelWithStyle(lang.L("inv.ruang.pick"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	v.title.Truncation = fyne.TextTruncateEllipsis // a long room path must not widen the window
	v.list = widget.NewList(func() int { return len(v.rooms) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(roomLine(v.rooms[i])) })
	v.list.OnSelected = func(i widget.ListItemID) { v.openRoom(v.rooms[i]) }
	v.alist = widget.NewList(func() int { return len(v.assets) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		x := v.assets[i]
		o.(*widget.Label).SetText(x.Code + " · " + x.Nomor() + " · " + x.Nama + " " + x.Merk + " · " + kondisiText(x.Kondisi))
	})
	v.alist.OnSelected = func(i widget.ListItemID) {
		v.alist.UnselectAll()
		v.app.OpenCard(storage.AsetHit(v.assets[i]))
	}
	v.kir = widget.NewButtonWithIcon(lang.L("inv.ruang.kir"), theme.DocumentPrintIcon(), func() { v.app.PrintKIR(v.open) })
	v.kir.Disable()
	v.kirAll = widget.NewButtonWithIcon(lang.L("inv.ruang.kir_all"), theme.DocumentPrintIcon(), func() { v.app.PrintKIR(0) })
	v.kirXLS = newKIRExcelButton(v)
	v.pj = newRoomPJ(v)
	right := container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(v.pj.button, v.kirXLS, v.kir), v.title), nil, nil, nil, v.alist)
	left := container.NewBorder(container.NewHBox(v.kirAll), nil, nil, nil, v.list)
	split := container.NewHSplit(left, right)
	split.Offset = 0.5
	v.content = split
	v.load()
	return v
}

// roomLine is a room as the list shows it: "Gedung A › Ruang Rapat · 24
// barang · 2 RB · sensus 12/03/2026".
func roomLine(r storage.RuangSummary) string {
	last := lang.L("inv.ruang.never")
	if r.LastSensus != nil {
		last = model.FormatDateShort(*r.LastSensus)
	}
	return kit.Ln("inv.ruang.line", map[string]any{"Path": r.Path, "N": r.Jumlah, "RB": r.RusakBerat, "Last": last})
}

func (v *roomsView) load() {
	s := v.app.Store()
	if s == nil {
		return
	}
	kit.Load(v.app, func() ([]storage.RuangSummary, error) { return s.AsetRuangSummaries(bg()) },
		func(rooms []storage.RuangSummary, err error) {
			if err != nil {
				v.title.SetText(explain(err))
				return
			}
			v.rooms = rooms
			v.list.Refresh()
		})
}

// openRoom lists the assets of room r.
func (v *roomsView) openRoom(r storage.RuangSummary) {
	s := v.app.Store()
	id := r.Ruang.ID
	kit.Load(v.app, func() ([]aset.Aset, error) { return s.AsetInRuang(bg(), id) }, func(list []aset.Aset, err error) {
		if err != nil {
			v.title.SetText(explain(err))
			return
		}
		v.open, v.assets = id, list
		v.title.SetText(kit.Ln("inv.ruang.title", map[string]any{"Path": r.Path, "N": len(list)}))
		v.kir.Enable()
		v.kirXLS.Enable()
		v.pj.load(id, r.Path)
		v.alist.Refresh()
	})
}
