package printout

import (
	"image/color"

	"rapi/model/label"
	"rapi/ui/paper"
)

// flow lays the meeting papers down the pages of a sheet from top to
// bottom: blocks of text, label/value fields, tables and signature
// blocks, starting a new page when the next one does not fit. head, when
// set, is drawn at the top of every page, so a long daftar hadir names
// its meeting on each sheet that is handed round.
type flow struct {
	sh          *paper.Sheet
	c           paper.Canvas
	x, w        float64 // the text column, mm
	y           float64
	top, bottom float64
	head        func(f *flow)
}

// Margins of the meeting papers, mm (Tata Naskah Dinas: left wider for
// binding).
const (
	flowLeft   = 25.0
	flowRight  = 20.0
	flowTop    = 15.0
	flowBottom = 18.0
	bodySize   = 11.0
)

func newFlow(p label.Paper, landscape bool) *flow {
	sh := paper.NewSheet(p, landscape)
	w, h := sh.Size()
	return &flow{sh: sh, x: flowLeft, w: w - flowLeft - flowRight, top: flowTop, bottom: h - flowBottom}
}

// page starts a new page and draws its head.
func (f *flow) page() {
	f.c = f.sh.AddPage()
	f.y = f.top
	if f.head != nil {
		f.head(f)
	}
}

// need starts a new page unless h mm still fit on this one.
func (f *flow) need(h float64) {
	if f.c == nil || f.y+h > f.bottom+1e-9 {
		f.page()
	}
}

func (f *flow) gap(h float64) { f.y += h }

// kop draws the institution's letterhead at the top of the page.
func (f *flow) kop(lines []string, address string) {
	f.need(0)
	f.y = paper.DrawLetterhead(f.c, paper.Box{X: f.x, Y: f.y, W: f.w}, lines, address) + 2
}

// txt is how a block of text is set.
type txt struct {
	size   float64 // 0: bodySize
	bold   bool
	align  paper.Align
	indent float64 // mm from the column's left
}

func (t txt) pt() float64 {
	if t.size > 0 {
		return t.size
	}
	return bodySize
}

// text wraps s in the column and sets it, line by line across pages.
func (f *flow) text(s string, t txt) {
	size := t.pt()
	lh := paper.LineHeight(size)
	for _, line := range paper.WrapText(s, f.w-t.indent, size, t.bold) {
		f.need(lh)
		f.line(f.x+t.indent, f.w-t.indent, line, t)
		f.y += lh
	}
}

// line sets one line already wrapped to fit w.
func (f *flow) line(x, w float64, s string, t txt) {
	size := t.pt()
	f.c.Text(paper.Box{X: x, Y: f.y, W: w, H: paper.LineHeight(size) + 0.01}, s,
		paper.TextStyle{Size: size, MinSize: size, Bold: t.bold, Align: t.align, MaxLines: 1})
}

// item sets a numbered or lettered line with a hanging indent: "1." at
// indent, the text wrapped beside it.
func (f *flow) item(marker, s string, indent float64) {
	const hang = 7.0
	size := bodySize
	lh := paper.LineHeight(size)
	for i, line := range paper.WrapText(s, f.w-indent-hang, size, false) {
		f.need(lh)
		if i == 0 {
			f.line(f.x+indent, hang, marker, txt{})
		}
		f.line(f.x+indent+hang, f.w-indent-hang, line, txt{})
		f.y += lh
	}
}

// field is one "Label : value" line of a letter or a form's header.
type field struct{ label, value string }

// fields sets label/value pairs with the colons in one column, each
// value wrapped beside its label; a pair is kept on one page.
func (f *flow) fields(list []field, indent, labelW float64, t txt) {
	size := t.pt()
	lh := paper.LineHeight(size)
	vx := indent + labelW + 4
	for _, fl := range list {
		lines := paper.WrapText(fl.value, f.w-vx, size, t.bold)
		f.need(float64(len(lines)) * lh)
		f.line(f.x+indent, labelW, fl.label, txt{size: size})
		f.line(f.x+indent+labelW, 4, ":", txt{size: size})
		for _, l := range lines {
			f.line(f.x+vx, f.w-vx, l, t)
			f.y += lh
		}
	}
}

// signatures sets the signature blocks across the column, kept together.
func (f *flow) signatures(sigs []paper.Signature) {
	h := paper.SignaturesHeight(sigs)
	f.need(h)
	paper.DrawSignatures(f.c, paper.Box{X: f.x, Y: f.y, W: f.w, H: h}, sigs)
	f.y += h
}

// col is one column of a flow table: a fixed width in mm, or (Width 0) a
// share of what is left by Weight.
type col struct {
	Header string
	Width  float64
	Weight float64
	Align  paper.Align
}

// table is a table set in the flow. Its header is repeated at the top of
// every page it continues on. MinH is the least row height (room to sign
// in); draw, when set, draws a cell itself and reports true.
type table struct {
	Cols []col
	Rows [][]string
	MinH float64
	Size float64 // 0: 9 pt
	Draw func(c paper.Canvas, b paper.Box, row, col int) bool
	// Group, when set, is a full-width line (a phase of the checklist)
	// set before row i when it returns non-empty text.
	Group func(i int) string
}

const tablePad = 1.2

var tableGrey = color.RGBA{230, 230, 230, 255}

func (t *table) size() float64 {
	if t.Size > 0 {
		return t.Size
	}
	return 9
}

// widths shares the column's width among the columns.
func (t *table) widths(total float64) []float64 {
	fixed, weights := 0.0, 0.0
	for _, c := range t.Cols {
		if c.Width > 0 {
			fixed += c.Width
		} else {
			weights += max(c.Weight, 1)
		}
	}
	out := make([]float64, len(t.Cols))
	for i, c := range t.Cols {
		switch {
		case c.Width > 0 && weights == 0:
			out[i] = c.Width * total / fixed
		case c.Width > 0:
			out[i] = c.Width
		default:
			out[i] = max(c.Weight, 1) * (total - fixed) / weights
		}
	}
	return out
}

// cells wraps one row's cells and gives the row's height.
func (t *table) cells(row []string, ws []float64, bold bool) ([][]string, float64) {
	size := t.size()
	lines := make([][]string, len(row))
	most := 1
	for i, s := range row {
		lines[i] = paper.WrapText(s, ws[i]-2*tablePad, size, bold)
		most = max(most, len(lines[i]))
	}
	h := float64(most)*paper.LineHeight(size) + 2*tablePad
	if !bold {
		h = max(h, t.MinH)
	}
	return lines, h
}

// table sets t; rows never split across pages.
func (f *flow) table(t table) {
	ws := t.widths(f.w)
	head := make([]string, len(t.Cols))
	for i, c := range t.Cols {
		head[i] = c.Header
	}
	hl, hh := t.cells(head, ws, true)
	drawHead := func() {
		f.c.FilledRect(paper.Box{X: f.x, Y: f.y, W: f.w, H: hh}, tableGrey)
		f.row(t, hl, ws, hh, -1, true)
		f.y += hh
	}
	f.need(hh + paper.LineHeight(t.size()) + 2*tablePad)
	drawHead()
	for i, r := range t.Rows {
		if t.Group != nil {
			if g := t.Group(i); g != "" {
				gh := paper.LineHeight(t.size()) + 2*tablePad
				f.fitRow(gh+t.MinH, hh, drawHead)
				f.c.Rect(paper.Box{X: f.x, Y: f.y, W: f.w, H: gh}, paper.Black, 0.2, 0)
				f.c.Text(paper.Box{X: f.x + tablePad, Y: f.y + tablePad, W: f.w - 2*tablePad, H: gh - 2*tablePad}, g,
					paper.TextStyle{Size: t.size(), MinSize: t.size(), Bold: true, MaxLines: 1})
				f.y += gh
			}
		}
		lines, h := t.cells(r, ws, false)
		f.fitRow(h, hh, drawHead)
		f.row(t, lines, ws, h, i, false)
		f.y += h
	}
}

// fitRow starts a new page, with the table's header, when h does not fit.
func (f *flow) fitRow(h, hh float64, drawHead func()) {
	if f.y+h <= f.bottom+1e-9 {
		return
	}
	f.page()
	drawHead()
}

func (f *flow) row(t table, lines [][]string, ws []float64, h float64, ri int, header bool) {
	size := t.size()
	lh := paper.LineHeight(size)
	x := f.x
	for ci, cell := range lines {
		b := paper.Box{X: x, Y: f.y, W: ws[ci], H: h}
		f.c.Rect(b, paper.Black, 0.2, 0)
		x += ws[ci]
		if !header && t.Draw != nil && t.Draw(f.c, b, ri, ci) {
			continue
		}
		align := t.Cols[ci].Align
		top := f.y + tablePad
		if header {
			align, top = paper.Center, f.y+(h-float64(len(cell))*lh)/2
		}
		for j, s := range cell {
			f.c.Text(paper.Box{X: b.X + tablePad, Y: top + float64(j)*lh, W: b.W - 2*tablePad, H: lh + 0.01}, s,
				paper.TextStyle{Size: size, MinSize: size, Bold: header, Align: align, MaxLines: 1})
		}
	}
}
