package paper

import (
	"image/color"
	"strings"
)

// FolderLabel is what goes on the tab of a folder (berkas): the code the
// scanner reads, the classification and the title a person reads, and the
// category colour clerks sort by.
type FolderLabel struct {
	Code           string
	ClassCode      string
	ClassName      string
	Number         string
	Title          string
	Years          string
	CategoryName   string
	CategoryColor  color.RGBA // zero: no band
	CategoryLetter string     // printed in the band, for black-and-white printers
	QRMM           float64    // printed QR symbol size; below MinQRMM means MinQRMM
}

// refHeight is the label height the type sizes are designed for (Avery
// L7163/L7160); other sizes scale from it.
const refHeight = 38.1

func scaleFor(h float64) float64 { return min(max(h/refHeight, 0.75), 3) }

// Draw lays the folder label out as: colour band | QR | text column.
func (l FolderLabel) Draw(c Canvas, w, h float64) error {
	k := scaleFor(h)
	m := 1.5 * k
	x := drawBand(c, w, h, l.CategoryColor, l.CategoryLetter)
	q, err := NewQR(l.Code)
	if err != nil {
		return err
	}
	side := q.Side(l.QRMM)
	q.Draw(c, x, (h-side)/2, side)
	tx := x + side
	col := Box{tx, m, w - tx - m, h - 2*m}
	drawFolderText(c, col, k, l)
	return nil
}

func drawFolderText(c Canvas, col Box, k float64, l FolderLabel) {
	rows := split(col, 0.22, 0.16, 0.46, 0.16)
	c.Text(rows[0], l.Code, TextStyle{Size: 11 * k, Bold: true, MaxLines: 1})
	c.Text(rows[1], join(" ", l.ClassCode, l.ClassName), TextStyle{Size: 7.5 * k, MaxLines: 1})
	c.Text(rows[2], l.Title, TextStyle{Size: 9.5 * k, MinSize: 5.5, Bold: true})
	number := ""
	if l.Number != "" {
		number = c.Tr(capNumber) + " " + l.Number
	}
	c.Text(rows[3], join(" · ", number, l.Years, l.CategoryName), TextStyle{Size: 7 * k, MaxLines: 1})
}

// drawBand paints the category colour down the left edge with the
// category letter in it, and returns where the rest of the label starts.
// The letter is what a black-and-white printer still shows.
func drawBand(c Canvas, w, h float64, col color.RGBA, letter string) float64 {
	if col.A == 0 && letter == "" {
		return 0
	}
	// Wide enough to see on a shelf, never more than a sixth of the label.
	bw := max(5, min(0.16*h, w/6))
	if col.A != 0 {
		c.FilledRect(Box{0, 0, bw, h}, col)
	}
	c.Rect(Box{0, 0, bw, h}, Black, 0.2, 0)
	ink := Black
	if dark(col) {
		ink = White
	}
	c.Text(Box{0, 0, bw, h}, letter, TextStyle{Size: 0.9 * bw / ptMM, Bold: true, Align: Center, MaxLines: 1, Color: ink})
	return bw
}

// dark tells whether white letters read better than black on col.
func dark(col color.RGBA) bool {
	if col.A == 0 {
		return false
	}
	lum := 0.299*float64(col.R) + 0.587*float64(col.G) + 0.114*float64(col.B)
	return lum < 140
}

// split cuts a box into rows whose heights are the given fractions.
func split(b Box, fracs ...float64) []Box {
	out := make([]Box, len(fracs))
	y := b.Y
	for i, f := range fracs {
		out[i] = Box{b.X, y, b.W, b.H * f}
		y += b.H * f
	}
	return out
}

// join joins the non-empty parts.
func join(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}
