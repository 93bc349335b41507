package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
)

// homePage is Beranda: today's date, the database, and what needs the
// clerk's attention. Features add their cards (overdue loans, retention
// due ...) as they are built.
type homePage struct {
	app    *App
	places *widget.Label
}

func newHomePage(a *App) fyne.CanvasObject {
	h := &homePage{app: a, places: widget.NewLabel("…")}
	a.OnDataChanged(h.load)
	h.load()
	today := widget.NewLabelWithStyle(model.FormatDateDay(timeNow()), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	welcome := widget.NewLabel(lang.L("home.welcome", map[string]any{"Clerk": a.prefs.Actor().Label()}))
	counts := widget.NewCard(lang.L("home.counts"), "", container.NewVBox(h.places))
	return container.NewVScroll(container.NewVBox(today, welcome, counts))
}

// load counts off the UI goroutine and shows the numbers with fyne.Do.
func (h *homePage) load() {
	s := h.app.store
	if s == nil {
		return
	}
	h.app.Go(func() {
		places, err := s.Places(context.Background())
		fyne.Do(func() {
			if err != nil {
				h.places.SetText(Explain(err))
				return
			}
			h.places.SetText(lang.L("home.places", map[string]any{"N": model.FormatInt(int64(len(places)))}))
		})
	})
}
