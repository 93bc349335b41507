package storage

import (
	"context"
	"fmt"
	"io"

	"rapi/model/rapat"
	"rapi/storage/sheet"
)

// hadirColumns are the attendance list's columns, as the daftar hadir
// prints them, with when each came.
var hadirColumns = []sheet.ExportColumn{{Header: "No", Kind: sheet.Int}, {Header: "Nama"}, {Header: "NIP", Kind: sheet.Code},
	{Header: "Jabatan"}, {Header: "Instansi"}, {Header: "Hadir pukul"}, {Header: "Keterangan"}}

// ExportHadir writes a meeting's attendance as an xlsx workbook: the
// institution's lines, the meeting (acara, hari/tanggal, waktu, tempat)
// and the rekap (invited, present, absent, walk-ins) on top, then every
// participant in invitation order with the time they checked in. It
// returns the number of participants written.
func (s *Store) ExportHadir(ctx context.Context, w io.Writer, rapatID int64) (int, error) {
	inst, err := s.Institution(ctx)
	if err != nil {
		return 0, err
	}
	l, err := s.RapatLengkap(ctx, rapatID)
	if err != nil {
		return 0, err
	}
	r, rek := l.Rapat, l.Rekap()
	titles := append(append([]string(nil), inst.Lines...), "DAFTAR HADIR",
		"Acara: "+r.Acara, "Hari/Tanggal: "+r.HariTanggal(), "Waktu: "+r.Waktu(), "Tempat: "+r.Tempat,
		fmt.Sprintf("Diundang: %d · Hadir: %d · Tidak hadir: %d · Tanpa undangan: %d", rek.Diundang, rek.Hadir, rek.Absen, rek.WalkIn))
	spec := sheet.ExportSpec{SheetName: "Daftar Hadir", Titles: titles, Columns: hadirColumns}
	return sheet.Export(w, spec, func(yield func([]any, error) bool) {
		for i, p := range l.Peserta {
			if !yield(hadirCells(i+1, p), nil) {
				return
			}
		}
	})
}

func hadirCells(no int, p rapat.Peserta) []any {
	jam, ket := "", ""
	switch {
	case p.Present():
		jam = rapat.FormatJam(p.Hadir)
		if p.WalkIn {
			ket = "tanpa undangan"
		}
	default:
		ket = "tidak hadir"
	}
	return []any{no, p.Nama, p.NIP, p.Jabatan, p.Instansi, jam, ket}
}
