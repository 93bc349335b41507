package paper

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"iter"
	"strings"

	"rapi/model/label"
)

// Forms and lists: the official tables (Daftar Arsip Aktif, Inaktif, ...)
// with the institution header on the first page, the table header again on
// every page, "Halaman i dari n" at the foot of each page and signature
// blocks after the last row. The layout is computed once (every row's
// wrapped lines and height, every page break) and then drawn through the
// same Canvas as the labels, so a preview image shows what the PDF holds.

// Column is one column of a form's table.
type Column struct {
	Header string
	Width  float64 // mm; 0 means a share of what the fixed-width columns leave
	Weight float64 // that share, relative to the other Width-0 columns; 0 means 1
	Align  Align
	Wrap   bool // wrap long text onto more lines (the row grows); false: one line, cut with "…"
}

// Signature is one signature block: the lines above the space for the
// signature ("Mengetahui,", "Kepala Biro Umum"), then the name, the
// rank (pangkat/golongan, when known) and the NIP.
type Signature struct {
	Lines []string
	Name  string
	Rank  string
	NIP   string
}

// FormSpec describes a form. Paper is label.PaperA4 (the default) or
// label.PaperF4; lengths are mm, font sizes points.
type FormSpec struct {
	Header     []string // institution lines, e.g. PEMERINTAH PROVINSI BANTEN / SEKRETARIAT DAERAH / BIRO UMUM
	Address    string
	Title      string
	Subtitles  []string // unit, period ...
	Paper      label.Paper
	Landscape  bool
	Columns    []Column
	Signatures []Signature // side by side, left to right, after the last row
	FontSize   float64     // table text; 0 means 8 pt
	// PageLabel writes the page number; nil means "Halaman 1 dari 3".
	PageLabel func(page, total int) string
}

// Rows yields a table's rows, one string per column; a cell may hold
// "\n" to force a line break.
type Rows = iter.Seq[[]string]

// SliceRows yields rows from a slice.
func SliceRows(rows [][]string) Rows {
	return func(yield func([]string) bool) {
		for _, r := range rows {
			if !yield(r) {
				return
			}
		}
	}
}

// Layout constants of forms, mm.
const (
	formMargin    = 15.0
	formTop       = 12.0
	formBottom    = 16.0 // space kept below the table for the page number
	cellPad       = 1.2
	signatureGap  = 20.0 // space to sign in
	signatureLead = 6.0  // space between the table and the signatures
)

// PageSize is the size of the form's page in mm, orientation applied.
func (s FormSpec) PageSize() (w, h float64) {
	w, h, ok := label.PaperSize(s.Paper)
	if !ok || (s.Paper != label.PaperA4 && s.Paper != label.PaperF4) {
		w, h = 210, 297
	}
	if s.Landscape {
		w, h = h, w
	}
	return w, h
}

func (s FormSpec) fontSize() float64 {
	if s.FontSize > 0 {
		return s.FontSize
	}
	return 8
}

func (s FormSpec) pageLabel(page, total int) string {
	if s.PageLabel != nil {
		return s.PageLabel(page, total)
	}
	return fmt.Sprintf("Halaman %d dari %d", page, total)
}

type tableRow struct {
	cells [][]string
	sizes []float64 // a header cell's font size, 0 for the form's size
	h     float64
}

type formLayout struct {
	spec      FormSpec
	pw, ph    float64
	colX      []float64
	colW      []float64
	fs, lh    float64
	head      tableRow
	headTop   float64 // where the table starts on page 1 (below the institution header)
	pages     [][]tableRow
	sigPage   int
	sigY      float64
	sigHeight float64
}

// layoutForm wraps every cell and breaks the table into pages.
func layoutForm(spec FormSpec, rows Rows) (*formLayout, error) {
	if len(spec.Columns) == 0 {
		return nil, fmt.Errorf("form %q has no columns", spec.Title)
	}
	l := &formLayout{spec: spec, fs: spec.fontSize()}
	l.pw, l.ph = spec.PageSize()
	l.lh = l.fs * ptMM * lineSpacing
	l.columns()
	l.headTop = l.titleHeight()
	l.head = l.row(headerTexts(spec.Columns), true, l.ph)
	bottom := l.ph - formBottom
	bodyTop := func(page int) float64 {
		if page == 0 {
			return l.headTop + l.head.h
		}
		return formTop + l.head.h
	}
	l.pages = [][]tableRow{nil}
	y := bodyTop(0)
	for cells := range rows {
		if len(cells) != len(spec.Columns) {
			return nil, fmt.Errorf("form %q: a row has %d cells for %d columns", spec.Title, len(cells), len(spec.Columns))
		}
		r := l.row(cells, false, bottom-formTop-l.head.h)
		if y+r.h > bottom+1e-9 && len(l.pages[len(l.pages)-1]) > 0 {
			l.pages = append(l.pages, nil)
			y = bodyTop(len(l.pages) - 1)
		}
		l.pages[len(l.pages)-1] = append(l.pages[len(l.pages)-1], r)
		y += r.h
	}
	if len(spec.Signatures) > 0 {
		l.sigHeight = l.signatureHeight()
		l.sigPage, l.sigY = len(l.pages)-1, y+signatureLead
		if l.sigY+l.sigHeight > bottom {
			l.pages = append(l.pages, nil)
			l.sigPage, l.sigY = len(l.pages)-1, formTop
		}
	}
	return l, nil
}

func headerTexts(cols []Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Header
	}
	return out
}

// columns sets each column's x and width: fixed widths first, the rest
// shared by weight; everything scaled down if the fixed ones overflow.
func (l *formLayout) columns() {
	tw := l.pw - 2*formMargin
	fixed, weights := 0.0, 0.0
	for _, c := range l.spec.Columns {
		if c.Width > 0 {
			fixed += c.Width
		} else {
			weights += weight(c)
		}
	}
	scale, share := 1.0, 0.0
	if fixed > tw || (weights == 0 && fixed > 0) {
		scale = tw / fixed
	} else if weights > 0 {
		share = (tw - fixed) / weights
	}
	x := formMargin
	for _, c := range l.spec.Columns {
		w := c.Width * scale
		if c.Width <= 0 {
			w = weight(c) * share
		}
		l.colX = append(l.colX, x)
		l.colW = append(l.colW, w)
		x += w
	}
}

func weight(c Column) float64 {
	if c.Weight > 0 {
		return c.Weight
	}
	return 1
}

// row wraps the cells. Header cells always wrap, at spaces only; a body
// row never grows taller than maxH (the lines that do not fit are cut
// with "…").
func (l *formLayout) row(cells []string, header bool, maxH float64) tableRow {
	r := tableRow{cells: make([][]string, len(cells)), sizes: make([]float64, len(cells))}
	maxLines := max(1, int((maxH-2*cellPad)/l.lh))
	most := l.lh
	for i, text := range cells {
		c := l.spec.Columns[i]
		w := l.colW[i] - 2*cellPad
		var lines []string
		switch {
		case header:
			var size float64
			lines, size = headerCell(text, w, l.fs)
			r.sizes[i] = size
			most = max(most, float64(len(lines))*lineH(size))
			r.cells[i] = lines
			continue
		case c.Wrap:
			for _, para := range strings.Split(text, "\n") {
				if words := strings.Fields(para); len(words) > 0 {
					lines = append(lines, wrap(words, w, l.fs, false)...)
				} else if len(strings.Split(text, "\n")) > 1 {
					lines = append(lines, "")
				}
			}
			if len(lines) > maxLines {
				rest := strings.Join(lines[maxLines-1:], " ")
				lines = append(lines[:maxLines-1], ellipsize(rest, w, l.fs, false))
			}
		default:
			if t := strings.Join(strings.Fields(text), " "); t != "" {
				lines = []string{ellipsize(t, w, l.fs, false)}
			}
		}
		r.cells[i] = lines
		most = max(most, float64(len(lines))*l.lh)
	}
	r.h = most + 2*cellPad
	return r
}

// headerMinSize is the smallest type a column header shrinks to.
const headerMinSize = 5.0

// headerCell lays a column header out in w mm: wrapped at spaces only,
// never inside a word ("Tingkat / Perkembangan", not "Perkembanga / n");
// when one word is wider than the column the cell's type shrinks until it
// fits, down to headerMinSize.
func headerCell(text string, w, size float64) ([]string, float64) {
	words := splitAtSlashes(strings.Fields(text), w, size)
	if len(words) == 0 {
		return nil, size
	}
	for size > headerMinSize && widestWord(words, size) > w {
		size = max(headerMinSize, size-0.25)
	}
	return wrapAtSpaces(words, w, size, true), size
}

// splitAtSlashes breaks a header word too wide for w after its slashes
// ("Pembuatan/" "Pembelian"): the official headers join alternatives
// with "/", and a line may end there as it does in the printed forms.
func splitAtSlashes(words []string, w, size float64) []string {
	out := make([]string, 0, len(words))
	for _, word := range words {
		if textWidth(word, size, true) <= w || !strings.Contains(strings.Trim(word, "/"), "/") {
			out = append(out, word)
			continue
		}
		parts := strings.SplitAfter(word, "/")
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func widestWord(words []string, size float64) float64 {
	m := 0.0
	for _, w := range words {
		m = max(m, textWidth(w, size, true))
	}
	return m
}

// wrapAtSpaces is wrap without breaking a word: a word wider than w
// stands on its own line.
func wrapAtSpaces(words []string, w, size float64, bold bool) []string {
	var lines []string
	cur := ""
	for _, word := range words {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if cur == "" || textWidth(try, size, bold) <= w {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = word
	}
	return append(lines, cur)
}

// Sizes of the first page's heading, pt.
const (
	headerSize   = 12.0
	addressSize  = 9.0
	titleSize    = 12.0
	subtitleSize = 10.0
)

func lineH(size float64) float64 { return size * ptMM * lineSpacing }

// titleHeight is where the table begins on the first page.
func (l *formLayout) titleHeight() float64 {
	y := formTop + float64(len(l.spec.Header))*lineH(headerSize)
	if l.spec.Address != "" {
		y += lineH(addressSize)
	}
	if len(l.spec.Header) > 0 || l.spec.Address != "" {
		y += 4 // the rule under the letterhead
	}
	if l.spec.Title != "" {
		y += lineH(titleSize)
	}
	y += float64(len(l.spec.Subtitles)) * lineH(subtitleSize)
	return y + 4
}

func (l *formLayout) signatureHeight() float64 {
	most, below := 0, 2
	for _, s := range l.spec.Signatures {
		most = max(most, len(s.Lines))
		if s.Rank != "" {
			below = 3
		}
	}
	return float64(most)*lineH(10) + signatureGap + float64(below)*lineH(10)
}

// Pages is how many pages the form takes.
func (l *formLayout) Pages() int { return len(l.pages) }

// drawPage draws page i (0-based) of the form.
func (l *formLayout) drawPage(c Canvas, i int) {
	y := formTop
	if i == 0 {
		y = l.drawHeading(c)
	}
	if len(l.pages[i]) > 0 || i == 0 {
		l.drawRow(c, l.head, y, true)
		y += l.head.h
		for _, r := range l.pages[i] {
			l.drawRow(c, r, y, false)
			y += r.h
		}
	}
	if len(l.spec.Signatures) > 0 && i == l.sigPage {
		l.drawSignatures(c)
	}
	c.Text(Box{formMargin, l.ph - formBottom + 6, l.pw - 2*formMargin, lineH(8) + 0.01},
		l.spec.pageLabel(i+1, len(l.pages)), TextStyle{Size: 8, MinSize: 8, MaxLines: 1, Align: Center})
}

func (l *formLayout) drawHeading(c Canvas) float64 {
	w := l.pw - 2*formMargin
	y := DrawLetterhead(c, Box{formMargin, formTop, w, 0}, l.spec.Header, l.spec.Address)
	line := func(s string, size float64, bold bool) {
		c.Text(Box{formMargin, y, w, lineH(size) + 0.01}, s, TextStyle{Size: size, MinSize: 6, Bold: bold, MaxLines: 1, Align: Center})
		y += lineH(size)
	}
	if l.spec.Title != "" {
		line(l.spec.Title, titleSize, true)
	}
	for _, s := range l.spec.Subtitles {
		line(s, subtitleSize, false)
	}
	return y + 4
}

// DrawLetterhead draws the kop (the institution's lines, its address and
// the double rule under them) across b.W from b's top and returns the y
// below it; with no lines and no address it draws nothing.
func DrawLetterhead(c Canvas, b Box, lines []string, address string) float64 {
	y := b.Y
	line := func(s string, size float64, bold bool) {
		c.Text(Box{b.X, y, b.W, lineH(size) + 0.01}, s, TextStyle{Size: size, MinSize: 6, Bold: bold, MaxLines: 1, Align: Center})
		y += lineH(size)
	}
	for _, h := range lines {
		line(h, headerSize, true)
	}
	if address != "" {
		line(address, addressSize, false)
	}
	if len(lines) > 0 || address != "" {
		c.Line(b.X, y+1, b.X+b.W, y+1, 0.6, Black)
		c.Line(b.X, y+1.8, b.X+b.W, y+1.8, 0.2, Black)
		y += 4
	}
	return y
}

var lightGrey = color.RGBA{230, 230, 230, 255}

func (l *formLayout) drawRow(c Canvas, r tableRow, y float64, header bool) {
	if header {
		c.FilledRect(Box{l.colX[0], y, l.pw - 2*formMargin, r.h}, lightGrey)
	}
	for i, lines := range r.cells {
		col := l.spec.Columns[i]
		b := Box{l.colX[i], y, l.colW[i], r.h}
		c.Rect(b, Black, 0.2, 0)
		align := col.Align
		if header {
			align = Center
		}
		size, lh := l.fs, l.lh
		if i < len(r.sizes) && r.sizes[i] > 0 {
			size, lh = r.sizes[i], lineH(r.sizes[i])
		}
		top := y + cellPad
		if header { // header text sits in the middle of its cell
			top = y + (r.h-float64(len(lines))*lh)/2
		}
		for j, s := range lines {
			c.Text(Box{b.X + cellPad, top + float64(j)*lh, b.W - 2*cellPad, lh + 0.01}, s,
				TextStyle{Size: size, MinSize: size, Bold: header, MaxLines: 1, Align: align})
		}
	}
}

func (l *formLayout) drawSignatures(c Canvas) {
	DrawSignatures(c, Box{formMargin, l.sigY, l.pw - 2*formMargin, l.sigHeight}, l.spec.Signatures)
}

// SignaturesHeight is the height DrawSignatures takes for sigs.
func SignaturesHeight(sigs []Signature) float64 {
	return (&formLayout{spec: FormSpec{Signatures: sigs}}).signatureHeight()
}

// DrawSignatures draws the blocks side by side in equal shares of b.W
// from b's top: the lines above, the space to sign, the name underlined,
// the rank and the NIP. A zero Signature keeps its share empty, so one block
// can stand on the right as letters sign.
func DrawSignatures(c Canvas, b Box, sigs []Signature) {
	n := len(sigs)
	if n == 0 {
		return
	}
	w := b.W / float64(n)
	lh := lineH(10)
	most := 0
	for _, s := range sigs {
		most = max(most, len(s.Lines))
	}
	st := TextStyle{Size: 10, MinSize: 6, MaxLines: 1, Align: Center}
	for i, s := range sigs {
		x := b.X + float64(i)*w
		y := b.Y
		for _, line := range s.Lines {
			c.Text(Box{x, y, w, lh + 0.01}, line, st)
			y += lh
		}
		y = b.Y + float64(most)*lh + signatureGap
		name := st
		name.Bold = true
		c.Text(Box{x, y, w, lh + 0.01}, s.Name, name)
		if s.Name != "" {
			nw := min(textWidth(s.Name, 10, true), w)
			c.Line(x+(w-nw)/2, y+lh-0.6, x+(w+nw)/2, y+lh-0.6, 0.2, Black)
		}
		if s.Rank != "" {
			y += lh
			c.Text(Box{x, y, w, lh + 0.01}, s.Rank, st)
		}
		if s.NIP != "" {
			c.Text(Box{x, y + lh, w, lh + 0.01}, "NIP. "+s.NIP, st)
		}
	}
}

// RenderTablePDF writes the form as a PDF.
func RenderTablePDF(w io.Writer, spec FormSpec, rows Rows) error {
	return RenderTablesPDF(w, []FormPart{func() (FormSpec, Rows, error) { return spec, rows, nil }})
}

// FormPart makes one form of a PDF that holds several (a KIR for every
// room). It is called only when the form before it is laid out, so each
// form's rows are read and drawn in turn, never all held at once.
type FormPart func() (FormSpec, Rows, error)

// RenderTablesPDF writes forms one after the other into one PDF; each
// starts on a new page and numbers its own pages ("Halaman 1 dari 2").
func RenderTablesPDF(w io.Writer, parts []FormPart) error {
	var pdf *pdfCanvas
	for _, part := range parts {
		spec, rows, err := part()
		if err != nil {
			return err
		}
		l, err := layoutForm(spec, rows)
		if err != nil {
			return err
		}
		if pdf == nil {
			pdf = newPDF(l.pw, l.ph, translator(nil))
		}
		for i := range l.pages {
			pdf.addPage(l.pw, l.ph)
			l.drawPage(pdf, i)
		}
	}
	if pdf == nil {
		return errNoForms
	}
	return pdf.output(w)
}

// errNoForms: a PDF of several forms was asked for with none to print
// (callers say why in the clerk's words before it comes to this).
var errNoForms = errors.New("paper: no forms to print")

// RenderTableImage draws page (0-based) of the form at dpi, for a
// preview, and says how many pages the form has.
func RenderTableImage(spec FormSpec, rows Rows, page int, dpi float64) (*image.RGBA, int, error) {
	l, err := layoutForm(spec, rows)
	if err != nil {
		return nil, 0, err
	}
	r := newRaster(l.pw, l.ph, dpi, translator(nil))
	if page >= 0 && page < len(l.pages) {
		l.drawPage(r, page)
	}
	return r.img, len(l.pages), nil
}
