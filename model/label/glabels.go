package label

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// gLabels 3 template files: a <Glabels-templates> root holding <Template>
// elements. Lengths carry a unit suffix (pt, mm, cm, in, pc); a bare number
// is in points, gLabels' default unit. Only rectangular labels are
// imported; round and CD labels are skipped, since Rapi's designs are
// rectangular.

type glFile struct {
	Templates []glTemplate `xml:"Template"`
}

type glTemplate struct {
	Brand       string   `xml:"brand,attr"`
	Part        string   `xml:"part,attr"`
	Size        string   `xml:"size,attr"`
	Width       string   `xml:"width,attr"`
	Height      string   `xml:"height,attr"`
	Description string   `xml:"description,attr"`
	Desc        string   `xml:"_description,attr"` // translatable form
	Equiv       string   `xml:"equiv,attr"`
	Rects       []glRect `xml:"Label-rectangle"`
}

type glRect struct {
	Width   string     `xml:"width,attr"`
	Height  string     `xml:"height,attr"`
	Round   string     `xml:"round,attr"`
	Layouts []glLayout `xml:"Layout"`
}

type glLayout struct {
	NX string `xml:"nx,attr"`
	NY string `xml:"ny,attr"`
	X0 string `xml:"x0,attr"`
	Y0 string `xml:"y0,attr"`
	DX string `xml:"dx,attr"`
	DY string `xml:"dy,attr"`
}

// ErrNoTemplates means the file held no rectangular label template.
var ErrNoTemplates = errors.New("no rectangular label templates found")

// ParseGLabels reads a gLabels 3 template file and returns its rectangular
// templates, in file order, each validated. A template that is only an
// "equiv" of another takes that one's geometry under its own name.
func ParseGLabels(r io.Reader) ([]Template, error) {
	var f glFile
	if err := xml.NewDecoder(r).Decode(&f); err != nil {
		return nil, fmt.Errorf("reading gLabels templates: %w", err)
	}
	byPart := map[string]Template{}
	var out []Template
	for _, g := range f.Templates {
		t, ok, err := g.convert(byPart)
		if err != nil {
			return nil, fmt.Errorf("gLabels template %s %s: %w", g.Brand, g.Part, err)
		}
		if !ok {
			continue
		}
		byPart[g.Brand+"\x00"+g.Part] = t
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, ErrNoTemplates
	}
	return out, nil
}

// convert returns ok=false for templates Rapi cannot use (not rectangular,
// or an equiv of one of those).
func (g glTemplate) convert(known map[string]Template) (Template, bool, error) {
	name := strings.TrimSpace(g.Brand + " " + g.Part)
	note := g.Description
	if note == "" {
		note = g.Desc
	}
	if g.Equiv != "" {
		t, ok := known[g.Brand+"\x00"+g.Equiv]
		t.Name = name
		return t, ok, nil
	}
	if len(g.Rects) == 0 || len(g.Rects[0].Layouts) == 0 {
		return Template{}, false, nil
	}
	t := Template{Name: name, Note: note}
	p := &glParser{}
	g.page(&t, p)
	g.Rects[0].apply(&t, p)
	if p.err != nil {
		return Template{}, false, p.err
	}
	if err := t.Validate(); err != nil {
		return Template{}, false, err
	}
	return t, true, nil
}

// page sets the paper. gLabels sizes not named by Rapi become custom pages
// of the right size.
func (g glTemplate) page(t *Template, p *glParser) {
	switch strings.ToLower(g.Size) {
	case "a4":
		t.Paper, t.PageWidth, t.PageHeight = PaperA4, 210, 297
	case "us-letter", "letter":
		t.Paper, t.PageWidth, t.PageHeight = PaperLetter, 215.9, 279.4
	case "f4", "folio":
		t.Paper, t.PageWidth, t.PageHeight = PaperF4, 215, 330
	case "a5":
		t.Paper, t.PageWidth, t.PageHeight = PaperCustom, 148, 210
	case "us-legal", "legal":
		t.Paper, t.PageWidth, t.PageHeight = PaperCustom, 215.9, 355.6
	default:
		t.Paper = PaperCustom
		t.PageWidth, t.PageHeight = p.length("width", g.Width), p.length("height", g.Height)
	}
}

// apply takes the label size and the first layout. Templates with several
// layouts (mixed sheets) are rare; the first grid is the main one.
func (r glRect) apply(t *Template, p *glParser) {
	l := r.Layouts[0]
	t.LabelWidth = p.length("width", r.Width)
	t.LabelHeight = p.length("height", r.Height)
	if r.Round != "" {
		t.Radius = p.length("round", r.Round)
	}
	t.Columns, t.Rows = p.count("nx", l.NX), p.count("ny", l.NY)
	t.Left, t.Top = p.length("x0", l.X0), p.length("y0", l.Y0)
	t.HPitch, t.VPitch = p.optLength(l.DX, t.LabelWidth), p.optLength(l.DY, t.LabelHeight)
}

// glParser keeps the first error so the conversion reads straight through.
type glParser struct{ err error }

var unitMM = map[string]float64{
	"pt": 25.4 / 72, "mm": 1, "cm": 10, "in": 25.4, "pc": 25.4 / 6,
}

// length converts a gLabels length to mm, rounded to 0.01 mm.
func (p *glParser) length(attr, s string) float64 {
	v, err := ParseLength(s)
	if err != nil && p.err == nil {
		p.err = fmt.Errorf("%s: %w", attr, err)
	}
	return v
}

// optLength: pitch may be left out when there is a single row or column.
func (p *glParser) optLength(s string, def float64) float64 {
	if s == "" {
		return def
	}
	return p.length("pitch", s)
}

func (p *glParser) count(attr, s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil && p.err == nil {
		p.err = fmt.Errorf("%s %q: not a whole number", attr, s)
	}
	return n
}

// ParseLength converts a gLabels length such as "99.1mm", "0.5in" or "43"
// (points) to millimetres, rounded to a hundredth.
func ParseLength(s string) (float64, error) {
	s = strings.TrimSpace(s)
	factor := unitMM["pt"]
	for u, f := range unitMM {
		if strings.HasSuffix(s, u) {
			s, factor = strings.TrimSpace(strings.TrimSuffix(s, u)), f
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	mm := math.Round(v*factor*100) / 100
	// "NaN" and "Inf" parse as floats but are no length (found by fuzzing).
	if err != nil || math.IsNaN(mm) || math.IsInf(mm, 0) {
		return 0, fmt.Errorf("%q is not a length", s)
	}
	return mm, nil
}
