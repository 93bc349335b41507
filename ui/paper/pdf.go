package paper

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"

	"codeberg.org/go-pdf/fpdf"
)

// pdfCanvas draws on the current page of an fpdf document in mm.
type pdfCanvas struct {
	f      *fpdf.Fpdf
	tr     func(string) string
	images int
}

func newPDF(w, h float64, tr func(string) string) *pdfCanvas {
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: w, Ht: h}})
	f.SetMargins(0, 0, 0)
	f.SetAutoPageBreak(false, 0)
	f.SetCreator("Rapi", true)
	loadMetrics()
	return &pdfCanvas{f: f, tr: tr}
}

// addPage starts a page of the document's size. The orientation is given
// explicitly so fpdf never swaps width and height of a landscape roll.
func (p *pdfCanvas) addPage(w, h float64) {
	orient := "P"
	if w > h {
		orient = "L"
	}
	// fpdf takes the size portrait-wise and swaps it for "L".
	p.f.AddPageFormat(orient, fpdf.SizeType{Wd: min(w, h), Ht: max(w, h)})
}

func (p *pdfCanvas) output(w io.Writer) error {
	if err := p.f.Error(); err != nil {
		return fmt.Errorf("building PDF: %w", err)
	}
	return p.f.Output(w)
}

func (p *pdfCanvas) Tr(key string) string { return p.tr(key) }

func (p *pdfCanvas) Rect(b Box, c color.RGBA, lw, r float64) {
	p.f.SetDrawColor(int(c.R), int(c.G), int(c.B))
	p.f.SetLineWidth(lw)
	if r > 0 {
		p.f.RoundedRect(b.X, b.Y, b.W, b.H, r, "1234", "D")
		return
	}
	p.f.Rect(b.X, b.Y, b.W, b.H, "D")
}

func (p *pdfCanvas) FilledRect(b Box, c color.RGBA) {
	p.f.SetFillColor(int(c.R), int(c.G), int(c.B))
	p.f.Rect(b.X, b.Y, b.W, b.H, "F")
}

func (p *pdfCanvas) Line(x1, y1, x2, y2, lw float64, c color.RGBA) {
	p.f.SetDrawColor(int(c.R), int(c.G), int(c.B))
	p.f.SetLineWidth(lw)
	p.f.Line(x1, y1, x2, y2)
}

func (p *pdfCanvas) Text(b Box, s string, st TextStyle) {
	ft := fitText(s, b.W, b.H, st)
	if len(ft.Lines) == 0 {
		return
	}
	style := ""
	if st.Bold {
		style = "B"
	}
	p.f.SetFont("Helvetica", style, ft.Size)
	c := textColor(st)
	p.f.SetTextColor(int(c.R), int(c.G), int(c.B))
	for i, line := range ft.Lines {
		x, y := linePos(b, ft, i, textWidth(line, ft.Size, st.Bold), st)
		p.f.Text(x, y, cp1252(line))
	}
}

func (p *pdfCanvas) Image(b Box, img image.Image) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		p.f.SetError(err)
		return
	}
	p.images++
	name := fmt.Sprintf("img%d", p.images)
	opt := fpdf.ImageOptions{ImageType: "PNG"}
	p.f.RegisterImageOptionsReader(name, opt, &buf)
	p.f.ImageOptions(name, b.X, b.Y, b.W, b.H, false, opt, 0, "")
}

func textColor(st TextStyle) color.RGBA {
	if st.Color.A == 0 {
		return Black
	}
	return st.Color
}

// linePos is the baseline start of line i of fitted text: the block is
// centred (or top-aligned) in the box and each line is aligned in it.
// Both backends use it, so lines sit at the same place in both outputs.
func linePos(b Box, ft fitted, i int, width float64, st TextStyle) (x, y float64) {
	lh := ft.lineHeight()
	top := b.Y
	if !st.Top {
		top += (b.H - lh*float64(len(ft.Lines))) / 2
	}
	// Centre the cap height (about 0.72 em in Helvetica and Go fonts) in the line.
	sizeMM := ft.Size * ptMM
	y = top + float64(i)*lh + lh/2 + 0.36*sizeMM
	switch st.Align {
	case Center:
		x = b.X + (b.W-width)/2
	case Right:
		x = b.X + b.W - width
	default:
		x = b.X
	}
	return x, y
}
