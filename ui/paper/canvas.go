package paper

import (
	"image"
	"image/color"
)

// Box is a rectangle in mm, X and Y at its top-left corner.
type Box struct {
	X, Y, W, H float64
}

// Inset shrinks a box by d mm on every side.
func (b Box) Inset(d float64) Box {
	return Box{b.X + d, b.Y + d, max(b.W-2*d, 0), max(b.H-2*d, 0)}
}

// Align is the horizontal alignment of text lines in their box.
type Align int

// Alignments.
const (
	Left Align = iota
	Center
	Right
)

// TextStyle says how to fit text into a box. Size is the preferred size
// in points; text that does not fit shrinks down to MinSize, wraps onto
// more lines (unless MaxLines is 1), and is finally cut with an ellipsis.
type TextStyle struct {
	Size     float64
	MinSize  float64 // 0 means 6 pt, or Size if smaller
	Bold     bool
	Align    Align
	Top      bool // align the block to the top of the box, not the middle
	MaxLines int  // 0 means as many as fit
	Color    color.RGBA
}

// Canvas is everything a label design may do. Coordinates are mm from the
// top-left corner of the current label.
type Canvas interface {
	// Rect outlines a box; radius rounds its corners (PDF only).
	Rect(b Box, c color.RGBA, lineWidth, radius float64)
	FilledRect(b Box, c color.RGBA)
	Line(x1, y1, x2, y2, lineWidth float64, c color.RGBA)
	Text(b Box, s string, st TextStyle)
	Image(b Box, img image.Image)
	// Tr translates a caption key (see captions.go).
	Tr(key string) string
}

// Drawer is one label design filled with one record's data. Draw paints
// it on a w x h mm label whose top-left corner is the canvas origin.
type Drawer interface {
	Draw(c Canvas, w, h float64) error
}

// Colours used by the designs.
var (
	Black = color.RGBA{0, 0, 0, 255}
	White = color.RGBA{255, 255, 255, 255}
	Grey  = color.RGBA{128, 128, 128, 255}
)

// shifted moves a canvas's origin to a label's corner, so designs never
// see page coordinates.
type shifted struct {
	Canvas
	dx, dy float64
}

func (s shifted) mv(b Box) Box { return Box{b.X + s.dx, b.Y + s.dy, b.W, b.H} }

func (s shifted) Rect(b Box, c color.RGBA, lw, r float64) { s.Canvas.Rect(s.mv(b), c, lw, r) }
func (s shifted) FilledRect(b Box, c color.RGBA)          { s.Canvas.FilledRect(s.mv(b), c) }
func (s shifted) Text(b Box, t string, st TextStyle)      { s.Canvas.Text(s.mv(b), t, st) }
func (s shifted) Image(b Box, img image.Image)            { s.Canvas.Image(s.mv(b), img) }
func (s shifted) Line(x1, y1, x2, y2, lw float64, c color.RGBA) {
	s.Canvas.Line(x1+s.dx, y1+s.dy, x2+s.dx, y2+s.dy, lw, c)
}
