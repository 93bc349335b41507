package printout

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"rapi/model"
	"rapi/model/label"
	"rapi/model/rapat"
	"rapi/ui/paper"
)

// The invitation (undangan) in the layout of the Tata Naskah Dinas of
// regional government: letterhead, place and date, Nomor/Sifat/Lampiran/
// Hal, "Yth." with "di –", the body with hari/tanggal, pukul, tempat and
// acara, the closing, the signature block and the tembusan.

const blankNomor = "......................................"

// undangan is one letter per invitee, or one letter with the Daftar
// Undangan attached.
func undangan(d RapatDoc, p label.Paper) (*flow, error) {
	invited := d.Rapat.Invited()
	if d.PerPeserta && len(invited) == 0 {
		return nil, model.Invalid("daftar_undangan", "", "error.rapat_paper_no_invitees")
	}
	date := d.Tanggal
	if date.IsZero() {
		date = time.Now()
	}
	f := newFlow(p, false)
	if !d.PerPeserta {
		letter(f, d, date, nil)
		if len(invited) > 0 {
			daftarUndangan(f, d, date, invited)
		}
		return f, nil
	}
	for i := range invited {
		letter(f, d, date, &invited[i])
	}
	return f, nil
}

// letter sets one invitation on a new page, addressed to to (nil: the
// invitees on the attached list).
func letter(f *flow, d RapatDoc, date time.Time, to *rapat.Peserta) {
	r := &d.Rapat.Rapat
	s := r.Surat
	f.page()
	f.kop(d.Institution.Lines, d.Institution.Address)
	f.text(kotaOf(d)+", "+model.FormatDate(date), txt{align: paper.Right})
	f.gap(4)
	lampiran := s.Lampiran
	if lampiran == "" && to == nil && len(d.Rapat.Invited()) > 0 {
		lampiran = "1 (satu) berkas"
	}
	hal := s.Hal
	if hal == "" {
		hal = "Undangan"
	}
	f.fields([]field{{"Nomor", orBlank(s.Nomor)}, {"Sifat", dash(s.Sifat)}, {"Lampiran", dash(lampiran)}, {"Hal", hal}}, 0, 20, txt{})
	f.gap(6)
	yth, where := "Yth. Bapak/Ibu Undangan (daftar terlampir)", "Tempat"
	if to != nil {
		yth = "Yth. Bapak/Ibu " + to.Nama
		if to.Jabatan != "" {
			yth += "\n" + to.Jabatan
		}
		if to.Instansi != "" {
			where = to.Instansi
		}
	}
	f.text(yth, txt{})
	f.text("di –", txt{})
	f.text(where, txt{indent: 8})
	f.gap(6)
	f.text("Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri acara yang akan dilaksanakan pada:", txt{indent: 10})
	f.gap(2)
	f.fields([]field{{"hari/tanggal", r.HariTanggal()}, {"pukul", pukul(r)}, {"tempat", dash(r.Tempat)}, {"acara", r.Acara}},
		10, 28, txt{})
	f.gap(2)
	f.text("Mengingat pentingnya acara tersebut, kami mohon Bapak/Ibu hadir tepat waktu. Demikian undangan ini kami "+
		"sampaikan, atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.", txt{indent: 10})
	f.gap(8)
	sigs := []paper.Signature{{}, penanda(s.Penanda, "")}
	f.need(paper.SignaturesHeight(sigs))
	if to != nil && d.QR && to.Code != "" {
		checkInQR(f, to.Code)
	}
	f.signatures(sigs)
	tembusan(f, s.Tembusan)
}

// checkInQR draws the invitee's check-in code on the left of the
// signature block: the clerk at the door scans it.
func checkInQR(f *flow, code string) {
	q, err := paper.NewQR(code)
	if err != nil {
		return // a code that does not encode is left for the clerk to type
	}
	side := q.Side(22)
	q.Draw(f.c, f.x, f.y, side)
	st := paper.TextStyle{Size: 9, MinSize: 7, MaxLines: 1}
	lh := paper.LineHeight(9)
	f.c.Text(paper.Box{X: f.x, Y: f.y + side, W: f.w / 2, H: lh}, "Kode registrasi: "+code, st)
	f.c.Text(paper.Box{X: f.x, Y: f.y + side + lh, W: f.w / 2, H: lh}, "Tunjukkan saat daftar hadir", st)
}

func tembusan(f *flow, list []string) {
	if len(list) == 0 {
		return
	}
	f.gap(6)
	f.text("Tembusan:", txt{size: 10})
	for i, t := range list {
		f.item(strconv.Itoa(i+1)+".", t, 0)
	}
}

// daftarUndangan is the distribution list attached to the one letter.
func daftarUndangan(f *flow, d RapatDoc, date time.Time, invited []rapat.Peserta) {
	f.page()
	f.text("Lampiran Surat", txt{size: 10, indent: f.w * 0.5})
	f.fields([]field{{"Nomor", orBlank(d.Rapat.Rapat.Surat.Nomor)}, {"Tanggal", model.FormatDate(date)}}, f.w*0.5, 16, txt{size: 10})
	f.gap(6)
	f.text("DAFTAR UNDANGAN", txt{size: 12, bold: true, align: paper.Center})
	f.text(d.Rapat.Rapat.Acara, txt{size: 10, align: paper.Center})
	f.gap(4)
	rows := make([][]string, len(invited))
	for i, p := range invited {
		rows[i] = []string{strconv.Itoa(i + 1), p.Nama, p.Jabatan, p.Instansi}
	}
	f.table(table{Cols: []col{{Header: "No", Width: 10, Align: paper.Center}, {Header: "Nama", Weight: 3},
		{Header: "Jabatan", Weight: 3}, {Header: "Instansi/Unit", Weight: 2}}, Rows: rows})
}

// pukul is the time on an invitation: "08.00 WIB s.d. 10.00 WIB", or
// "08.00 WIB s.d. selesai" when no end is set.
func pukul(r *rapat.Rapat) string {
	end := "selesai"
	if !r.Selesai.IsZero() {
		end = rapat.FormatJam(r.Selesai) + " " + string(r.Zona)
	}
	return rapat.FormatJam(r.Mulai) + " " + string(r.Zona) + " s.d. " + end
}

func orBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return blankNomor
	}
	return s
}

// kotaOf is the place a letter is dated at: as given, or the town at the
// end of the institution's address ("Jl. Brigjen KH Syam'un No. 5,
// Serang 42118" gives "Serang").
func kotaOf(d RapatDoc) string {
	if d.Kota != "" {
		return d.Kota
	}
	parts := strings.Split(d.Institution.Address, ",")
	town := strings.TrimFunc(parts[len(parts)-1], func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) || r == '-' })
	if town == "" {
		return "................"
	}
	return town
}
