package arsip

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

func (c *card) placeBody(d placeData) fyne.CanvasObject {
	p := d.place
	form := widget.NewForm(
		cardRow("card.code", p.Code),
		cardRow("card.kind", kit.T("place."+string(p.Kind))),
		cardRow("card.place", cardDash(c.Hit().PlacePath)),
		cardRow("card.contents", kit.Ln("card.place_counts", map[string]any{"Boxes": len(d.boxes), "Berkas": d.nBerkas, "Places": len(d.children)})),
	)
	lines := placeLines(d)
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i].text) })
	list.OnSelected = func(i widget.ListItemID) {
		c.Close()
		h := lines[i].hit
		if h.Kind == model.CodePlace {
			// The card of a place shows its path, which the line does not know.
			if full, err := c.app.Store().FindCode(context.Background(), h.Code); err == nil {
				h = full
			}
		}
		c.app.OpenCard(h)
	}
	print := widget.NewButtonWithIcon(lang.L("card.print"), theme.DocumentPrintIcon(), func() { c.app.PrintLabels(model.CodePlace, []string{p.Code}) })
	opname := widget.NewButtonWithIcon(lang.L("card.opname_here"), theme.ListIcon(), func() {
		c.Close()
		c.app.StartOpnameAt(p.Code)
	})
	top := container.NewVBox(cardBold(p.Name), form, container.NewHBox(print, opname))
	return container.NewBorder(top, nil, nil, nil, list)
}

// placeLine is one line of a place's card: a place or a box in it.
type placeLine struct {
	text string
	hit  storage.Hit
}

func placeLines(d placeData) []placeLine {
	var lines []placeLine
	for _, ch := range d.children {
		lines = append(lines, placeLine{kit.T("place."+string(ch.Kind)) + " · " + ch.Name + " · " + ch.Code,
			storage.Hit{Kind: model.CodePlace, ID: ch.ID, Code: ch.Code, Title: ch.Name}})
	}
	for _, b := range d.boxes {
		lines = append(lines, placeLine{b.Label() + " · " + b.Code + " · " + kit.Ln("card.n_berkas", map[string]any{"N": b.JumlahBerkas}),
			storage.Hit{Kind: model.CodeBoks, ID: b.ID, Code: b.Code, Title: b.Label()}})
	}
	return lines
}

// onLend asks who borrows the file (or box) and for how long, then lends it.
func (c *card) onLend(berkasID, boksID int64) {
	a := c.app
	name, nip, unit := a.NewEntry(), a.NewEntry(), a.NewEntry()
	days := a.NewEntry()
	days.SetText("7")
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("card.f.borrower"), name),
		widget.NewFormItem(lang.L("card.f.nip"), nip),
		widget.NewFormItem(lang.L("card.f.unit"), unit),
		widget.NewFormItem(lang.L("card.f.days"), days),
	}
	a.AskForm("card.lend", "card.lend", items, func() {
		n, _ := strconv.Atoi(strings.TrimSpace(days.Text))
		if n <= 0 {
			n = 7
		}
		now := time.Now()
		p := marsip.Peminjaman{BerkasID: berkasID, BoksID: boksID, Borrower: name.Text, NIP: nip.Text, Unit: unit.Text,
			Tanggal: now, Due: now.AddDate(0, 0, n)}
		c.act(func(ctx context.Context, s *storage.Store) error { return s.LendArsip(ctx, &p) })
	})
}

// onReturn takes the file or box back from its loan today.
func (c *card) onReturn(l *marsip.Loan) {
	if l == nil {
		return
	}
	dialog.ShowConfirm(lang.L("card.return"), kit.Ln("card.return_confirm", map[string]any{"Name": l.Borrower}), func(ok bool) {
		if ok {
			c.act(func(ctx context.Context, s *storage.Store) error { return ReturnLoan(ctx, s, l.PinjamID, time.Now()) })
		}
	}, c.app.Window())
}

// onMove asks for the destination: its code scanned or typed into the
// field (a plain field, so the scanner types straight into it).
func (c *card) onMove() {
	w := c.app.Window()
	dest := widget.NewEntry()
	dest.SetPlaceHolder(lang.L("card.move_dest_hint"))
	var d dialog.Dialog
	do := func() {
		code := model.NormalizeCode(dest.Text)
		if code == "" {
			return
		}
		d.Hide()
		h := c.Hit()
		c.act(func(ctx context.Context, s *storage.Store) error { return moveTo(ctx, s, h, code) })
	}
	dest.OnSubmitted = func(string) { do() }
	items := []*widget.FormItem{widget.NewFormItem(lang.L("card.move_dest"), dest)}
	d = dialog.NewForm(lang.L("card.move"), lang.L("card.move"), lang.L("button.cancel"), items, func(ok bool) {
		if ok {
			do()
		}
	}, w)
	d.Resize(fyne.NewSize(480, 180))
	d.Show()
	w.Canvas().Focus(dest)
}

// moveTo moves the thing of hit h into the box or place with code dest.
func moveTo(ctx context.Context, s *storage.Store, h storage.Hit, dest string) error {
	to, err := s.FindCode(ctx, dest)
	if err != nil {
		return err
	}
	switch {
	case h.Kind == model.CodeBerkas && (to.Kind == model.CodeBoks || to.Kind == model.CodePlace):
		b, err := s.Berkas(ctx, h.ID)
		if err != nil {
			return err
		}
		return MoveBerkas(ctx, s, b, to.Kind == model.CodeBoks, to.ID)
	case h.Kind == model.CodeBoks && to.Kind == model.CodePlace:
		b, err := s.Boks(ctx, h.ID)
		if err != nil {
			return err
		}
		return s.MoveBoks(ctx, b.ID, b.Version, to.ID)
	}
	return model.Invalid("code", dest, "card.err.move_target")
}

// act runs a change off the UI goroutine, then shows the card afresh or
// explains what went wrong.
func (c *card) act(change func(ctx context.Context, s *storage.Store) error) {
	a, s, code := c.app, c.app.Store(), c.Hit().Code
	kit.Change(a, func() error { return change(context.Background(), s) }, func(err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		a.DataChanged()
		c.reopen(code)
	})
}

// reopen shows the card of code again, with fresh data.
func (c *card) reopen(code string) {
	c.Close()
	h, err := c.app.Store().FindCode(context.Background(), code)
	if err != nil {
		c.app.ShowError(err)
		return
	}
	c.app.OpenCard(h)
}

// MoveBerkas puts a file into a box (its place follows the box) or
// loose into a place, keeping the rest of the file as it is.
func MoveBerkas(ctx context.Context, s *storage.Store, b marsip.Berkas, intoBoks bool, id int64) error {
	if intoBoks {
		b.BoksID = id
	} else {
		b.BoksID, b.PlaceID = 0, id
	}
	return s.UpdateBerkas(ctx, &b)
}

// ReturnLoan closes an open loan as of at.
func ReturnLoan(ctx context.Context, s *storage.Store, id int64, at time.Time) error {
	l, err := s.ArsipLoan(ctx, id)
	if err != nil {
		return err
	}
	return s.ReturnArsip(ctx, l.ID, l.Version, at, "")
}
