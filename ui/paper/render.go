package paper

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"

	"rapi/model/label"
)

// Options for printing a batch of labels.
type Options struct {
	StartAt int          // 1-based first label on the first sheet (half-used sheets)
	Copies  int          // copies of each label, printed consecutively
	Offset  label.Offset // this printer's shift, mm
	// Outline draws each label's edge in light grey: for the preview, not
	// for printing on real label stock.
	Outline bool
	// Translate turns caption keys into text (lang.L); nil means Indonesian.
	Translate func(key string) string
}

var outlineGrey = color.RGBA{200, 200, 200, 255}

// placements validates the template and lays the batch out.
func placements(t label.Template, n int, opts Options) ([]label.Placement, error) {
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("label template %q: %w", t.Name, err)
	}
	return label.Positions(t, n, opts.StartAt, opts.Copies, opts.Offset), nil
}

// PageCount is how many pages printing these labels takes.
func PageCount(t label.Template, n int, opts Options) int {
	return label.Pages(label.Positions(t, n, opts.StartAt, opts.Copies, opts.Offset))
}

// drawOne paints one label at its placement.
func drawOne(c Canvas, t label.Template, d Drawer, p label.Placement, opts Options) error {
	sc := shifted{Canvas: c, dx: p.X, dy: p.Y}
	if opts.Outline {
		sc.Rect(Box{0, 0, t.LabelWidth, t.LabelHeight}, outlineGrey, 0.2, t.Radius)
	}
	if err := d.Draw(sc, t.LabelWidth, t.LabelHeight); err != nil {
		return fmt.Errorf("label %d: %w", p.Record+1, err)
	}
	return nil
}

// RenderLabelsPDF writes the labels as a PDF at exact scale, one page per
// sheet (or per label on a roll).
func RenderLabelsPDF(w io.Writer, t label.Template, labels []Drawer, opts Options) error {
	ps, err := placements(t, len(labels), opts)
	if err != nil {
		return err
	}
	pw, ph := t.PageSize()
	pdf := newPDF(pw, ph, translator(opts.Translate))
	page := -1
	for _, p := range ps {
		for page < p.Page {
			pdf.addPage(pw, ph)
			page++
		}
		if err := drawOne(pdf, t, labels[p.Record], p, opts); err != nil {
			return err
		}
	}
	if page < 0 {
		pdf.addPage(pw, ph) // an empty batch still gives a valid PDF
	}
	return pdf.output(w)
}

// RenderLabelsImage draws one page (0-based) of the batch at dpi, for the
// preview. It draws exactly what RenderLabelsPDF puts on that page.
func RenderLabelsImage(t label.Template, labels []Drawer, opts Options, page int, dpi float64) (*image.RGBA, error) {
	ps, err := placements(t, len(labels), opts)
	if err != nil {
		return nil, err
	}
	pw, ph := t.PageSize()
	r := newRaster(pw, ph, dpi, translator(opts.Translate))
	for _, p := range ps {
		if p.Page != page {
			continue
		}
		if err := drawOne(r, t, labels[p.Record], p, opts); err != nil {
			return nil, err
		}
	}
	return r.img, nil
}

// RenderLabelsPNG is RenderLabelsImage encoded as PNG.
func RenderLabelsPNG(w io.Writer, t label.Template, labels []Drawer, opts Options, page int, dpi float64) error {
	img, err := RenderLabelsImage(t, labels, opts, page, dpi)
	if err != nil {
		return err
	}
	return png.Encode(w, img)
}
