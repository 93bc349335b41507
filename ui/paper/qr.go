package paper

import (
	"fmt"

	qrcode "github.com/skip2/go-qrcode"
)

// quietModules is the white margin the QR standard asks for around the
// symbol; scanners miss codes printed without it against text or colour.
const quietModules = 4

// MinQRMM is the smallest printed QR symbol (without its quiet zone) that
// cheap USB scanners read reliably at arm's length.
const MinQRMM = 15.0

// qrModules returns the symbol for code, without quiet zone, as rows of
// dark (true) modules.
func qrModules(code string) ([][]bool, error) {
	q, err := qrcode.New(code, qrcode.Medium)
	if err != nil {
		return nil, fmt.Errorf("QR for %q: %w", code, err)
	}
	q.DisableBorder = true
	return q.Bitmap(), nil
}

// qrTotal is the side, in mm, of a QR whose symbol is symbolMM, quiet
// zone included, for a symbol of n modules.
func qrTotal(symbolMM float64, n int) float64 {
	return symbolMM * float64(n+2*quietModules) / float64(n)
}

// QR is an encoded code, ready to size and draw.
type QR struct {
	mods [][]bool
}

// NewQR encodes code (the payload is exactly the code, nothing added).
func NewQR(code string) (QR, error) {
	mods, err := qrModules(code)
	return QR{mods}, err
}

// Side is the side in mm, quiet zone included, for a symbol of symbolMM
// (never smaller than MinQRMM).
func (q QR) Side(symbolMM float64) float64 {
	if len(q.mods) == 0 {
		return 0
	}
	return qrTotal(max(symbolMM, MinQRMM), len(q.mods))
}

// DrawQR encodes code and draws it in a square of side mm at (x, y).
func DrawQR(c Canvas, x, y, side float64, code string) error {
	q, err := NewQR(code)
	if err != nil {
		return err
	}
	q.Draw(c, x, y, side)
	return nil
}

// Draw paints the QR in a square at (x, y) whose side, quiet zone
// included, is side mm. The quiet zone is painted white so a coloured band
// next to it cannot eat into it. Dark modules are drawn as horizontal runs:
// far fewer rectangles than one per module, and no seams inside a run.
func (q QR) Draw(c Canvas, x, y, side float64) {
	n := len(q.mods)
	m := side / float64(n+2*quietModules)
	c.FilledRect(Box{x, y, side, side}, White)
	ox, oy := x+quietModules*m, y+quietModules*m
	for row, line := range q.mods {
		for col := 0; col < n; {
			if !line[col] {
				col++
				continue
			}
			start := col
			for col < n && line[col] {
				col++
			}
			c.FilledRect(Box{ox + float64(start)*m, oy + float64(row)*m, float64(col-start) * m, m}, Black)
		}
	}
}

// qrSide is the side of the QR square (quiet zone included) for code with
// a symbol of symbolMM, not smaller than MinQRMM.
func qrSide(code string, symbolMM float64) float64 {
	q, err := NewQR(code)
	if err != nil {
		return 0
	}
	return q.Side(symbolMM)
}
