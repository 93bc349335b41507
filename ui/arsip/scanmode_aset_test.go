package arsip

import (
	"path/filepath"
	"testing"

	"rapi/model"
	"rapi/model/aset"
)

// Pindah in the scan box moves assets too: scan a room, then two assets;
// both move there as mutasi; Undo takes one back.
func TestScanBoxPindahMovesAssetsAndUndoesOne(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	s, ctx := a.Store(), t.Context()
	from := model.Place{Kind: model.PlaceRuang, Name: "Ruang Rapat", Code: "R-RAPAT"}
	to := model.Place{Kind: model.PlaceRuang, Name: "Ruang TU", Code: "R-TU"}
	for _, p := range []*model.Place{&from, &to} {
		if err := s.CreatePlace(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	units, err := s.AddAsetUnits(ctx, aset.Aset{KodeBarang: "1.3.2.05.02.01.007", Nama: "Kursi Rapat",
		CaraPerolehan: aset.PerolehanPengadaan, Kondisi: aset.KondisiB, Status: aset.StatusDigunakan, RuangID: from.ID}, 2)
	if err != nil {
		t.Fatal(err)
	}
	ss := NewSession(s)
	ss.SetMode(ModePindah)
	if o := ss.Scan(ctx, "R-TU"); o.Kind != OutTarget {
		t.Fatalf("room: %+v", o)
	}
	for _, u := range units {
		if o := ss.Scan(ctx, u.Code); o.Kind != OutMoved || !o.CanUndo() {
			t.Fatalf("%s: %+v", u.Code, o)
		}
	}
	room := func(u aset.Aset) int64 {
		got, err := s.Aset(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got.RuangID
	}
	if room(units[0]) != to.ID || room(units[1]) != to.ID {
		t.Fatal("both chairs should be in Ruang TU")
	}
	if o := ss.Undo(ctx, 0); o.Kind != OutUndone {
		t.Fatalf("undo: %+v", o)
	}
	if room(units[1]) != from.ID || room(units[0]) != to.ID {
		t.Fatal("undo should take back the last chair only")
	}
}
