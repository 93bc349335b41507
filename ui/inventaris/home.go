package inventaris

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
	"rapi/ui/kit"
)

// homeMonths is how long a room may go without a sensus before Beranda
// names it (a sensus each semester, with a month to spare).
const homeMonths = 6

// homeShown is how many unchecked rooms Beranda names.
const homeShown = 5

// HomeCard is Inventaris on Beranda: rooms not checked for homeMonths
// months, assets in Rusak Berat, sensus in progress. open goes to the
// Inventaris page.
func HomeCard(app Shell, open func()) fyne.CanvasObject {
	h := &homeCard{app: app, rooms: widget.NewLabel("…"), rb: widget.NewLabel(""), sensus: widget.NewLabel("")}
	for _, l := range []*widget.Label{h.rooms, h.rb, h.sensus} {
		l.Wrapping = fyne.TextWrapWord
	}
	app.OnDataChanged(h.load)
	h.load()
	btn := widget.NewButton(lang.L("inv.home.open"), open)
	return widget.NewCard(lang.L("inv.home.title"), "", container.NewVBox(h.rooms, h.rb, h.sensus, container.NewHBox(btn)))
}

type homeCard struct {
	app               Shell
	rooms, rb, sensus *widget.Label
}

type homeData struct {
	rooms  []storage.RuangSummary
	rb     int
	sensus []aset.Sensus
}

func (h *homeCard) load() {
	s := h.app.Store()
	if s == nil {
		return
	}
	kit.Load(h.app, func() (d homeData, err error) {
		if d.rooms, err = s.AsetRuangBelumDicek(bg(), homeMonths); err != nil {
			return d, err
		}
		if d.rb, err = s.AsetRusakBeratCount(bg()); err != nil {
			return d, err
		}
		d.sensus, err = s.AsetSensusBerjalan(bg())
		return d, err
	}, h.show)
}

func (h *homeCard) show(d homeData, err error) {
	if err != nil {
		h.rooms.SetText(explain(err))
		return
	}
	text := kit.Ln("inv.home.rooms", map[string]any{"N": len(d.rooms), "Months": homeMonths})
	for i, r := range d.rooms {
		if i == homeShown {
			text += "\n" + kit.Ln("inv.home.more", map[string]any{"N": len(d.rooms) - i})
			break
		}
		text += "\n· " + r.Path
	}
	h.rooms.SetText(text)
	h.rb.SetText(kit.Ln("inv.home.rb", map[string]any{"N": model.FormatInt(int64(d.rb))}))
	st := kit.Ln("inv.home.sensus", map[string]any{"N": len(d.sensus)})
	for _, x := range d.sensus {
		st += "\n· " + kit.Ln("inv.sensus.open_line", map[string]any{"Nama": x.Nama, "Ruang": x.Ruang, "Scans": x.Scans})
	}
	h.sensus.SetText(st)
}
