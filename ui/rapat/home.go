package rapat

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/kit"
)

// homeShown is how many meetings and action items Beranda names.
const homeShown = 6

// HomeCard is Rapat on Beranda: today's and this week's meetings with
// their checklist progress and late items, and the overdue action items.
// open goes to the Rapat page.
func HomeCard(app Shell, open func()) fyne.CanvasObject {
	h := &homeCard{app: app, today: container.NewVBox(), week: container.NewVBox(), late: bold(""), overdue: container.NewVBox()}
	app.OnDataChanged(h.load)
	h.load()
	btn := widget.NewButton(lang.L("rapatui.home.open"), open)
	return widget.NewCard(lang.L("rapatui.home.title"), "", container.NewVBox(
		bold(lang.L("rapatui.home.today")), h.today, bold(lang.L("rapatui.home.week")), h.week, h.late,
		bold(lang.L("rapatui.home.overdue")), h.overdue, container.NewHBox(btn)))
}

type homeCard struct {
	app                  Shell
	today, week, overdue *fyne.Container
	late                 *widget.Label
}

func (h *homeCard) load() {
	s := h.app.Store()
	if s == nil {
		return
	}
	now := timeNow()
	kit.Load(h.app, func() (storage.RapatHome, error) { return s.RapatHome(bg(), now) }, h.show)
}

func (h *homeCard) show(d storage.RapatHome, err error) {
	if err != nil {
		h.late.SetText(explain(err))
		return
	}
	homeRows(h.app, h.today, d.Today, lang.L("rapatui.home.none_today"))
	homeRows(h.app, h.week, d.Week, lang.L("rapatui.home.none_week"))
	h.late.SetText(kit.Ln("rapatui.home.late", map[string]any{"N": d.LateItems}))
	danger(h.late, d.LateItems > 0)
	h.overdue.RemoveAll()
	if len(d.Overdue) == 0 {
		h.overdue.Add(widget.NewLabel(lang.L("rapatui.home.no_overdue")))
	}
	for i, a := range d.Overdue {
		if i == homeShown {
			h.overdue.Add(widget.NewLabel(kit.Ln("rapatui.home.more", map[string]any{"N": len(d.Overdue) - i})))
			break
		}
		l := widget.NewLabel(a.Uraian + " · " + tindakInfo(a))
		l.Truncation = fyne.TextTruncateEllipsis
		danger(l, true)
		h.overdue.Add(l)
	}
}

// homeRows lists meetings: when and what (a link that opens the meeting),
// and the checklist's progress.
func homeRows(app Shell, box *fyne.Container, rows []storage.RapatRow, none string) {
	box.RemoveAll()
	if len(rows) == 0 {
		box.Add(widget.NewLabel(none))
	}
	for i, r := range rows {
		if i == homeShown {
			box.Add(widget.NewLabel(kit.Ln("rapatui.home.more", map[string]any{"N": len(rows) - i})))
			break
		}
		id := r.Rapat.ID
		what := widget.NewHyperlink(rowWhen(r.Rapat)+" · "+r.Rapat.Acara, nil)
		what.Truncation = fyne.TextTruncateEllipsis
		what.OnTapped = func() { openRapat(app, id) }
		prog := widget.NewLabel(progressText(r.Progress))
		danger(prog, r.Progress.Late > 0)
		box.Add(container.NewBorder(nil, nil, nil, prog, what))
	}
}
