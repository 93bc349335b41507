package paper

// PlaceLabel marks a storage place (cabinet, drawer, shelf, room) so a
// scan finds what is kept there.
type PlaceLabel struct {
	Code string
	Name string
	QRMM float64 // printed QR symbol size; below MinQRMM means MinQRMM
}

// Draw puts the QR on the left and the name, large, on the right.
func (l PlaceLabel) Draw(c Canvas, w, h float64) error {
	k := scaleFor(h)
	m := 1.5 * k
	side := min(qrSide(l.Code, l.QRMM), max(h, qrSide(l.Code, MinQRMM)))
	if err := DrawQR(c, 0.5, (h-side)/2, side, l.Code); err != nil {
		return err
	}
	col := Box{side + 0.5, m, w - side - 0.5 - m, h - 2*m}
	rows := split(col, 0.3, 0.7)
	c.Text(rows[0], l.Code, TextStyle{Size: 11 * k, Bold: true, MaxLines: 1})
	c.Text(rows[1], l.Name, TextStyle{Size: 18 * k, MinSize: 7, Bold: true})
	return nil
}
