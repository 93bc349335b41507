package paper

// BoxLabel goes on an archive box: the box number big enough to read from
// a metre away across the shelves, plus what is inside and where it lives.
type BoxLabel struct {
	Code       string
	Number     string
	Unit       string
	ClassRange string
	Years      string
	Place      string
	QRMM       float64 // printed QR symbol size; below MinQRMM means MinQRMM
}

// Draw stacks the parts on tall labels (box spine, A4) and puts the QR
// beside them on wide ones (sheet and roll labels).
func (l BoxLabel) Draw(c Canvas, w, h float64) error {
	if h > 1.3*w {
		return l.drawTall(c, w, h)
	}
	return l.drawWide(c, w, h)
}

func (l BoxLabel) drawTall(c Canvas, w, h float64) error {
	m := 4.0
	inner := Box{m, m, w - 2*m, h - 2*m}
	rows := split(inner, 0.09, 0.04, 0.22, 0.02, 0.30, 0.05, 0.03, 0.07, 0.03, 0.07, 0.08)
	c.Text(rows[0], l.Unit, TextStyle{Size: 16, Bold: true, Align: Center})
	c.Text(rows[1], c.Tr(capBox), TextStyle{Size: 14, Align: Center, MaxLines: 1})
	c.Text(rows[2], l.Number, TextStyle{Size: 400, Bold: true, Align: Center, MaxLines: 1})
	side := min(rows[4].H, inner.W) * 0.9
	symbol := max(l.QRMM, side*0.7)
	side = min(side, qrSide(l.Code, symbol))
	if err := DrawQR(c, (w-side)/2, rows[4].Y+(rows[4].H-side)/2, side, l.Code); err != nil {
		return err
	}
	c.Text(rows[5], l.Code, TextStyle{Size: 16, Bold: true, Align: Center, MaxLines: 1})
	c.Text(rows[6], c.Tr(capClass), TextStyle{Size: 10, Align: Center, MaxLines: 1})
	c.Text(rows[7], l.ClassRange, TextStyle{Size: 24, Bold: true, Align: Center})
	c.Text(rows[8], c.Tr(capYears), TextStyle{Size: 10, Align: Center, MaxLines: 1})
	c.Text(rows[9], l.Years, TextStyle{Size: 24, Bold: true, Align: Center})
	c.Text(rows[10], l.Place, TextStyle{Size: 18, Bold: true, Align: Center})
	return nil
}

func (l BoxLabel) drawWide(c Canvas, w, h float64) error {
	k := scaleFor(h)
	m := 1.5 * k
	side := qrSide(l.Code, l.QRMM)
	if err := DrawQR(c, 0.5, (h-side)/2, side, l.Code); err != nil {
		return err
	}
	col := Box{side + 0.5, m, w - side - 0.5 - m, h - 2*m}
	rows := split(col, 0.5, 0.17, 0.17, 0.16)
	num := Box{rows[0].X, rows[0].Y, rows[0].W * 0.35, rows[0].H}
	c.Text(num, c.Tr(capBox), TextStyle{Size: 9 * k, MaxLines: 1})
	big := Box{num.X + num.W, rows[0].Y, rows[0].W - num.W, rows[0].H}
	c.Text(big, l.Number, TextStyle{Size: 200, Bold: true, Align: Right, MaxLines: 1})
	c.Text(rows[1], join(" · ", l.Code, l.Unit), TextStyle{Size: 8 * k, Bold: true, MaxLines: 1})
	c.Text(rows[2], join(" · ", l.ClassRange, l.Years), TextStyle{Size: 8 * k, MaxLines: 1})
	c.Text(rows[3], join(" ", c.Tr(capPlace), l.Place), TextStyle{Size: 8 * k, MaxLines: 1})
	return nil
}
