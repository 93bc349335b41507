package storage

import (
	"testing"
	"time"

	"rapi/model"
	"rapi/model/aset"
)

// newRuang saves a building and a room in it and returns the room.
func newRuang(t *testing.T, s *Store, name string) model.Place {
	t.Helper()
	g := newPlace(t, s, model.PlaceGedung, "Gedung A "+name, 0)
	return newPlace(t, s, model.PlaceRuang, name, g.ID)
}

// newAset saves a chair (1.3.2.05.02.01.007 Kursi Rapat) in room, changed by opts.
func newAset(t *testing.T, s *Store, ruang int64, opts ...func(*aset.Aset)) aset.Aset {
	t.Helper()
	a := aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", Merk: "Chitose", Tahun: 2022, Harga: 750000, RuangID: ruang}
	for _, o := range opts {
		o(&a)
	}
	if err := s.CreateAset(ctx, &a); err != nil {
		t.Fatalf("create aset %q: %v", a.Nama, err)
	}
	return a
}

func TestAsetRegisterCountsPerKodeAndIsNeverReused(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	r := newRuang(t, s, "Ruang Rapat Lt.2")
	a1, a2 := newAset(t, s, r.ID), newAset(t, s, r.ID)
	pc := newAset(t, s, r.ID, func(a *aset.Aset) { a.KodeBarang, a.Nama = "1.3.2.10.01.02.001", "PC" })
	if a1.Register != 1 || a2.Register != 2 || pc.Register != 1 || a1.Code == "" || a1.Code == a2.Code {
		t.Fatalf("registers %d %d %d codes %s %s", a1.Register, a2.Register, pc.Register, a1.Code, a2.Code)
	}
	must(t, s.DeleteAset(ctx, a2.ID, a2.Version))
	a3 := newAset(t, s, r.ID)
	if a3.Register != 3 {
		t.Fatalf("after deleting 0002 the next chair got %04d, want 0003", a3.Register)
	}
	got, err := s.AsetByCode(ctx, a1.Code)
	if err != nil || got.ID != a1.ID || got.RuangPath != "Gedung A Ruang Rapat Lt.2 › Ruang Rapat Lt.2" {
		t.Fatalf("by code: %+v %v", got, err)
	}
	page, err := s.AsetList(ctx, AsetFilter{KIB: aset.KIBB, RuangID: r.ParentID}, Page{})
	if err != nil || page.Total != 3 || len(page.Rows) != 3 {
		t.Fatalf("list: %d %v", page.Total, err)
	}
}

func TestAsetIdenticalUnitsInOneStep(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	r := newRuang(t, s, "Aula")
	newAset(t, s, r.ID) // register 0001 taken before
	units, err := s.AddAsetUnits(ctx, aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat", Tahun: 2024, RuangID: r.ID}, 40)
	must(t, err)
	codes := map[string]bool{}
	for i, u := range units {
		if u.Register != i+2 || u.ID == 0 || codes[u.Code] {
			t.Fatalf("unit %d: register %d code %s", i, u.Register, u.Code)
		}
		codes[u.Code] = true
	}
	if n, _ := s.AsetCount(ctx, AsetFilter{RuangID: r.ID}); n != 41 {
		t.Fatalf("%d in the room", n)
	}
	// all or nothing: a unit count too large or a bad kode writes none
	if _, err := s.AddAsetUnits(ctx, aset.Aset{KodeBarang: "1.3.2.05.02.01.999", Nama: "Kursi", RuangID: r.ID}, 3); field(t, err) != "kode_barang" {
		t.Fatalf("unknown kode: %v", err)
	}
	next := newAset(t, s, r.ID)
	if next.Register != 42 {
		t.Fatalf("next register %d, want 42", next.Register)
	}
}

func field(t *testing.T, err error) string {
	t.Helper()
	ie, ok := model.AsInvalid(err)
	if !ok {
		t.Fatalf("want a field error, got %v", err)
	}
	return ie.Field
}

func TestAsetRulesThatNeedTheDatabase(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	r := newRuang(t, s, "Ruang Kepala Biro")
	rak := newPlace(t, s, model.PlaceRak, "Rak 1", r.ID)
	for want, a := range map[string]aset.Aset{
		"kode_barang": {KodeBarang: "1.3.2.05.02.01.999", Nama: "Kursi"},
		"ruang":       {KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi", RuangID: rak.ID},
	} {
		if err := s.CreateAset(ctx, &a); field(t, err) != want || a.Register != 0 || a.Code != "" {
			t.Errorf("%s: %v (register %d code %q)", want, err, a.Register, a.Code)
		}
	}
	a := newAset(t, s, r.ID)
	b := aset.Aset{KodeBarang: a.KodeBarang, Register: a.Register, Nama: "Kursi lain"}
	if err := s.CreateAset(ctx, &b); field(t, err) != "register" {
		t.Fatalf("a taken register: %v", err)
	}
	b.Register = 10 // an imported register moves the counter past it
	must(t, s.CreateAset(ctx, &b))
	if c := newAset(t, s, r.ID); c.Register != 11 {
		t.Fatalf("after an imported 0010 the next is %d", c.Register)
	}
	a.Register = 5
	if err := s.UpdateAset(ctx, &a); field(t, err) != "register" {
		t.Fatalf("a register changed by hand: %v", err)
	}
	// another PC saved first
	stale := a
	a, _ = s.Aset(ctx, a.ID)
	a.Merk = "Informa"
	must(t, s.UpdateAset(ctx, &a))
	stale, _ = s.Aset(ctx, stale.ID)
	stale.Version--
	if err := s.UpdateAset(ctx, &stale); err == nil {
		t.Fatal("stale update saved")
	} else if _, ok := model.AsConflict(err); !ok {
		t.Fatalf("stale: %v", err)
	}
	// a new kode barang gives a new register under it
	a.KodeBarang = "1.3.2.05.02.01.006"
	must(t, s.UpdateAset(ctx, &a))
	if a.Register != 1 {
		t.Fatalf("register under the new kode: %d", a.Register)
	}
	// bin and back
	must(t, s.DeleteAset(ctx, a.ID, a.Version))
	if _, err := s.AsetByCode(ctx, a.Code); !isNotFound(err) {
		t.Fatalf("deleted asset still found: %v", err)
	}
	must(t, s.RestoreAset(ctx, a.ID))
	if got, err := s.AsetByCode(ctx, a.Code); err != nil || got.ID != a.ID {
		t.Fatalf("restored: %v", err)
	}
}

func TestAsetMutasiShowsInBothRoomsAndUndoes(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	rapat := newRuang(t, s, "Ruang Rapat Lt.2")
	tu := newPlace(t, s, model.PlaceRuang, "Ruang Subbag TU", rapat.ParentID)
	a := newAset(t, s, rapat.ID, func(a *aset.Aset) { a.KodeBarang, a.Nama = "1.3.2.05.01.05.043", "LCD Projector" })
	moved, err := s.AsetPindah(ctx, a.ID, a.Version, tu.ID, aset.Catatan{Alasan: "dipakai rapat TU", NomorBAST: "BAST/01/2026"})
	must(t, err)
	if moved.RuangID != tu.ID {
		t.Fatalf("not moved: %+v", moved)
	}
	for _, room := range []int64{rapat.ID, tu.ID} {
		h, err := s.AsetMutasiRuang(ctx, room)
		must(t, err)
		if len(h) != 1 || h[0].Jenis != aset.MutasiPindahRuang || h[0].Dari != "Gedung A Ruang Rapat Lt.2 › Ruang Rapat Lt.2" ||
			h[0].Ke != "Gedung A Ruang Rapat Lt.2 › Ruang Subbag TU" || h[0].NomorBAST != "BAST/01/2026" || h[0].Petugas == "" {
			t.Fatalf("room %d history: %+v", room, h)
		}
	}
	if kir, _ := s.AsetInRuang(ctx, tu.ID); len(kir) != 1 {
		t.Fatal("the KIR of the new room lacks the projector")
	}
	if _, err := s.AsetPindah(ctx, moved.ID, moved.Version, tu.ID, aset.Catatan{}); field(t, err) != "ruang" {
		t.Fatalf("a move to the same room: %v", err)
	}
	h, _ := s.AsetMutasiList(ctx, a.ID)
	back, err := s.AsetUndoMutasi(ctx, h[0].ID)
	must(t, err)
	if back.UndoOf != h[0].ID || back.KeRuangID != rapat.ID {
		t.Fatalf("reverse event %+v", back)
	}
	if got, _ := s.Aset(ctx, a.ID); got.RuangID != rapat.ID {
		t.Fatal("undo did not move it back")
	}
	if _, err := s.AsetUndoMutasi(ctx, h[0].ID); field(t, err) != "mutasi" {
		t.Fatalf("second undo: %v", err)
	}
	// holder and condition changes are events too, in one update
	cur, _ := s.Aset(ctx, a.ID)
	cur.Pemegang = aset.Pemegang{Nama: "Budi Santoso", NIP: "198503122010011002", NomorBAST: "BAST/02/2026"}
	cur.Kondisi = aset.KondisiRB
	must(t, s.UpdateAset(ctx, &cur))
	h, _ = s.AsetMutasiList(ctx, a.ID)
	if len(h) != 4 || h[0].Jenis != aset.MutasiUbahKondisi || h[0].Ke != "Rusak Berat" || h[1].Ke != "Budi Santoso (198503122010011002)" ||
		h[1].NomorBAST != "BAST/02/2026" {
		t.Fatalf("history %+v", h)
	}
}

func TestAsetListFilters(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	r1 := newRuang(t, s, "Ruang Kepala Biro")
	r2 := newPlace(t, s, model.PlaceRuang, "Aula", r1.ParentID)
	newAset(t, s, r1.ID, func(a *aset.Aset) { a.Nama, a.Merk = "Kursi Rapat", "Chitose" })
	newAset(t, s, r2.ID, func(a *aset.Aset) { a.Kondisi, a.Tahun = aset.KondisiRB, 2015 })
	newAset(t, s, r2.ID, func(a *aset.Aset) {
		a.KodeBarang, a.Nama, a.Merk = "1.3.2.02.01.01.001", "Sedan", "Toyota Camry"
		a.Detail.B = &aset.Mesin{NomorPolisi: "A 1234 BU"}
		a.Pemegang = aset.Pemegang{Nama: "Rina Marlina"}
	})
	newAset(t, s, 0, func(a *aset.Aset) { a.KodeLama = "02.06.01/17" })
	for name, c := range map[string]struct {
		f    AsetFilter
		want int
	}{
		"all": {AsetFilter{}, 4}, "building": {AsetFilter{RuangID: r1.ParentID}, 3}, "room": {AsetFilter{RuangID: r2.ID}, 2},
		"rb": {AsetFilter{Kondisi: aset.KondisiRB}, 1}, "tahun": {AsetFilter{Tahun: 2015}, 1}, "kib": {AsetFilter{KIB: aset.KIBB}, 4},
		"kib a": {AsetFilter{KIB: aset.KIBA}, 0}, "prefix": {AsetFilter{KodePrefix: "1.3.2.02"}, 1},
		"prefix no dots": {AsetFilter{KodePrefix: "1320502"}, 3}, "holder": {AsetFilter{Pemegang: "rina"}, 1},
		"text merk": {AsetFilter{Text: "camr"}, 1}, "text nopol": {AsetFilter{Text: "A 1234 BU"}, 1},
		"text kode": {AsetFilter{Text: "1.3.2.05"}, 3}, "kode lama": {AsetFilter{Text: "02.06.01/17"}, 1},
		"no room": {AsetFilter{TanpaRuang: true}, 1}, "status": {AsetFilter{Status: aset.StatusDipinjam}, 0},
	} {
		page, err := s.AsetList(ctx, c.f, Page{Limit: 2})
		n, cerr := s.AsetCount(ctx, c.f)
		if err != nil || cerr != nil || page.Total != c.want || n != c.want || len(page.Rows) != min(2, c.want) {
			t.Errorf("%s: total %d count %d rows %d, want %d (%v %v)", name, page.Total, n, len(page.Rows), c.want, err, cerr)
		}
	}
}

// A filter matching more than CountCap assets stops counting there and
// says so; the whole list is counted exactly; the pages still hold every
// match in order.
func TestAsetListCountStopsAtTheCap(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	must(t, FillDemoAset(ctx, s, CountCap+200, 3))
	all, err := s.AsetList(ctx, AsetFilter{}, Page{Limit: 10})
	if err != nil || all.Total != CountCap+200 || all.TotalCapped {
		t.Fatalf("whole list: %d capped %v %v", all.Total, all.TotalCapped, err)
	}
	kib, err := s.AsetList(ctx, AsetFilter{KIB: aset.KIBB}, Page{Limit: 50})
	if err != nil || kib.Total != CountCap || !kib.TotalCapped || len(kib.Rows) != 50 {
		t.Fatalf("KIB B: total %d capped %v rows %d %v", kib.Total, kib.TotalCapped, len(kib.Rows), err)
	}
	last, err := s.AsetList(ctx, AsetFilter{KIB: aset.KIBB}, Page{Offset: CountCap + 150, Limit: 100})
	if err != nil || len(last.Rows) != 50 {
		t.Fatalf("past the cap: %d rows %v, want the last 50", len(last.Rows), err)
	}
	few, err := s.AsetList(ctx, AsetFilter{KIB: aset.KIBB, Tahun: last.Rows[0].Tahun, KodePrefix: string(last.Rows[0].KodeBarang)}, Page{Limit: 5})
	n, cerr := s.AsetCount(ctx, AsetFilter{KIB: aset.KIBB, Tahun: last.Rows[0].Tahun, KodePrefix: string(last.Rows[0].KodeBarang)})
	if err != nil || cerr != nil || few.TotalCapped || few.Total != n || n == 0 || n > CountCap {
		t.Fatalf("narrow filter: total %d capped %v, count %d (%v %v)", few.Total, few.TotalCapped, n, err, cerr)
	}
}

func TestAsetDuplicateNopolRefused(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	r := newRuang(t, s, "Garasi")
	car := func(nopol string) aset.Aset {
		return aset.Aset{KodeBarang: "1.3.2.02.01.01.001", Nama: "Sedan", RuangID: r.ID, Detail: aset.Detail{B: &aset.Mesin{NomorPolisi: nopol}}}
	}
	a := car("A 1234 BU")
	must(t, s.CreateAset(ctx, &a))
	b := car("a1234bu")
	if err := s.CreateAset(ctx, &b); field(t, err) != "nomor_polisi" {
		t.Fatalf("duplicate plate: %v", err)
	}
	a.Merk = "Toyota" // saving the car itself again is fine
	must(t, s.UpdateAset(ctx, &a))
	must(t, s.DeleteAset(ctx, a.ID, a.Version)) // a car in the bin frees its plate
	must(t, s.CreateAset(ctx, &b))
}

func TestAsetMutasiReportOfAPeriodUsesThePaperDate(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	r1 := newRuang(t, s, "Ruang Subbag TU")
	r2 := newPlace(t, s, model.PlaceRuang, "Aula", r1.ParentID)
	a := newAset(t, s, r1.ID)
	bast := time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)
	moved, err := s.AsetPindah(ctx, a.ID, a.Version, r2.ID, aset.Catatan{Tanggal: bast, NomorBAST: "BAST/7"})
	must(t, err)
	_, err = s.AsetUbahKondisi(ctx, moved.ID, moved.Version, aset.KondisiRR, aset.Catatan{Tanggal: bast.AddDate(0, 2, 0), Alasan: "kaki patah"})
	must(t, err)
	q1, err := s.AsetMutasiPeriod(ctx, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC))
	must(t, err)
	if len(q1) != 1 || !q1[0].Tanggal.Equal(bast) || q1[0].Nomor != "1.3.2.05.02.01.007 / 0001" || q1[0].AsetCode != a.Code {
		t.Fatalf("first quarter: %+v", q1)
	}
	all, _ := s.AsetMutasiPeriod(ctx, bast, bast.AddDate(1, 0, 0))
	if len(all) != 2 || all[0].Jenis != aset.MutasiPindahRuang || all[1].Alasan != "kaki patah" {
		t.Fatalf("oldest first: %+v", all)
	}
}
