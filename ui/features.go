package ui

import (
	"rapi/model"
	"rapi/ui/arsip"
	"rapi/ui/booking"
	"rapi/ui/cetak"
	"rapi/ui/inventaris"
	"rapi/ui/kit"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Feature is one room of Rapi as the shell sees it: the pages it adds to
// the navigation, the searchers the scan box runs on a typed text, and
// the label sources the Cetak screen offers. A new domain (inventaris,
// rapat) is one more entry in features(); a new page, searcher or label
// source is one more item in its entry.
type Feature struct {
	Pages        []Page
	Searchers    []Searcher
	PrintSources []cetak.PrintSource
	Cards        []kit.CardKind // the cards a scan opens, by code kind
}

// features is the one list of what Rapi is made of. Pages show in this
// order, search hits and label sources come in this order.
func features(a *App) []Feature {
	return []Feature{
		{Pages: []Page{{"nav.home", theme.HomeIcon(), newHomePage}, {scanPageKey, theme.SearchIcon(), newScanPage}},
			PrintSources: []cetak.PrintSource{cetak.PlaceSource{}}},
		arsipFeature(a),
		inventarisFeature(a),
		rapatFeature(a),
		bookingFeature(a),
		{Pages: []Page{{cetak.PageKey, theme.DocumentPrintIcon(), func(a *App) fyne.CanvasObject { return a.cetak.Page() }}}},
		{Pages: []Page{{"nav.settings", theme.SettingsIcon(), newSettingsPage}}},
		// Places belong to every domain: their hits come after the domains'.
		{Searchers: []Searcher{arsip.SearchPlaces}, Cards: []kit.CardKind{booking.WithRoomSchedule(a, arsip.PlaceCard(a))}},
	}
}

// arsipFeature is the archive: its page, its search and its labels.
func arsipFeature(a *App) Feature {
	return Feature{
		Pages:        []Page{{arsip.PageKey, theme.FolderIcon(), func(a *App) fyne.CanvasObject { return arsip.NewPage(a) }}},
		Searchers:    []Searcher{arsip.Search},
		PrintSources: []cetak.PrintSource{cetak.BerkasSource{}, cetak.BoksSource{}},
		Cards:        arsip.Cards(a),
	}
}

// inventarisFeature is the assets: their page and the card a scan of an
// asset code opens (the scan box's search already finds asset codes).
func inventarisFeature(a *App) Feature {
	return Feature{
		Pages:        []Page{{inventaris.PageKey, theme.ComputerIcon(), func(a *App) fyne.CanvasObject { return inventaris.NewPage(a) }}},
		Cards:        booking.WithVehicleSchedule(a, inventaris.Cards(a)),
		PrintSources: []cetak.PrintSource{cetak.AsetSource{}, cetak.RuangSource{}},
	}
}

// pages is the navigation, in order.
func (a *App) pages() []Page {
	var out []Page
	for _, f := range features(a) {
		out = append(out, f.Pages...)
	}
	return out
}

func (a *App) defaultSearchers() []Searcher {
	var out []Searcher
	for _, f := range features(a) {
		out = append(out, f.Searchers...)
	}
	return out
}

func (a *App) cardKinds() map[model.CodeKind]kit.CardKind {
	out := map[model.CodeKind]kit.CardKind{}
	for _, f := range features(a) {
		for _, c := range f.Cards {
			out[c.Kind] = c
		}
	}
	return out
}

func (a *App) printSources() []cetak.PrintSource {
	var out []cetak.PrintSource
	for _, f := range features(a) {
		out = append(out, f.PrintSources...)
	}
	return out
}
