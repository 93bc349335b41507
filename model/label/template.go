package label

import (
	"math"
	"strconv"

	"rapi/model"
)

// Paper names a page size. Sheets use a standard size or PaperCustom;
// PaperRoll means one label per page, the page being the label itself,
// which is how thermal label printers take their jobs.
type Paper string

// Page sizes offered to the clerk.
const (
	PaperA4     Paper = "A4"
	PaperF4     Paper = "F4" // Folio, common in Indonesian offices
	PaperLetter Paper = "Letter"
	PaperCustom Paper = "custom"
	PaperRoll   Paper = "roll"
)

// PaperSize returns the width and height in mm of a named paper, and false
// for custom and roll, whose size comes from the template itself.
func PaperSize(p Paper) (w, h float64, ok bool) {
	switch p {
	case PaperA4:
		return 210, 297, true
	case PaperF4:
		return 215, 330, true
	case PaperLetter:
		return 215.9, 279.4, true
	}
	return 0, 0, false
}

// Template is one kind of label sheet or roll. All lengths are mm. Left and
// Top locate the top-left corner of the first label; HPitch and VPitch are
// the distances from one label's left (top) edge to the next one's.
type Template struct {
	Name        string
	Note        string
	Paper       Paper
	PageWidth   float64 // ignored for roll
	PageHeight  float64 // ignored for roll
	LabelWidth  float64
	LabelHeight float64
	Radius      float64 // corner radius, for outlines on test pages
	Columns     int
	Rows        int
	Left        float64
	Top         float64
	HPitch      float64
	VPitch      float64
}

// PageSize is the size of one printed page: the label itself on a roll,
// the standard size for a named paper (so stale numbers saved with a
// template cannot disagree with the paper), the template's own otherwise.
func (t Template) PageSize() (w, h float64) {
	if t.Paper == PaperRoll {
		return t.LabelWidth, t.LabelHeight
	}
	if w, h, ok := PaperSize(t.Paper); ok {
		return w, h
	}
	return t.PageWidth, t.PageHeight
}

// PerPage is how many labels one page holds.
func (t Template) PerPage() int {
	if t.Paper == PaperRoll {
		return 1
	}
	return t.Columns * t.Rows
}

// Reason keys (translation keys) used by Validate.
const (
	ReasonRequired   = "label.error.required"
	ReasonPositive   = "label.error.positive"
	ReasonNegative   = "label.error.negative"
	ReasonPaper      = "label.error.paper"
	ReasonPitchSmall = "label.error.pitch_small"
	ReasonTooWide    = "label.error.too_wide"
	ReasonTooTall    = "label.error.too_tall"
	ReasonRadius     = "label.error.radius"
)

// tolerance absorbs rounding in measured values (a tenth of a millimetre
// is below what a clerk can measure on a sheet).
const tolerance = 0.1

// Validate reports the first field that makes the template unusable, as a
// *model.InvalidError naming the field.
func (t Template) Validate() error {
	checks := []func() error{t.checkName, t.checkPaper, t.checkLabel, t.checkGrid, t.checkFit}
	for _, c := range checks {
		if err := c(); err != nil {
			return err
		}
	}
	return nil
}

func (t Template) checkName() error {
	if t.Name == "" {
		return model.Invalid("Name", "", ReasonRequired)
	}
	return nil
}

func (t Template) checkPaper() error {
	switch t.Paper {
	case PaperA4, PaperF4, PaperLetter, PaperRoll:
		return nil
	case PaperCustom:
		if err := positive("PageWidth", t.PageWidth); err != nil {
			return err
		}
		return positive("PageHeight", t.PageHeight)
	}
	return model.Invalid("Paper", string(t.Paper), ReasonPaper)
}

func (t Template) checkLabel() error {
	if err := positive("LabelWidth", t.LabelWidth); err != nil {
		return err
	}
	if err := positive("LabelHeight", t.LabelHeight); err != nil {
		return err
	}
	if t.Radius < 0 || t.Radius > math.Min(t.LabelWidth, t.LabelHeight)/2 {
		return model.Invalid("Radius", mm(t.Radius), ReasonRadius)
	}
	return nil
}

func (t Template) checkGrid() error {
	if t.Paper == PaperRoll {
		return nil
	}
	if t.Columns < 1 {
		return model.Invalid("Columns", strconv.Itoa(t.Columns), ReasonPositive)
	}
	if t.Rows < 1 {
		return model.Invalid("Rows", strconv.Itoa(t.Rows), ReasonPositive)
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"Left", t.Left}, {"Top", t.Top}} {
		if f.v < 0 {
			return model.Invalid(f.name, mm(f.v), ReasonNegative)
		}
	}
	if t.Columns > 1 && t.HPitch < t.LabelWidth-tolerance {
		return model.Invalid("HPitch", mm(t.HPitch), ReasonPitchSmall)
	}
	if t.Rows > 1 && t.VPitch < t.LabelHeight-tolerance {
		return model.Invalid("VPitch", mm(t.VPitch), ReasonPitchSmall)
	}
	return nil
}

// checkFit refuses a grid that runs off the page: it would print labels
// the printer cannot reach.
func (t Template) checkFit() error {
	if t.Paper == PaperRoll {
		return nil
	}
	pw, ph := t.PageSize()
	right := t.Left + float64(t.Columns-1)*t.HPitch + t.LabelWidth
	if right > pw+tolerance {
		return model.Invalid("Columns", strconv.Itoa(t.Columns), ReasonTooWide)
	}
	bottom := t.Top + float64(t.Rows-1)*t.VPitch + t.LabelHeight
	if bottom > ph+tolerance {
		return model.Invalid("Rows", strconv.Itoa(t.Rows), ReasonTooTall)
	}
	return nil
}

func positive(field string, v float64) error {
	if v <= 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return model.Invalid(field, mm(v), ReasonPositive)
	}
	return nil
}

func mm(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
