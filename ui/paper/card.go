package paper

import (
	"io"
)

// LoanCard is the out indicator: the card a clerk puts in a lent file's
// place, saying who has it and until when. The QR carries the file's
// code, so scanning the card finds the loan's file.
type LoanCard struct {
	Header   []string // institution lines (model.Institution.Lines)
	Code     string   // berkas code, encoded in the QR
	Title    string   // uraian of the berkas
	Borrower string
	NIP      string
	Unit     string
	Date     string // date lent, as printed ("22 November 2026")
	Due      string // due date
	Purpose  string
	Clerk    string // the clerk on duty
}

// Caption keys of the loan card; the Indonesian fallback is below and in
// assets/translations/print.id.json (a test keeps them equal).
const (
	capCardTitle       = "print.card.title"
	capCardTitleBerkas = "print.card.berkas"
	capCardBorrower    = "print.card.borrower"
	capCardNIP         = "print.card.nip"
	capCardUnit        = "print.card.unit"
	capCardDate        = "print.card.date"
	capCardDue         = "print.card.due"
	capCardPurpose     = "print.card.purpose"
	capCardClerk       = "print.card.clerk"
)

var cardCaptionsID = map[string]string{
	capCardTitle:       "KARTU PINJAM ARSIP",
	capCardTitleBerkas: "Uraian berkas",
	capCardBorrower:    "Peminjam",
	capCardNIP:         "NIP",
	capCardUnit:        "Unit kerja",
	capCardDate:        "Tanggal pinjam",
	capCardDue:         "Harus kembali tanggal",
	capCardPurpose:     "Keperluan",
	capCardClerk:       "Petugas",
}

// cardTranslator is translate, or the Indonesian card captions.
func cardTranslator(translate func(string) string) func(string) string {
	if translate != nil {
		return translate
	}
	return func(key string) string {
		if s, ok := cardCaptionsID[key]; ok {
			return s
		}
		return key
	}
}

// Card sizes, mm: A5 portrait, or half an A4 sheet (two cards per page,
// cut along the middle).
const (
	CardA5W, CardA5H = 148.0, 210.0
)

// Draw lays the card out: heading and QR on top, then one ruled line per
// field, the due date largest.
func (l LoanCard) Draw(c Canvas, w, h float64) error {
	m := 8.0
	inner := w - 2*m
	c.Rect(Box{m / 2, m / 2, w - m, h - m}, Black, 0.5, 0)
	q, err := NewQR(l.Code)
	if err != nil {
		return err
	}
	side := q.Side(MinQRMM + 5)
	q.Draw(c, w-m-side, m, side)
	y := m
	textW := inner - side - 2
	for _, line := range l.Header {
		c.Text(Box{m, y, textW, 4.2}, line, TextStyle{Size: 9, Bold: true, MaxLines: 1})
		y += 4.2
	}
	y = max(y+2, m+8)
	c.Text(Box{m, y, textW, 8}, c.Tr(capCardTitle), TextStyle{Size: 16, Bold: true, MaxLines: 1})
	c.Text(Box{m, y + 8, textW, 5}, l.Code, TextStyle{Size: 12, Bold: true, MaxLines: 1})
	y = max(y+16, m+side+3)
	c.Line(m, y, w-m, y, 0.4, Black)
	y += 2
	scale := min(h/CardA5H, 1.2)
	row := func(caption, value string, size, height float64) {
		c.Text(Box{m, y, inner, 4}, c.Tr(caption), TextStyle{Size: 8, MaxLines: 1, Color: Grey})
		c.Text(Box{m, y + 4, inner, height}, value, TextStyle{Size: size, MinSize: 6, Bold: true, Top: true})
		y += 4 + height + 1
		c.Line(m, y, w-m, y, 0.15, Grey)
		y += 1.5
	}
	row(capCardTitleBerkas, l.Title, 11, 14*scale)
	row(capCardBorrower, l.Borrower, 12, 6*scale)
	row(capCardNIP, l.NIP, 11, 5*scale)
	row(capCardUnit, l.Unit, 11, 6*scale)
	row(capCardDate, l.Date, 12, 6*scale)
	row(capCardDue, l.Due, 20, 10*scale)
	row(capCardPurpose, l.Purpose, 10, 10*scale)
	if y+10 < h-m {
		row(capCardClerk, l.Clerk, 10, 5*scale)
	}
	return nil
}

// RenderLoanCardsPDF writes one card per A5 page, or two per A4 page
// (portrait, one above the other) when halfA4 is set.
func RenderLoanCardsPDF(w io.Writer, cards []LoanCard, halfA4 bool, translate func(string) string) error {
	pw, ph := CardA5W, CardA5H
	cw, ch := pw, ph
	per := 1
	if halfA4 {
		pw, ph, cw, ch, per = 210, 297, 210, 148.5, 2
	}
	pdf := newPDF(pw, ph, cardTranslator(translate))
	for i, card := range cards {
		if i%per == 0 {
			pdf.addPage(pw, ph)
		}
		dy := float64(i%per) * ch
		if err := card.Draw(shifted{Canvas: pdf, dy: dy}, cw, ch); err != nil {
			return err
		}
		if per == 2 && i%per == 0 {
			pdf.Line(5, ch, pw-5, ch, 0.1, Grey) // where to cut
		}
	}
	if len(cards) == 0 {
		pdf.addPage(pw, ph)
	}
	return pdf.output(w)
}
