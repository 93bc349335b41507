package paper

import (
	"fmt"
	"io"
	"strings"

	"rapi/model/label"
)

// Sheets: free-form pages (letters, minutes, name cards) that the caller
// lays out itself, at exact scale, through the same Canvas as labels and
// forms. The measuring helpers below use the metrics the PDF is set in,
// so what the caller wraps is what the page holds.

// Sheet is a PDF document of pages of one size.
type Sheet struct {
	pdf  *pdfCanvas
	w, h float64
	n    int
}

// NewSheet starts a document on paper (A4 or F4; anything else is A4).
func NewSheet(p label.Paper, landscape bool) *Sheet {
	w, h := FormSpec{Paper: p, Landscape: landscape}.PageSize()
	return &Sheet{pdf: newPDF(w, h, translator(nil)), w: w, h: h}
}

// Size is the page size in mm.
func (s *Sheet) Size() (w, h float64) { return s.w, s.h }

// AddPage starts a page and returns the canvas to draw it on.
func (s *Sheet) AddPage() Canvas {
	s.pdf.addPage(s.w, s.h)
	s.n++
	return s.pdf
}

// Pages is how many pages the document has so far.
func (s *Sheet) Pages() int { return s.n }

// Upside draws what draw paints on the current page turned half round
// about b's centre: the far half of a folded name card, read from the
// other side of the table.
func (s *Sheet) Upside(b Box, draw func(c Canvas)) {
	f := s.pdf.f
	f.TransformBegin()
	f.TransformRotate(180, b.X+b.W/2, b.Y+b.H/2)
	draw(s.pdf)
	f.TransformEnd()
}

// NumberPages writes "Halaman i dari n" at the foot of every page, once
// the last page is known; a one-page document is left unnumbered.
func (s *Sheet) NumberPages() {
	if s.n < 2 {
		return
	}
	for i := 1; i <= s.n; i++ {
		s.pdf.f.SetPage(i)
		s.pdf.Text(Box{0, s.h - formBottom + 6, s.w, lineH(8) + 0.01}, fmt.Sprintf("Halaman %d dari %d", i, s.n),
			TextStyle{Size: 8, MinSize: 8, MaxLines: 1, Align: Center})
	}
	s.pdf.f.SetPage(s.n)
}

// Write finishes the document; an empty one gets a blank page so the
// file is still a valid PDF.
func (s *Sheet) Write(w io.Writer) error {
	if s.n == 0 {
		s.AddPage()
	}
	return s.pdf.output(w)
}

// LineHeight is the height in mm of one line of text at size pt.
func LineHeight(size float64) float64 { return lineH(size) }

// WrapText breaks text into lines no wider than w mm at size pt; a "\n"
// starts a new line and an empty line is kept.
func WrapText(text string, w, size float64, bold bool) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, wrap(words, w, size, bold)...)
	}
	return lines
}
