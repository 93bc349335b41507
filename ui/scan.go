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
	"rapi/ui/arsip"
	"rapi/ui/kit"
)

// Result and Searcher are the scan box's: features register searchers
// (features.go).
type (
	Result   = kit.Result
	Searcher = kit.Searcher
)

// scanBox is the field at the top of the window that takes scans and
// searches from any screen, with the scan mode shown beside it.
type scanBox struct {
	app      *App
	entry    *kit.Entry
	row      fyne.CanvasObject
	mode     *widget.Button    // the scan mode; tapping it opens the Pindai page
	session  *arsip.Session    // what a scan does in the modes other than Cari
	page     *arsip.ScanPage   // the Pindai page, once built
	burst    *burstDetector    // scans typed into other fields
	flashMu  sync.Mutex        // the flash ends on a timer goroutine
	flash    *canvas.Rectangle // green or red behind the box after a scan
	flashSeq int
}

func newScanBox(a *App) *scanBox {
	b := &scanBox{app: a, entry: a.NewEntry(), flash: newFlash(), session: arsip.NewSession(a.store),
		burst: &burstDetector{cfg: a.ScannerConfig(), now: time.Now}}
	b.entry.SetPlaceHolder(lang.L("scan.placeholder"))
	b.entry.OnSubmitted = b.onSubmit
	btn := widget.NewButtonWithIcon(lang.L("scan.search"), theme.SearchIcon(), func() { b.onSubmit(b.entry.Text) })
	photo := widget.NewButtonWithIcon(lang.L("scan2.photo"), theme.FileImageIcon(), a.onQRPhoto)
	b.mode = widget.NewButtonWithIcon("", theme.SearchIcon(), func() { a.ShowPage(scanPageKey) })
	b.refreshMode()
	b.row = container.NewStack(b.flash,
		container.NewBorder(nil, nil, b.mode, container.NewHBox(btn, photo), b.entry))
	return b
}

// refreshMode shows the current scan mode beside the box, highlighted
// when scans do something other than look up, and updates the Pindai page.
func (b *scanBox) refreshMode() {
	b.mode.SetText(b.session.Status())
	if b.session.Mode() == arsip.ModeCari {
		b.mode.Importance = widget.MediumImportance
	} else {
		b.mode.Importance = widget.WarningImportance
	}
	b.mode.Refresh()
	if b.page != nil {
		b.page.Refresh()
	}
}

// The scan box as the Pindai page (arsip.ScanBox) sees it.

func (b *scanBox) Session() *arsip.Session { return b.session }
func (b *scanBox) ModeChanged()            { b.refreshMode() }
func (b *scanBox) StatusChanged()          { b.mode.SetText(b.session.Status()) }
func (b *scanBox) FocusScan()              { b.app.FocusScan() }
func (b *scanBox) ScanFeedback(ok bool)    { b.app.ScanFeedback(ok) }
func (b *scanBox) ChoosePhoto()            { b.app.onQRPhoto() }
func (b *scanBox) ReportShown(what string) { reportShown(what) }

var _ arsip.ScanBox = (*scanBox)(nil)

func (b *scanBox) onSubmit(text string) {
	text = strings.TrimSpace(text)
	if text == "" || b.app.store == nil {
		return
	}
	b.entry.SetText("")
	if code := model.NormalizeCode(text); b.session.Mode() != arsip.ModeCari && model.ValidCode(code) {
		b.app.modeScan(code)
		return
	}
	b.app.Search(text)
}

// modeScan hands a scanned code to the current scan mode off the UI
// goroutine, flashes the result and updates the running list.
func (a *App) modeScan(code string) {
	b := a.shell.scan
	ss := b.session
	kit.Load(a, func() (arsip.Outcome, error) { return ss.Scan(context.Background(), code), nil }, func(o arsip.Outcome, _ error) {
		a.ScanFeedback(o.OK)
		reportShown("MODE:" + string(o.Kind) + ":" + code)
		if a.shell != nil && a.shell.scan == b {
			b.refreshMode()
		}
	})
}

// Search runs every searcher off the UI goroutine and shows what they found.
func (a *App) Search(text string) {
	s, searchers := a.store, a.searchers
	kit.Load(a, func() ([]Result, error) { return searchAll(context.Background(), s, searchers, text) },
		func(all []Result, err error) { a.showResults(text, all, err) })
}

// searchAll runs every searcher on text: their hits in order, each code
// once, and the first error met (the other searchers still run).
func searchAll(ctx context.Context, s *storage.Store, searchers []Searcher, text string) ([]Result, error) {
	var all []Result
	var firstErr error
	seen := map[string]bool{}
	for _, find := range searchers {
		res, err := find(ctx, s, text)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		for _, r := range res {
			if r.Code != "" && seen[r.Code] {
				continue // a place found by its code and its name
			}
			seen[r.Code] = true
			all = append(all, r)
		}
	}
	return all, firstErr
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
		if code := model.NormalizeCode(text); model.ValidCode(code) {
			a.showUnknown(code) // a label Rapi does not know: offer to register it
		} else {
			a.ShowInfo(lang.L("scan.results"), kit.Ln("scan.not_found", map[string]any{"Text": text}))
		}
		a.ScanFeedback(false)
		reportShown("NOTFOUND:" + text)
		return
	}
	a.ScanFeedback(true)
	if r, ok := exactHit(text, res); ok {
		a.openCard(r.Hit) // the card reports what it shows
		return
	}
	reportShown("LIST:" + text)
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(res) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis // a long title ends in "…", not at the dialog's edge
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(resultLine(res[i])) })
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		if res[i].Hit.Kind != "" {
			a.openCard(res[i].Hit)
		}
	}
	d = dialog.NewCustom(kit.Ln("scan.results_for", map[string]any{"Text": text}), lang.L("button.close"), list, a.win)
	d.Resize(fyne.NewSize(640, 400))
	a.showDialog(d)
}

// resultLine is one search result: its code first (what the label and
// the shelf show), then the title, the kind and where it is.
func resultLine(r Result) string {
	line := r.Code + " · " + r.Title + " · " + lang.L(r.Kind)
	if d := strings.Trim(r.Detail, " ·"); d != "" {
		line += " · " + d
	}
	return line
}

// exactHit is the one openable result whose code is text, if there is
// exactly one: a scanned code opens its record even when the same text
// also appears in other records' names.
func exactHit(text string, res []Result) (Result, bool) {
	code := model.NormalizeCode(text)
	var hit Result
	n := 0
	for _, r := range res {
		if r.Hit.Kind != "" && r.Code != "" && r.Code == code {
			hit, n = r, n+1
		}
	}
	return hit, n == 1
}
