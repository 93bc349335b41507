package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/booking"
	"rapi/ui/inventaris"
	"rapi/ui/kit"
	"rapi/ui/rapat"
)

// homeOverdueShown is how many overdue loans Beranda lists by name.
const homeOverdueShown = 8

// homePage is Beranda: today's date, the database, and what needs the
// clerk's attention: overdue loans, files due for a retention action,
// and how much the archive holds.
type homePage struct {
	app     *App
	places  *widget.Label
	counts  *widget.Label
	overdue *fyne.Container
	late    *widget.Card // its subtitle counts the overdue loans
	retensi *widget.Label
	review  *widget.Label // files without a classification code, codes to review
}

func newHomePage(a *App) fyne.CanvasObject {
	h := &homePage{app: a, places: widget.NewLabel("…"), counts: widget.NewLabel(""), overdue: container.NewVBox(),
		late: widget.NewCard(lang.L("arsipui.home.overdue"), "", nil), retensi: widget.NewLabel("…"), review: widget.NewLabel("…")}
	h.retensi.Wrapping = fyne.TextWrapWord
	h.review.Wrapping = fyne.TextWrapWord
	a.OnDataChanged(h.load)
	h.load()
	today := widget.NewLabelWithStyle(model.FormatDateDay(timeNow()), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	welcome := widget.NewLabel(kit.Ln("home.welcome", map[string]any{"Clerk": a.prefs.Actor().Label()}))
	counts := widget.NewCard(lang.L("home.counts"), "", container.NewVBox(h.counts, h.places))
	toArsip := widget.NewButton(lang.L("arsipui.home.open"), func() { a.ShowPage("nav.archive") })
	h.late.SetContent(h.overdue)
	retensi := widget.NewCard(lang.L("arsipui.home.retensi"), "", h.retensi)
	review := widget.NewCard(lang.L("registers.home.review"), "", h.review)
	return container.NewVScroll(container.NewVBox(today, welcome,
		container.NewGridWithColumns(2, h.late, container.NewVBox(retensi, review, counts)),
		inventaris.HomeCard(a, func() { a.ShowPage(inventaris.PageKey) }), rapat.HomeCard(a, func() { a.ShowPage(rapat.PageKey) }),
		booking.HomeCard(a, func() { a.ShowPage(booking.PageKey) }), container.NewHBox(toArsip)))
}

// homeData is what Beranda shows, read in one go off the UI goroutine.
type homeData struct {
	places, berkas, boks int
	overdue              []marsip.Peminjaman
	retensi              map[marsip.RetensiAction]int
	unclassified, review int // files without a code; codes an admin should review
}

// load counts off the UI goroutine and shows the numbers on it.
func (h *homePage) load() {
	s := h.app.store
	if s == nil {
		return
	}
	now := timeNow()
	kit.Load(h.app, func() (d homeData, err error) {
		ctx := context.Background()
		d.berkas, d.boks, d.places, err = s.ArsipCounts(ctx)
		if err == nil {
			d.overdue, err = s.OverdueArsipLoans(ctx, now)
		}
		if err == nil {
			d.retensi, err = s.RetensiCounts(ctx, now)
		}
		if err == nil {
			d.unclassified, d.review, err = reviewCounts(ctx, s)
		}
		return d, err
	}, h.show)
}

func (h *homePage) show(d homeData, err error) {
	if err != nil {
		h.places.SetText(kit.Explain(err))
		return
	}
	defer reportReady("beranda")
	h.places.SetText(kit.Ln("home.places", map[string]any{"N": model.FormatInt(int64(d.places))}))
	h.counts.SetText(kit.Ln("arsipui.home.counts", map[string]any{"Berkas": model.FormatInt(int64(d.berkas)),
		"Boks": model.FormatInt(int64(d.boks))}))
	h.overdue.RemoveAll()
	if len(d.overdue) == 0 {
		h.overdue.Add(widget.NewLabel(lang.L("arsipui.home.no_overdue")))
	}
	h.late.SetSubTitle(kit.Ln("dayone.home.late_count", map[string]any{"N": len(d.overdue)}))
	for i, l := range d.overdue {
		if i == homeOverdueShown {
			h.overdue.Add(widget.NewLabel(kit.Ln("arsipui.home.more", map[string]any{"N": len(d.overdue) - i})))
			break
		}
		h.overdue.Add(h.overdueRow(l))
	}
	h.retensi.SetText(kit.Ln("arsipui.home.retensi_text", map[string]any{
		"Pindah": d.retensi[marsip.RetensiPindah], "Musnah": d.retensi[marsip.RetensiMusnah],
		"Serah": d.retensi[marsip.RetensiSerah], "Nilai": d.retensi[marsip.RetensiNilai]}))
	h.review.SetText(kit.Ln("registers.home.review_text", map[string]any{
		"Berkas": model.FormatInt(int64(d.unclassified)), "Kode": model.FormatInt(int64(d.review))}))
}

// reviewCounts are what an import left for a person to decide: files
// imported without a classification code (no retention until one is
// set) and codes it did not know.
func reviewCounts(ctx context.Context, s *storage.Store) (unclassified, review int, err error) {
	page, err := s.BerkasUnclassified(ctx, storage.Page{Limit: 1})
	if err != nil {
		return 0, 0, err
	}
	codes, err := s.KlasifikasiToReview(ctx)
	return page.Total, len(codes), err
}

// overdueRow is one overdue loan: the due date in red first, never cut,
// then the code, title and borrower as a link that opens the berkas's
// card (cut with an ellipsis when the column is narrow).
func (h *homePage) overdueRow(l marsip.Peminjaman) fyne.CanvasObject {
	due := widget.NewLabelWithStyle(kit.Ln("dayone.home.due", map[string]any{"Due": model.FormatDate(l.Due)}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	due.Importance = widget.DangerImportance
	link := widget.NewHyperlink(kit.Ln("dayone.home.overdue_row", map[string]any{"Code": l.Code, "Title": l.Title,
		"Who": l.Borrower}), nil)
	link.Truncation = fyne.TextTruncateEllipsis
	code := l.Code
	link.OnTapped = func() { h.app.Search(code) }
	return container.NewBorder(nil, nil, due, nil, link)
}
