package storage

import (
	"testing"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

// A small factory for the records tests need: each maker saves a record
// with sensible defaults, changed by option funcs, and fails the test if
// the store refuses it. Tests say what matters to them and nothing else.

// berkasOpt changes a file before it is saved.
type berkasOpt func(*arsip.Berkas)

func withCode(code string) berkasOpt { return func(b *arsip.Berkas) { b.Code = code } }
func withKlasifikasi(kode string) berkasOpt {
	return func(b *arsip.Berkas) { b.KodeKlasifikasi = kode }
}
func withUraian(u string) berkasOpt { return func(b *arsip.Berkas) { b.Uraian = u } }
func closedIn(year int) berkasOpt   { return func(b *arsip.Berkas) { b.TahunSampai = year } }
func inBoks(id int64) berkasOpt     { return func(b *arsip.Berkas) { b.BoksID = id } }
func atPlace(id int64) berkasOpt    { return func(b *arsip.Berkas) { b.PlaceID = id } }

// newBerkas saves a file: by default a 2024 file of 000.1.5 (rapat
// pimpinan, seeded JRA) of the Bagian Tata Usaha, with an allocated code.
func newBerkas(t *testing.T, s *Store, opts ...berkasOpt) arsip.Berkas {
	t.Helper()
	b := arsip.Berkas{KodeKlasifikasi: "000.1.5", Uraian: "Notulen rapat pimpinan", TahunSampai: 2024,
		UnitPengolah: "Bagian Tata Usaha"}
	for _, o := range opts {
		o(&b)
	}
	if err := s.CreateBerkas(ctx, &b); err != nil {
		t.Fatalf("create berkas %q: %v", b.Uraian, err)
	}
	return b
}

// newPlace saves a place of kind named name under parent (0: top level).
func newPlace(t *testing.T, s *Store, kind model.PlaceKind, name string, parent int64, opts ...func(*model.Place)) model.Place {
	t.Helper()
	p := model.Place{Kind: kind, Name: name, ParentID: parent}
	for _, o := range opts {
		o(&p)
	}
	if err := s.CreatePlace(ctx, &p); err != nil {
		t.Fatalf("create place %q: %v", name, err)
	}
	return p
}

// newBoks saves box nomor in place (0: none), with an allocated code
// unless an option gives one.
func newBoks(t *testing.T, s *Store, nomor string, place int64, opts ...func(*arsip.Boks)) arsip.Boks {
	t.Helper()
	b := arsip.Boks{Nomor: nomor, PlaceID: place}
	for _, o := range opts {
		o(&b)
	}
	if err := s.CreateBoks(ctx, &b); err != nil {
		t.Fatalf("create boks %q: %v", nomor, err)
	}
	return b
}

// newLoan lends a file to Andi from day, due a week later.
func newLoan(t *testing.T, s *Store, berkasID int64, day time.Time, opts ...func(*arsip.Peminjaman)) arsip.Peminjaman {
	t.Helper()
	p := arsip.Peminjaman{BerkasID: berkasID, Borrower: "Andi", Unit: "Bagian Umum", Tanggal: day, Due: day.AddDate(0, 0, 7)}
	for _, o := range opts {
		o(&p)
	}
	if err := s.LendArsip(ctx, &p); err != nil {
		t.Fatalf("lend berkas %d: %v", berkasID, err)
	}
	return p
}
