package arsip

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

// The cards a scan opens on a file, a box and a place: what it is, where
// it is, who has it, and what can be done with it. The shell shows them
// in its card frame.

// Cards are the archive's cards, for the shell's list of features.
func Cards(app Shell) []kit.CardKind {
	return []kit.CardKind{
		kit.CardOf(model.CodeBerkas, app, loadBerkasCard),
		kit.CardOf(model.CodeBoks, app, loadBoksCard),
	}
}

// PlaceCard is the card of a place (with the boxes and files in it).
func PlaceCard(app Shell) kit.CardKind {
	return kit.CardOf(model.CodePlace, app, loadPlaceCard)
}

// card is one open card with the app around it.
type card struct {
	kit.Card
	app Shell
}

func loadBerkasCard(ctx context.Context, app Shell, s *storage.Store, h storage.Hit) (kit.CardBody, error) {
	b, err := s.Berkas(ctx, h.ID)
	if err != nil {
		return nil, err
	}
	klas := b.KodeKlasifikasi
	if k, err := s.KlasifikasiByCode(ctx, b.KodeKlasifikasi); err == nil && k.Name != "" {
		klas += " " + k.Name
	}
	return func(kc kit.Card) (string, fyne.CanvasObject) {
		c := &card{Card: kc, app: app}
		return lang.L("card.kind.berkas") + " " + b.Code, c.berkasBody(b, klas)
	}, nil
}

func loadBoksCard(ctx context.Context, app Shell, s *storage.Store, h storage.Hit) (kit.CardBody, error) {
	b, err := s.Boks(ctx, h.ID)
	if err != nil {
		return nil, err
	}
	in, err := s.BerkasInBoks(ctx, h.ID)
	if err != nil {
		return nil, err
	}
	return func(kc kit.Card) (string, fyne.CanvasObject) {
		c := &card{Card: kc, app: app}
		return b.Label() + " · " + b.Code, c.boksBody(b, in)
	}, nil
}

// placeData is what a place's card shows.
type placeData struct {
	place    model.Place
	boxes    []marsip.Boks
	children []model.Place
	nBerkas  int
}

func loadPlaceCard(ctx context.Context, app Shell, s *storage.Store, h storage.Hit) (kit.CardBody, error) {
	d, err := readPlace(ctx, s, h.ID)
	if err != nil {
		return nil, err
	}
	return func(kc kit.Card) (string, fyne.CanvasObject) {
		c := &card{Card: kc, app: app}
		return lang.L("kind.place") + " " + d.place.Code, c.placeBody(d)
	}, nil
}

func readPlace(ctx context.Context, s *storage.Store, id int64) (d placeData, err error) {
	if d.place, err = s.Place(ctx, id); err != nil {
		return d, err
	}
	if d.boxes, err = s.BoksList(ctx, id); err != nil {
		return d, err
	}
	places, err := s.Places(ctx)
	if err != nil {
		return d, err
	}
	for _, p := range places {
		if p.ParentID == id {
			d.children = append(d.children, p)
		}
	}
	page, err := s.SearchBerkas(ctx, "", storage.BerkasFilter{PlaceID: id}, storage.Page{Limit: 1})
	if err != nil {
		return d, err
	}
	d.nBerkas = page.Total
	return d, nil
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

// loanRow is the card's borrower line, in the theme's error colour when
// the loan is overdue.
func loanRow(l *marsip.Loan) *widget.FormItem {
	it := cardRow("card.borrower", cardLoan(l))
	if l.Overdue(time.Now()) {
		it.Widget.(*widget.Label).Importance = widget.DangerImportance
	}
	return it
}

func cardDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func (c *card) berkasBody(b marsip.Berkas, klas string) fyne.CanvasObject {
	form := widget.NewForm(
		cardRow("card.code", b.Code),
		cardRow("card.klasifikasi", klas),
		cardRow("card.years", b.KurunWaktu()),
		cardRow("card.place", cardDash(b.PlacePath)),
		cardRow("card.status", cardStatus(b.ShownStatus())),
	)
	if b.Loan != nil {
		form.AppendItem(loanRow(b.Loan))
	}
	return container.NewVBox(cardBold(b.Uraian), form, c.actions(b.Loan, model.CodeBerkas, b.Code, func() { c.onLend(b.ID, 0) }))
}

// actions are the buttons of a file's or a box's card: lend (or return,
// when it is on loan), move, and print its label.
func (c *card) actions(loan *marsip.Loan, kind model.CodeKind, code string, lendIt func()) fyne.CanvasObject {
	lend := widget.NewButtonWithIcon(lang.L("card.lend"), theme.AccountIcon(), lendIt)
	ret := widget.NewButtonWithIcon(lang.L("card.return"), theme.MailReplyIcon(), func() { c.onReturn(loan) })
	if loan != nil {
		lend.Disable()
	} else {
		ret.Disable()
	}
	move := widget.NewButtonWithIcon(lang.L("card.move"), theme.MoveDownIcon(), c.onMove)
	print := widget.NewButtonWithIcon(lang.L("card.print"), theme.DocumentPrintIcon(), func() { c.app.PrintLabels(kind, []string{code}) })
	return container.NewHBox(lend, ret, move, print)
}

func (c *card) boksBody(b marsip.Boks, in []marsip.Berkas) fyne.CanvasObject {
	form := widget.NewForm(
		cardRow("card.code", b.Code),
		cardRow("card.place", cardDash(b.PlacePath)),
		cardRow("card.contents", kit.Ln("card.n_berkas", map[string]any{"N": len(in)})),
	)
	if b.KodeMin != "" {
		form.AppendItem(cardRow("card.klasifikasi", strings.TrimSuffix(b.KodeMin+" – "+b.KodeMax, " – "+b.KodeMin)))
	}
	if b.Loan != nil {
		form.AppendItem(loanRow(b.Loan))
	}
	list := widget.NewList(func() int { return len(in) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			f := in[i]
			o.(*widget.Label).SetText(f.Code + " · " + f.KodeKlasifikasi + " · " + f.Uraian + " · " + cardStatus(f.ShownStatus()))
		})
	list.OnSelected = func(i widget.ListItemID) {
		c.Close()
		c.app.OpenCard(storage.Hit{Kind: model.CodeBerkas, ID: in[i].ID, Code: in[i].Code})
	}
	top := container.NewVBox(cardBold(b.Label()), form, c.actions(b.Loan, model.CodeBoks, b.Code, func() { c.onLend(0, b.ID) }))
	return container.NewBorder(top, nil, nil, nil, list)
}
