package paper

import (
	"fmt"
	"image"
	"io"

	"rapi/model/label"
)

// The printer test page outlines every label of the template (with the
// printer offset applied) and prints a 100 mm ruler, so a clerk can hold
// it against a label sheet, see the shift, and measure the printer's
// scale. On a roll it is one page with the single label.

// RenderTestPagePDF writes the test page as a one-page PDF.
func RenderTestPagePDF(w io.Writer, t label.Template, offset label.Offset, translate func(string) string) error {
	if err := t.Validate(); err != nil {
		return fmt.Errorf("label template %q: %w", t.Name, err)
	}
	pw, ph := t.PageSize()
	pdf := newPDF(pw, ph, translator(translate))
	pdf.addPage(pw, ph)
	drawTestPage(pdf, t, offset)
	return pdf.output(w)
}

// RenderTestPageImage draws the same test page at dpi.
func RenderTestPageImage(t label.Template, offset label.Offset, dpi float64, translate func(string) string) (*image.RGBA, error) {
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("label template %q: %w", t.Name, err)
	}
	pw, ph := t.PageSize()
	r := newRaster(pw, ph, dpi, translator(translate))
	drawTestPage(r, t, offset)
	return r.img, nil
}

func drawTestPage(c Canvas, t label.Template, offset label.Offset) {
	for _, s := range label.Slots(t, offset) {
		b := Box{s.X, s.Y, t.LabelWidth, t.LabelHeight}
		c.Rect(b, Black, 0.2, t.Radius)
		c.Text(b.Inset(2), fmt.Sprint(s.Slot+1), TextStyle{Size: 14, Align: Center, MaxLines: 1, Color: Grey})
	}
	pw, ph := t.PageSize()
	if t.Paper == label.PaperRoll {
		drawRuler(c, 2, ph/2, pw-4)
		return
	}
	c.Text(Box{5, 1, pw - 10, 5}, c.Tr(capTestTitle)+": "+t.Name, TextStyle{Size: 10, Bold: true, MaxLines: 1})
	c.Text(Box{5, ph - 7, pw - 10, 6}, c.Tr(capTestHint), TextStyle{Size: 7, MaxLines: 2})
	drawRuler(c, (pw-100)/2, ph-9, 100)
}

// drawRuler draws a horizontal ruler of length mm (at most 100) with a
// tick every mm, longer every 5 and 10 mm.
func drawRuler(c Canvas, x, y, length float64) {
	length = min(length, 100)
	c.Line(x, y, x+length, y, 0.2, Black)
	for i := 0; i <= int(length); i++ {
		tick := 1.0
		switch {
		case i%10 == 0:
			tick = 3
		case i%5 == 0:
			tick = 2
		}
		c.Line(x+float64(i), y, x+float64(i), y-tick, 0.15, Black)
	}
}
