package paper

// AsetLabel is the sticker on an asset: the institution, the kode lokasi
// above the kode barang + register, the year, and the QR of the asset's
// label code, so a sensus scan finds it. Room door labels are
// PlaceLabels (room name + QR of its code).
type AsetLabel struct {
	Code        string // A-000123, the QR's payload
	Institution string // "PEMPROV BANTEN · BIRO UMUM"
	KodeLokasi  string
	Nomor       string // "1.3.2.05.01.05.043 / 0007"
	Nama        string
	Tahun       string
	QRMM        float64 // printed QR symbol size; below MinQRMM means MinQRMM
}

// Draw puts the QR on the left (never below MinQRMM, so a 50x30 roll
// still scans) and the words on the right, the number in bold.
func (l AsetLabel) Draw(c Canvas, w, h float64) error {
	k := scaleFor(min(h, w*0.6))
	m := 1.2 * k
	side := min(qrSide(l.Code, l.QRMM), max(min(h, w*0.5), qrSide(l.Code, MinQRMM)))
	if err := DrawQR(c, 0.5, (h-side)/2, side, l.Code); err != nil {
		return err
	}
	col := Box{side + 0.5, m, w - side - 0.5 - m, min(h-2*m, side*1.4)}
	col.Y = (h - col.H) / 2
	rows := split(col, 0.2, 0.16, 0.26, 0.22, 0.16)
	c.Text(rows[0], l.Institution, TextStyle{Size: 6 * k, MinSize: 3.5, Bold: true, MaxLines: 2})
	c.Text(rows[1], l.KodeLokasi, TextStyle{Size: 6.5 * k, MinSize: 3.5, MaxLines: 1})
	c.Text(rows[2], l.Nomor, TextStyle{Size: 8 * k, MinSize: 4, Bold: true, MaxLines: 2})
	c.Text(rows[3], l.Nama, TextStyle{Size: 6.5 * k, MinSize: 3.5, MaxLines: 2})
	c.Text(rows[4], join(" · ", l.Tahun, l.Code), TextStyle{Size: 6 * k, MinSize: 3.5, MaxLines: 1})
	return nil
}
