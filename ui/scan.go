package ui

import (
	"context"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/storage"
)

// Result is one thing the scan box found.
type Result struct {
	Kind   string // translation key of what it is, e.g. "kind.place"
	Code   string
	Title  string
	Detail string // place path, status, borrower ...
	Open   func(a *App)
}

// Searcher looks text up in one kind of record. Features add theirs to
// defaultSearchers; a scanned code is just text that matches exactly.
type Searcher func(ctx context.Context, s *storage.Store, text string) ([]Result, error)

func defaultSearchers() []Searcher {
	return []Searcher{searchPlaces}
}

// scanBox is the field at the top of the window that takes scans and
// searches from any screen.
type scanBox struct {
	app      *App
	entry    *Entry
	row      fyne.CanvasObject
	burst    *burstDetector    // scans typed into other fields
	flashMu  sync.Mutex        // the flash ends on a timer goroutine
	flash    *canvas.Rectangle // green or red behind the box after a scan
	flashSeq int
}

func newScanBox(a *App) *scanBox {
	b := &scanBox{app: a, entry: a.NewEntry(), flash: newFlash(),
		burst: &burstDetector{cfg: a.ScannerConfig(), now: time.Now}}
	b.entry.SetPlaceHolder(lang.L("scan.placeholder"))
	b.entry.OnSubmitted = b.onSubmit
	btn := widget.NewButtonWithIcon(lang.L("scan.search"), theme.SearchIcon(), func() { b.onSubmit(b.entry.Text) })
	b.row = container.NewStack(b.flash,
		container.NewBorder(nil, nil, widget.NewIcon(theme.SearchIcon()), btn, b.entry))
	return b
}

func (b *scanBox) onSubmit(text string) {
	text = strings.TrimSpace(text)
	if text == "" || b.app.store == nil {
		return
	}
	b.entry.SetText("")
	b.app.Search(text)
}

// Search runs every searcher off the UI goroutine and shows what they found.
func (a *App) Search(text string) {
	s := a.store
	a.Go(func() {
		var all []Result
		var firstErr error
		for _, find := range a.searchers {
			res, err := find(context.Background(), s, text)
			if err != nil && firstErr == nil {
				firstErr = err
			}
			all = append(all, res...)
		}
		fyne.Do(func() { a.showResults(text, all, firstErr) })
	})
}

// showResults opens the record whose code is exactly the text (a scan),
// or the only hit, or lists several. The scan box flashes green when
// something was found and red when not.
func (a *App) showResults(text string, res []Result, err error) {
	if err != nil && len(res) == 0 {
		a.ScanFeedback(false)
		reportShown("NOTFOUND:" + text)
		a.ShowError(err)
		return
	}
	if len(res) == 0 {
		a.ScanFeedback(false)
		reportShown("NOTFOUND:" + text)
		a.ShowInfo(lang.L("scan.results"), lang.L("scan.not_found", map[string]any{"Text": text}))
		return
	}
	a.ScanFeedback(true)
	if r, ok := exactHit(text, res); ok {
		reportShown(r.Code)
		r.Open(a)
		return
	}
	reportShown("LIST:" + text)
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(res) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := res[i]
			o.(*widget.Label).SetText(lang.L(r.Kind) + " · " + r.Code + " · " + r.Title + "  " + r.Detail)
		})
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		if res[i].Open != nil {
			res[i].Open(a)
		}
	}
	d = dialog.NewCustom(lang.L("scan.results_for", map[string]any{"Text": text}), lang.L("button.close"), list, a.win)
	d.Resize(fyne.NewSize(640, 400))
	a.showDialog(d)
}

// exactHit is the one openable result whose code is text, if there is
// exactly one: a scanned code opens its record even when the same text
// also appears in other records' names.
func exactHit(text string, res []Result) (Result, bool) {
	code := model.NormalizeCode(text)
	var hit Result
	n := 0
	for _, r := range res {
		if r.Open != nil && r.Code != "" && r.Code == code {
			hit, n = r, n+1
		}
	}
	return hit, n == 1
}

// searchPlaces finds places by exact code or by a part of their name.
func searchPlaces(ctx context.Context, s *storage.Store, text string) ([]Result, error) {
	places, err := s.Places(ctx)
	if err != nil {
		return nil, err
	}
	code := model.NormalizeCode(text)
	needle := strings.ToLower(text)
	var out []Result
	for _, p := range places {
		if p.Code == code || strings.Contains(strings.ToLower(p.Name), needle) {
			p := p
			out = append(out, Result{Kind: "kind.place", Code: p.Code, Title: p.Name,
				Detail: lang.L("place." + string(p.Kind)),
				Open: func(a *App) {
					a.ShowInfo(lang.L("kind.place"), p.Name+"\n"+lang.L("place."+string(p.Kind))+"\n"+p.Code)
				}})
		}
	}
	return out, nil
}
