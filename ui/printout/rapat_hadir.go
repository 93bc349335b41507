package printout

import (
	"strconv"

	"rapi/model"
	"rapi/model/label"
	"rapi/model/rapat"
	"rapi/ui/paper"
)

// The attendance sheet (daftar hadir) and the name cards for the head
// table.

// hadirRowH is a daftar hadir row: room to sign in.
const (
	hadirRowH   = 10.0
	hadirMargin = 15.0
)

// daftarHadir is the attendance sheet on its own.
func daftarHadir(d RapatDoc, p label.Paper) (*flow, error) {
	f := newFlow(p, false)
	hadirPages(f, d, true)
	return f, nil
}

// hadirPages sets the daftar hadir from a new page: its head (with the
// letterhead on the first page when kop) on every page, one row per
// participant in invitation order, then d.Blank empty rows.
func hadirPages(f *flow, d RapatDoc, kop bool) {
	l := &d.Rapat
	first := f.sh.Pages() + 1
	x, w := f.x, f.w
	pw, _ := f.sh.Size()
	f.x, f.w = hadirMargin, pw-2*hadirMargin // a wide table: narrow margins
	defer func() { f.x, f.w, f.head = x, w, nil }()
	f.head = func(f *flow) {
		if kop && f.sh.Pages() == first {
			f.kop(d.Institution.Lines, d.Institution.Address)
		}
		formHead(f, "DAFTAR HADIR", &l.Rapat)
	}
	f.page()
	rekap := l.Rekap()
	recorded := rekap.Total() > 0
	cols := []col{{Header: "No", Width: 9, Align: paper.Center}, {Header: "Nama", Weight: 3}, {Header: "NIP", Width: 31},
		{Header: "Jabatan", Weight: 2}, {Header: "Instansi/Unit", Weight: 2}}
	if recorded {
		cols = append(cols, col{Header: "Jam Hadir", Width: 17, Align: paper.Center})
	}
	cols = append(cols, col{Header: "Tanda Tangan", Width: 40})
	var rows [][]string
	for i, p := range l.Peserta {
		r := []string{strconv.Itoa(i + 1), p.Nama, p.NIP, p.Jabatan, p.Instansi}
		if recorded {
			r = append(r, hadirJam(p))
		}
		rows = append(rows, append(r, ""))
	}
	for range max(d.Blank, 0) {
		rows = append(rows, make([]string, len(cols)))
		rows[len(rows)-1][0] = strconv.Itoa(len(rows))
	}
	sign := len(cols) - 1
	f.table(table{Cols: cols, Rows: rows, MinH: hadirRowH, Size: 8,
		Draw: func(c paper.Canvas, b paper.Box, row, ci int) bool {
			if ci != sign {
				return false
			}
			signBox(c, b, row+1)
			return true
		}})
	if recorded {
		f.gap(3)
		f.text("Diundang "+strconv.Itoa(rekap.Diundang)+" orang, hadir "+strconv.Itoa(rekap.Hadir)+", tidak hadir "+
			strconv.Itoa(rekap.Absen)+", hadir tanpa undangan "+strconv.Itoa(rekap.WalkIn)+".", txt{size: 9})
	}
}

// hadirJam is the check-in time, marked when the person came uninvited.
func hadirJam(p rapat.Peserta) string {
	if !p.Present() {
		return "-"
	}
	if p.WalkIn {
		return rapat.FormatJam(p.Hadir) + " *"
	}
	return rapat.FormatJam(p.Hadir)
}

// signBox is the signature cell: number n in the left half for odd
// numbers, the right half for even ones, so neighbours' signatures do
// not run into each other.
func signBox(c paper.Canvas, b paper.Box, n int) {
	half := b.W / 2
	x := b.X
	if n%2 == 0 {
		x += half
	}
	lh := paper.LineHeight(8)
	c.Text(paper.Box{X: x + tablePad, Y: b.Y + tablePad, W: half - 2*tablePad, H: lh + 0.01}, strconv.Itoa(n)+".",
		paper.TextStyle{Size: 8, MinSize: 8, MaxLines: 1})
	c.Line(x+2, b.Y+b.H-2, x+half-2, b.Y+b.H-2, 0.1, paper.Grey)
}

// papanNama is one tent card per invitee at the head table: A4
// landscape folded across the middle, the name and jabatan on both
// halves, the top one upside down so the card reads from both sides.
func papanNama(d RapatDoc, p label.Paper) (*flow, error) {
	var head []rapat.Peserta
	for _, x := range d.Rapat.Peserta {
		if x.MejaUtama {
			head = append(head, x)
		}
	}
	if len(head) == 0 {
		return nil, model.Invalid("meja_utama", "", "error.rapat_paper_no_head_table")
	}
	f := newFlow(p, true)
	w, h := f.sh.Size()
	for _, x := range head {
		c := f.sh.AddPage()
		half := paper.Box{X: 0, Y: h / 2, W: w, H: h / 2}
		nameCard(c, half, x)
		f.sh.Upside(paper.Box{X: 0, Y: 0, W: w, H: h / 2}, func(c paper.Canvas) {
			nameCard(c, paper.Box{X: 0, Y: 0, W: w, H: h / 2}, x)
		})
		for fx := 10.0; fx < w-10; fx += 6 { // the fold, dashed
			c.Line(fx, h/2, fx+3, h/2, 0.2, paper.Grey)
		}
	}
	return f, nil
}

// nameCard is one half of a tent card: the name large, the jabatan under it.
func nameCard(c paper.Canvas, b paper.Box, p rapat.Peserta) {
	in := b.Inset(15)
	name := paper.Box{X: in.X, Y: in.Y + in.H*0.15, W: in.W, H: in.H * 0.5}
	c.Text(name, p.Nama, paper.TextStyle{Size: 54, MinSize: 18, Bold: true, Align: paper.Center, MaxLines: 2})
	if p.Jabatan != "" {
		jab := paper.Box{X: in.X, Y: name.Y + name.H, W: in.W, H: in.H * 0.3}
		c.Text(jab, p.Jabatan, paper.TextStyle{Size: 24, MinSize: 12, Align: paper.Center, MaxLines: 2})
	}
}
