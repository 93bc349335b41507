package ui

import (
	"context"
	"fmt"
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

// card is the dialog a scan opens: what a thing is, where it is, who has
// it, and what can be done with it.
type card struct {
	app *App
	hit storage.Hit
	dlg dialog.Dialog
}

// cardData is what a card shows, loaded off the UI goroutine.
type cardData struct {
	berkas   marsip.Berkas
	klasName string
	boks     marsip.Boks
	inBoks   []marsip.Berkas
	place    model.Place
	boxes    []marsip.Boks
	children []model.Place
	nBerkas  int
}

// openCard loads what the card of h shows and opens it.
func (a *App) openCard(h storage.Hit) {
	s := a.store
	if s == nil {
		return
	}
	kit.Load(a, func() (cardData, error) { return loadCard(context.Background(), s, h, a.cards) }, func(d cardData, err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		c := &card{app: a, hit: h}
		c.show(d)
	})
}

// CardKind is the card of one kind of record a scan can open: how its
// data is read (off the UI goroutine) and how it is shown. Features add
// theirs in features().
type CardKind struct {
	Kind model.CodeKind // as storage.Hit.Kind
	Load func(ctx context.Context, s *storage.Store, h storage.Hit) (cardData, error)
	Show func(c *card, d cardData) (title string, body fyne.CanvasObject)
}

func loadCard(ctx context.Context, s *storage.Store, h storage.Hit, kinds map[model.CodeKind]CardKind) (cardData, error) {
	k, ok := kinds[h.Kind]
	if !ok {
		return cardData{}, model.ErrNotFound
	}
	return k.Load(ctx, s, h)
}

func loadBerkasCard(ctx context.Context, s *storage.Store, h storage.Hit) (d cardData, err error) {
	if d.berkas, err = s.Berkas(ctx, h.ID); err != nil {
		return d, err
	}
	if k, err := s.KlasifikasiByCode(ctx, d.berkas.KodeKlasifikasi); err == nil {
		d.klasName = k.Name
	}
	return d, nil
}

func loadBoksCard(ctx context.Context, s *storage.Store, h storage.Hit) (d cardData, err error) {
	if d.boks, err = s.Boks(ctx, h.ID); err != nil {
		return d, err
	}
	d.inBoks, err = s.BerkasInBoks(ctx, h.ID)
	return d, err
}

func loadPlaceCard(ctx context.Context, s *storage.Store, h storage.Hit) (d cardData, err error) {
	if d.place, err = s.Place(ctx, h.ID); err != nil {
		return d, err
	}
	if d.boxes, err = s.BoksList(ctx, h.ID); err != nil {
		return d, err
	}
	places, err := s.Places(ctx)
	if err != nil {
		return d, err
	}
	for _, p := range places {
		if p.ParentID == h.ID {
			d.children = append(d.children, p)
		}
	}
	page, err := s.SearchBerkas(ctx, "", storage.BerkasFilter{PlaceID: h.ID}, storage.Page{Limit: 1})
	if err != nil {
		return d, err
	}
	d.nBerkas = page.Total
	return d, nil
}

// The cards of the archive and of places, as features() registers them.
var (
	berkasCard = CardKind{Kind: model.CodeBerkas, Load: loadBerkasCard, Show: func(c *card, d cardData) (string, fyne.CanvasObject) {
		return lang.L("card.kind.berkas") + " " + d.berkas.Code, c.berkasBody(d)
	}}
	boksCard = CardKind{Kind: model.CodeBoks, Load: loadBoksCard, Show: func(c *card, d cardData) (string, fyne.CanvasObject) {
		return d.boks.Label() + " · " + d.boks.Code, c.boksBody(d)
	}}
	placeCard = CardKind{Kind: model.CodePlace, Load: loadPlaceCard, Show: func(c *card, d cardData) (string, fyne.CanvasObject) {
		return lang.L("kind.place") + " " + d.place.Code, c.placeBody(d)
	}}
)

func (c *card) show(d cardData) {
	title, body := c.app.cards[c.hit.Kind].Show(c, d)
	c.dlg = dialog.NewCustom(title, lang.L("button.close"), body, c.app.win)
	c.dlg.Resize(fyne.NewSize(620, 460))
	c.app.showDialog(c.dlg)
	reportShown(c.hit.Code)
}

func (c *card) close() {
	if c.dlg != nil {
		c.dlg.Hide()
	}
}

// reopen shows the card again with fresh data after an action changed it.
func (c *card) reopen() {
	c.close()
	h, err := c.app.store.FindCode(context.Background(), c.hit.Code)
	if err != nil {
		c.app.ShowError(err)
		return
	}
	c.app.openCard(h)
}

func cardBold(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

func cardRow(key, value string) *widget.FormItem {
	l := widget.NewLabel(value)
	l.Wrapping = fyne.TextWrapWord
	return widget.NewFormItem(lang.L(key), l)
}

func cardStatus(st marsip.Status) string {
	key := "arsip.status." + string(st)
	return kit.T(key)
}

func cardLoan(l *marsip.Loan) string {
	if l == nil {
		return ""
	}
	text := kit.Ln("card.loan", map[string]any{"Name": l.Borrower, "Due": model.FormatDateShort(l.Due)})
	if l.Overdue(time.Now()) {
		days := int(time.Since(l.Due).Hours() / 24)
		text += " · " + kit.Ln("card.overdue", map[string]any{"Days": days})
	}
	return text
}

func (c *card) berkasBody(d cardData) fyne.CanvasObject {
	b := d.berkas
	klas := b.KodeKlasifikasi
	if d.klasName != "" {
		klas += " " + d.klasName
	}
	form := widget.NewForm(
		cardRow("card.code", b.Code),
		cardRow("card.klasifikasi", klas),
		cardRow("card.years", b.KurunWaktu()),
		cardRow("card.place", cardDash(b.PlacePath)),
		cardRow("card.status", cardStatus(b.ShownStatus())),
	)
	if b.Loan != nil {
		form.AppendItem(cardRow("card.borrower", cardLoan(b.Loan)))
	}
	return container.NewVBox(cardBold(b.Uraian), form, c.actions(b.Loan, "berkas", b.Code, func() { c.onLend(b.ID, 0) }))
}

// actions are the buttons of a file's or a box's card: lend (or return,
// when it is on loan), move, and print its label.
func (c *card) actions(loan *marsip.Loan, kind, code string, lendIt func()) fyne.CanvasObject {
	lend := widget.NewButtonWithIcon(lang.L("card.lend"), theme.AccountIcon(), lendIt)
	ret := widget.NewButtonWithIcon(lang.L("card.return"), theme.MailReplyIcon(), func() { c.onReturn(loan) })
	if loan != nil {
		lend.Disable()
	} else {
		ret.Disable()
	}
	move := widget.NewButtonWithIcon(lang.L("card.move"), theme.MoveDownIcon(), c.onMove)
	print := widget.NewButtonWithIcon(lang.L("card.print"), theme.DocumentPrintIcon(), func() { c.app.cetak.PrintLabels(kind, []string{code}) })
	return container.NewHBox(lend, ret, move, print)
}

func (c *card) boksBody(d cardData) fyne.CanvasObject {
	b := d.boks
	form := widget.NewForm(
		cardRow("card.code", b.Code),
		cardRow("card.place", cardDash(b.PlacePath)),
		cardRow("card.contents", kit.Ln("card.n_berkas", map[string]any{"N": len(d.inBoks)})),
	)
	if b.KodeMin != "" {
		form.AppendItem(cardRow("card.klasifikasi", strings.TrimSuffix(b.KodeMin+" – "+b.KodeMax, " – "+b.KodeMin)))
	}
	if b.Loan != nil {
		form.AppendItem(cardRow("card.borrower", cardLoan(b.Loan)))
	}
	list := widget.NewList(func() int { return len(d.inBoks) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			f := d.inBoks[i]
			o.(*widget.Label).SetText(f.Code + " · " + f.KodeKlasifikasi + " · " + f.Uraian + " · " + cardStatus(f.ShownStatus()))
		})
	list.OnSelected = func(i widget.ListItemID) {
		c.close()
		c.app.openCard(storage.Hit{Kind: model.CodeBerkas, ID: d.inBoks[i].ID, Code: d.inBoks[i].Code})
	}
	top := container.NewVBox(cardBold(b.Label()), form, c.actions(b.Loan, "boks", b.Code, func() { c.onLend(0, b.ID) }))
	return container.NewBorder(top, nil, nil, nil, list)
}

func (c *card) placeBody(d cardData) fyne.CanvasObject {
	p := d.place
	form := widget.NewForm(
		cardRow("card.code", p.Code),
		cardRow("card.kind", kit.T("place."+string(p.Kind))),
		cardRow("card.place", cardDash(c.hit.PlacePath)),
		cardRow("card.contents", kit.Ln("card.place_counts", map[string]any{"Boxes": len(d.boxes), "Berkas": d.nBerkas, "Places": len(d.children)})),
	)
	type line struct {
		text string
		hit  storage.Hit
	}
	var lines []line
	for _, ch := range d.children {
		lines = append(lines, line{kit.T("place."+string(ch.Kind)) + " · " + ch.Name + " · " + ch.Code,
			storage.Hit{Kind: model.CodePlace, ID: ch.ID, Code: ch.Code, Title: ch.Name}})
	}
	for _, b := range d.boxes {
		lines = append(lines, line{b.Label() + " · " + b.Code + " · " + kit.Ln("card.n_berkas", map[string]any{"N": b.JumlahBerkas}),
			storage.Hit{Kind: model.CodeBoks, ID: b.ID, Code: b.Code, Title: b.Label()}})
	}
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i].text) })
	list.OnSelected = func(i widget.ListItemID) {
		c.close()
		h := lines[i].hit
		if h.Kind == model.CodePlace {
			if full, err := c.app.store.FindCode(context.Background(), h.Code); err == nil {
				h = full
			}
		}
		c.app.openCard(h)
	}
	print := widget.NewButtonWithIcon(lang.L("card.print"), theme.DocumentPrintIcon(), func() { c.app.cetak.PrintLabels("place", []string{p.Code}) })
	opname := widget.NewButtonWithIcon(lang.L("card.opname_here"), theme.ListIcon(), func() {
		c.close()
		c.app.startOpnameAt(p.Code)
	})
	top := container.NewVBox(cardBold(p.Name), form, container.NewHBox(print, opname))
	return container.NewBorder(top, nil, nil, nil, list)
}

func cardDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
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
	a.askForm("card.lend", "card.lend", items, func() {
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
			c.act(func(ctx context.Context, s *storage.Store) error { return returnLoan(ctx, s, l.PinjamID, time.Now()) })
		}
	}, c.app.win)
}

// onMove asks for the destination: its code scanned or typed into the
// field (a plain field, so the scanner types straight into it).
func (c *card) onMove() {
	a := c.app
	dest := widget.NewEntry()
	dest.SetPlaceHolder(lang.L("card.move_dest_hint"))
	var d dialog.Dialog
	do := func() {
		code := model.NormalizeCode(dest.Text)
		if code == "" {
			return
		}
		d.Hide()
		h := c.hit
		c.act(func(ctx context.Context, s *storage.Store) error { return moveTo(ctx, s, h, code) })
	}
	dest.OnSubmitted = func(string) { do() }
	items := []*widget.FormItem{widget.NewFormItem(lang.L("card.move_dest"), dest)}
	d = dialog.NewForm(lang.L("card.move"), lang.L("card.move"), lang.L("button.cancel"), items, func(ok bool) {
		if ok {
			do()
		}
	}, a.win)
	d.Resize(fyne.NewSize(480, 180))
	d.Show()
	a.win.Canvas().Focus(dest)
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
		return moveBerkas(ctx, s, b, to.Kind == model.CodeBoks, to.ID)
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
	a, s := c.app, c.app.store
	a.Go(func() {
		err := change(context.Background(), s)
		a.Do(func() {
			if err != nil {
				a.ShowError(err)
				return
			}
			a.notifyChanged()
			c.reopen()
		})
	})
}

// showUnknown is the card of a code Rapi does not know, with an offer to
// register it as a new berkas.
func (a *App) showUnknown(code string) {
	msg := widget.NewLabel(kit.Ln("card.unknown", map[string]any{"Code": code}))
	msg.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	register := widget.NewButtonWithIcon(lang.L("card.register"), theme.ContentAddIcon(), func() {
		d.Hide()
		a.registerBerkas(code)
	})
	register.Importance = widget.HighImportance
	if !model.ValidCode(code) {
		register.Disable()
	}
	d = dialog.NewCustom(lang.L("card.not_found_title"), lang.L("button.close"),
		container.NewVBox(widget.NewIcon(theme.QuestionIcon()), msg, container.NewCenter(register)), a.win)
	d.Resize(fyne.NewSize(480, 240))
	a.showDialog(d)
}

// registerBerkas asks the least a new file needs and creates it with the
// scanned code, then opens its card.
func (a *App) registerBerkas(code string) {
	uraian, kode, tahun := a.NewEntry(), a.NewEntry(), a.NewEntry()
	kode.SetPlaceHolder("000.1.5")
	tahun.SetText(strconv.Itoa(time.Now().Year()))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("card.code"), widget.NewLabel(code)),
		widget.NewFormItem(lang.L("card.f.uraian"), uraian),
		widget.NewFormItem(lang.L("card.f.kode"), kode),
		widget.NewFormItem(lang.L("card.f.tahun"), tahun),
	}
	a.askForm("card.register", "button.save", items, func() {
		year, _ := strconv.Atoi(strings.TrimSpace(tahun.Text))
		b := marsip.Berkas{Code: code, Uraian: uraian.Text, KodeKlasifikasi: kode.Text, TahunSampai: year}
		s := a.store
		a.Go(func() {
			err := s.CreateBerkas(context.Background(), &b)
			a.Do(func() {
				if err != nil {
					a.ShowError(fmt.Errorf("%s: %w", code, err))
					return
				}
				a.notifyChanged()
				a.openCard(storage.Hit{Kind: model.CodeBerkas, ID: b.ID, Code: b.Code, Title: b.Uraian})
			})
		})
	})
}
