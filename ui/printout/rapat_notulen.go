package printout

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"rapi/model"
	"rapi/model/label"
	"rapi/model/rapat"
	"rapi/ui/paper"
)

// The run-down (susunan acara), the minutes (notulen) with the daftar
// hadir attached, and the preparation checklist carried on the day.

func susunanAcara(d RapatDoc, p label.Paper) (*flow, error) {
	r := &d.Rapat.Rapat
	f := newFlow(p, false)
	f.kop(d.Institution.Lines, d.Institution.Address)
	formHead(f, "SUSUNAN ACARA", r)
	var rows [][]string
	for i, s := range d.Rapat.Jadwal() {
		rows = append(rows, []string{strconv.Itoa(i + 1), s.Jam(), s.Uraian, s.Petugas})
	}
	f.table(table{Cols: []col{{Header: "No", Width: 9, Align: paper.Center},
		{Header: "Waktu (" + string(r.Zona) + ")", Width: 28, Align: paper.Center},
		{Header: "Uraian Acara", Weight: 3}, {Header: "Petugas", Weight: 2}}, Rows: rows, Size: 10})
	return f, nil
}

func notulen(d RapatDoc, p label.Paper) (*flow, error) {
	l := &d.Rapat
	r := &l.Rapat
	f := newFlow(p, false)
	f.kop(d.Institution.Lines, d.Institution.Address)
	formHead(f, "NOTULEN RAPAT", r, field{"Notulis", dash(r.Notulis)}, field{"Peserta", pesertaCount(l)})
	heading := func(s string) {
		f.gap(3)
		f.need(3 * paper.LineHeight(bodySize))
		f.text(s, txt{bold: true})
		f.gap(1)
	}
	heading("PEMBAHASAN")
	f.text(dash(l.Notulen.Pembahasan), txt{})
	heading("KEPUTUSAN/KESIMPULAN")
	dec := l.Notulen.KeputusanList()
	if len(dec) == 0 {
		f.text("-", txt{})
	}
	for i, k := range dec {
		f.item(strconv.Itoa(i+1)+".", k, 0)
	}
	heading("TINDAK LANJUT")
	tindakTable(f, l.Tindak, false)
	if len(l.Carried) > 0 {
		heading("TINDAK LANJUT RAPAT SEBELUMNYA YANG BELUM SELESAI")
		tindakTable(f, l.Carried, true)
	}
	f.gap(8)
	f.signatures([]paper.Signature{roleSignature(l, r.Pimpinan, "", "Pimpinan Rapat,"),
		roleSignature(l, r.Notulis, model.FormatDate(r.Mulai), "Notulis,")})
	hadirPages(f, d, false)
	return f, nil
}

// pesertaCount is who attended when attendance was taken, else who was
// invited.
func pesertaCount(l *rapat.Lengkap) string {
	rk := l.Rekap()
	if rk.Total() > 0 {
		return strconv.Itoa(rk.Total()) + " orang hadir dari " + strconv.Itoa(rk.Diundang) + " undangan (daftar hadir terlampir)"
	}
	return strconv.Itoa(rk.Diundang) + " orang diundang (daftar hadir terlampir)"
}

// roleSignature signs for a role of the meeting; the NIP and pangkat
// come from the invitee of that name when there is one.
func roleSignature(l *rapat.Lengkap, name, date, role string) paper.Signature {
	p, _ := pesertaByName(l, name)
	return penanda(rapat.Penanda{Jabatan: role, Nama: name, Pangkat: p.Pangkat, NIP: p.NIP}, date)
}

// tindakTable lists action items: what, who, by when and where they
// stand; carried ones name the meeting they were decided in.
func tindakTable(f *flow, list []rapat.TindakLanjut, carried bool) {
	if len(list) == 0 {
		f.text("-", txt{})
		return
	}
	cols := []col{{Header: "No", Width: 9, Align: paper.Center}, {Header: "Uraian", Weight: 3},
		{Header: "Penanggung Jawab", Weight: 2}, {Header: "Batas Waktu", Width: 30, Align: paper.Center},
		{Header: "Keterangan", Width: 28}}
	rows := make([][]string, len(list))
	for i, t := range list {
		what := t.Uraian
		if carried && t.RapatCode != "" {
			what += " (" + t.RapatCode + ")"
		}
		state := "Belum selesai"
		if !t.Open() {
			state = "Selesai " + model.FormatDateShort(t.Selesai)
		}
		rows[i] = []string{strconv.Itoa(i + 1), what, dash(t.PIC), dateOr(t.Batas), state}
	}
	f.table(table{Cols: cols, Rows: rows})
}

func dateOr(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return model.FormatDate(t)
}

// faseNames are the phase headings of the printed checklist.
var faseNames = map[rapat.Fase]string{rapat.FaseH7: "H-7", rapat.FaseH3: "H-3", rapat.FaseH1: "H-1",
	rapat.FaseH: "Hari H", rapat.FaseSetelah: "Setelah acara (H+1)"}

func checklist(d RapatDoc, p label.Paper) (*flow, error) {
	l := &d.Rapat
	r := &l.Rapat
	now := d.Now
	if now.IsZero() {
		now = time.Now()
	}
	pr := l.Progress(now)
	f := newFlow(p, false)
	formHead(f, "DAFTAR PERIKSA PERSIAPAN", r, field{"Peserta", strconv.Itoa(l.Expected()) + " orang diundang"},
		field{"Kemajuan", strconv.Itoa(pr.Done) + " dari " + strconv.Itoa(pr.Total) + " selesai, " +
			strconv.Itoa(pr.Late) + " terlambat"})
	items := slices.Clone(l.Checklist)
	slices.SortStableFunc(items, func(a, b rapat.Item) int {
		return cmp.Or(cmp.Compare(slices.Index(rapat.Fases, a.Fase), slices.Index(rapat.Fases, b.Fase)),
			cmp.Compare(a.Urutan, b.Urutan))
	})
	rows := make([][]string, len(items))
	for i, it := range items {
		due := model.FormatDateTime(it.Due(r.Mulai))
		if it.Late(r.Mulai, now) {
			due += " (terlambat)"
		}
		rows[i] = []string{strconv.Itoa(i + 1), "", it.Uraian, jumlah(&it, l.Expected()), it.Petugas, due, doneBy(&it)}
	}
	const tick = 1
	f.table(table{Cols: []col{{Header: "No", Width: 8, Align: paper.Center}, {Header: "Cek", Width: 9},
		{Header: "Uraian", Weight: 3}, {Header: "Jumlah", Width: 18, Align: paper.Center}, {Header: "Petugas", Weight: 2},
		{Header: "Batas Waktu", Width: 28, Align: paper.Center}, {Header: "Selesai (oleh)", Width: 36}},
		Rows: rows, MinH: 7,
		Group: func(i int) string {
			if i == 0 || items[i].Fase != items[i-1].Fase {
				return faseNames[items[i].Fase]
			}
			return ""
		},
		Draw: func(c paper.Canvas, b paper.Box, row, ci int) bool {
			if ci == tick {
				tickBox(c, b, items[row].Done())
			}
			return ci == tick
		}})
	return f, nil
}

// jumlah is the quantity to prepare: "35 kotak" for 30 invitees and 5
// spare.
func jumlah(it *rapat.Item, expected int) string {
	q := it.Kuantitas(expected)
	if q == 0 {
		return ""
	}
	return printJoin(" ", strconv.Itoa(q), it.Satuan)
}

// doneBy is who ticked the item and when.
func doneBy(it *rapat.Item) string {
	if !it.Done() {
		return ""
	}
	return printJoin("\n", it.SelesaiOleh, model.FormatDateTime(it.Selesai))
}

// tickBox is the square to tick by hand; done items are ticked already.
func tickBox(c paper.Canvas, b paper.Box, done bool) {
	const s = 4.0
	x, y := b.X+(b.W-s)/2, b.Y+(b.H-s)/2
	c.Rect(paper.Box{X: x, Y: y, W: s, H: s}, paper.Black, 0.3, 0)
	if done {
		c.Line(x+0.7, y+2.1, x+1.7, y+3.3, 0.5, paper.Black)
		c.Line(x+1.7, y+3.3, x+3.5, y+0.6, 0.5, paper.Black)
	}
}
