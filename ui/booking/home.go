package booking

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model/rapat"
	"rapi/storage"
	"rapi/ui/kit"
)

// homeShown is how many bookings of each kind Beranda names.
const homeShown = 6

// HomeCard is Peminjaman on Beranda: today's bookings, the requests
// waiting for approval and the displaced bookings to call back. open
// goes to the Peminjaman page.
func HomeCard(app Shell, open func()) fyne.CanvasObject {
	h := &homeCard{app: app, today: widget.NewLabel("…"), waiting: widget.NewLabel(""), geser: widget.NewLabel("")}
	for _, l := range []*widget.Label{h.today, h.waiting, h.geser} {
		l.Wrapping = fyne.TextWrapWord
	}
	app.OnDataChanged(h.load)
	h.load()
	btn := widget.NewButton(lang.L("bookui.home.open"), open)
	return widget.NewCard(lang.L("bookui.home.title"), "", container.NewVBox(h.today, h.waiting, h.geser, container.NewHBox(btn)))
}

type homeCard struct {
	app                   Shell
	today, waiting, geser *widget.Label
}

func (h *homeCard) load() {
	s := h.app.Store()
	if s == nil {
		return
	}
	now := timeNow()
	kit.Load(h.app, func() (storage.BookingHome, error) { return s.BookingHome(bg(), now) }, h.show)
}

func (h *homeCard) show(d storage.BookingHome, err error) {
	if err != nil {
		h.today.SetText(explain(err))
		return
	}
	text := kit.Ln("bookui.home.today", map[string]any{"N": len(d.Today)})
	for i, b := range d.Today {
		if i == homeShown {
			text += "\n" + kit.Ln("bookui.home.more", map[string]any{"N": len(d.Today) - i})
			break
		}
		text += "\n· " + rapat.FormatJam(b.Dari) + "–" + rapat.FormatJam(b.Sampai) + " " + b.Unit + " · " + b.Keperluan +
			" · " + statusName(b.Status)
	}
	h.today.SetText(text)
	h.waiting.SetText(kit.Ln("bookui.home.waiting", map[string]any{"N": d.Waiting}))
	g := kit.Ln("bookui.home.digeser", map[string]any{"N": len(d.Digeser)})
	for i, b := range d.Digeser {
		if i == homeShown {
			g += "\n" + kit.Ln("bookui.home.more", map[string]any{"N": len(d.Digeser) - i})
			break
		}
		g += "\n· " + b.Code + " " + b.Unit + " " + b.Pemohon.Nama + " " + b.Pemohon.Telepon
	}
	h.geser.SetText(g)
}
