package storage

import (
	"testing"

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
