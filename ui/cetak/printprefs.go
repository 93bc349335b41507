package cetak

import (
	"math"

	"rapi/model/label"

	"fyne.io/fyne/v2"
)

// Per-PC printing preferences: each PC has its own printer, and each
// printer feeds paper a little off, so the offset is not shared through
// the database.
const (
	prefOffsetX  = "print.offset.x" // mm, + moves the print right
	prefOffsetY  = "print.offset.y" // mm, + moves the print down
	prefTemplate = "print.template" // name of the label template last used
	prefSource   = "print.source"   // the label kind last chosen in the queue
)

// Prefs are this PC's printing preferences.
type Prefs struct{ p fyne.Preferences }

// PrefsOf reads the printing preferences out of p.
func PrefsOf(p fyne.Preferences) Prefs { return Prefs{p} }

// maxOffset bounds the printer offset: a shift larger than this is a typo,
// not a printer.
const maxOffset = 20.0

// PrinterOffset is this PC's printer shift, applied to every label PDF.
func (p Prefs) PrinterOffset() label.Offset {
	return label.Offset{X: clampOffset(p.p.Float(prefOffsetX)), Y: clampOffset(p.p.Float(prefOffsetY))}
}

// SetPrinterOffset saves this PC's printer shift.
func (p Prefs) SetPrinterOffset(o label.Offset) {
	p.p.SetFloat(prefOffsetX, clampOffset(o.X))
	p.p.SetFloat(prefOffsetY, clampOffset(o.Y))
}

// LastTemplate is the label template this PC used last.
func (p Prefs) LastTemplate() string { return p.p.String(prefTemplate) }

// LastSource is the label kind (PrintSource.Kind) chosen last.
func (p Prefs) LastSource() string { return p.p.String(prefSource) }

// SetLastSource remembers the label kind chosen.
func (p Prefs) SetLastSource(kind string) { p.p.SetString(prefSource, kind) }

// SetLastTemplate remembers the label template used.
func (p Prefs) SetLastTemplate(name string) { p.p.SetString(prefTemplate, name) }

func clampOffset(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return min(max(v, -maxOffset), maxOffset)
}
