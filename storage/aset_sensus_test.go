package storage

import (
	"testing"

	"rapi/model"
	"rapi/model/aset"
)

func TestAsetSensusSessionEveryCategoryThenConfirm(t *testing.T) {
	s, path := openTemp(t, "Siti")
	rapat := newRuang(t, s, "Ruang Rapat Lt.2")
	aula := newPlace(t, s, model.PlaceRuang, "Aula", rapat.ParentID)
	meja, kursi, lcd := newAset(t, s, rapat.ID), newAset(t, s, rapat.ID), newAset(t, s, rapat.ID)
	tamu := newAset(t, s, aula.ID)
	x, err := s.AsetSensusOpen(ctx, "Sensus Semester II 2026")
	must(t, err)
	scan := func(room int64, code string, want aset.Kategori) {
		t.Helper()
		r, err := s.AsetSensusScan(ctx, x.ID, room, code)
		if err != nil || r.Kategori != want {
			t.Fatalf("scan %s in %d: %q %v, want %q", code, room, r.Kategori, err, want)
		}
	}
	scan(rapat.ID, meja.Code, aset.Ditemukan)
	scan(rapat.ID, kursi.Code, aset.Ditemukan)
	scan(rapat.ID, tamu.Code, aset.SalahRuang)
	scan(rapat.ID, "a-999999", aset.TidakDikenal)
	// an item that still carries only its older sticker is found by it
	lama := newAset(t, s, rapat.ID, func(a *aset.Aset) { a.KodeLama = "02.06.01/0017" })
	scan(rapat.ID, "02.06.01/0017", aset.Ditemukan)
	if hits, err := s.Find(ctx, "02.06.01/0017", 5); err != nil || len(hits) != 1 || hits[0].Code != lama.Code {
		t.Fatalf("find by the older sticker: %+v %v", hits, err)
	}
	scan(rapat.ID, meja.Code, aset.Ganda)
	must(t, s.AsetSensusTidakTercatat(ctx, x.ID, rapat.ID, "Kursi lipat tanpa label"))
	must(t, s.AsetSensusKondisi(ctx, x.ID, kursi.ID, aset.KondisiRB))
	if err := s.AsetSensusKondisi(ctx, x.ID, lcd.ID, aset.KondisiRB); field(t, err) != "kondisi" {
		t.Fatalf("correcting an unscanned asset: %v", err)
	}
	// paused here, resumed on another PC: the aula, where the misplaced one is scanned again
	other, err := Open(ctx, path, Options{})
	must(t, err)
	defer other.Close()
	if r, err := other.AsetSensusScan(ctx, x.ID, aula.ID, tamu.Code); err != nil || r.Kategori != aset.Ganda {
		t.Fatalf("second scan in another room: %+v %v", r, err)
	}
	h, err := other.AsetSensusHasil(ctx, x.ID, rapat.ID)
	must(t, err)
	c := h.Counts()
	if c[aset.Ditemukan] != 3 || c[aset.Hilang] != 1 || c[aset.SalahRuang] != 1 || c[aset.TidakDikenal] != 2 || c[aset.Ganda] != 1 ||
		h.Hilang[0].ID != lcd.ID || len(h.Koreksi) != 1 || h.Koreksi[0].Ke != aset.KondisiRB {
		t.Fatalf("room result %v %+v", c, h.Koreksi)
	}
	if h, _ := other.AsetSensusHasil(ctx, x.ID, aula.ID); len(h.Hilang) != 0 || len(h.Ganda) != 1 {
		t.Fatalf("the aula's chair was found in the meeting room, not missing: %+v", h)
	}
	// before confirm the register is unchanged
	if got, _ := s.Aset(ctx, tamu.ID); got.RuangID != aula.ID {
		t.Fatal("moved before confirm")
	}
	if got, _ := s.Aset(ctx, kursi.ID); got.Kondisi != aset.KondisiB {
		t.Fatal("condition changed before confirm")
	}
	list, _ := s.AsetSensusList(ctx)
	if len(list) != 1 || !list[0].Open() || list[0].Ruang != 2 || list[0].Scans != 8 {
		t.Fatalf("sessions %+v", list)
	}
	must(t, s.AsetSensusConfirm(ctx, x.ID))
	if got, _ := s.Aset(ctx, tamu.ID); got.RuangID != rapat.ID {
		t.Fatal("misplaced asset not moved on confirm")
	}
	if got, _ := s.Aset(ctx, kursi.ID); got.Kondisi != aset.KondisiRB {
		t.Fatal("condition not applied on confirm")
	}
	hist, _ := s.AsetMutasiList(ctx, tamu.ID)
	if len(hist) != 1 || hist[0].Alasan != "Hasil sensus: Sensus Semester II 2026" {
		t.Fatalf("mutasi of the sensus: %+v", hist)
	}
	if _, err := s.AsetSensusScan(ctx, x.ID, rapat.ID, meja.Code); field(t, err) != "sensus" {
		t.Fatalf("scan after confirm: %v", err)
	}
	if err := s.AsetSensusConfirm(ctx, x.ID); field(t, err) != "sensus" {
		t.Fatalf("second confirm: %v", err)
	}
	// a scanned asset can still be removed for good; its register stays used
	got, _ := s.Aset(ctx, tamu.ID)
	must(t, s.DeleteAset(ctx, got.ID, got.Version))
	must(t, s.PurgeAset(ctx, got.ID, ""))
	if again := newAset(t, s, aula.ID); again.Register != 6 {
		t.Fatalf("after purging 0004 the next register is %d", again.Register)
	}
}

func TestAsetRoomSummariesAndBerandaFigures(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	rapat := newRuang(t, s, "Ruang Rapat Lt.2")
	aula := newPlace(t, s, model.PlaceRuang, "Aula", rapat.ParentID)
	newPlace(t, s, model.PlaceRuang, "Gudang", rapat.ParentID)
	a := newAset(t, s, rapat.ID)
	newAset(t, s, rapat.ID, func(a *aset.Aset) { a.Kondisi = aset.KondisiRB })
	newAset(t, s, aula.ID)
	x, _ := s.AsetSensusOpen(ctx, "Cek ruang rapat")
	if open, _ := s.AsetSensusBerjalan(ctx); len(open) != 1 {
		t.Fatal("sensus in progress not shown")
	}
	_, err := s.AsetSensusScan(ctx, x.ID, rapat.ID, a.Code)
	must(t, err)
	must(t, s.AsetSensusConfirm(ctx, x.ID))
	sums, err := s.AsetRuangSummaries(ctx)
	must(t, err)
	if len(sums) != 3 {
		t.Fatalf("%d rooms", len(sums))
	}
	by := map[string]RuangSummary{}
	for _, r := range sums {
		by[r.Ruang.Name] = r
	}
	if r := by["Ruang Rapat Lt.2"]; r.Jumlah != 2 || r.RusakBerat != 1 || r.LastSensus == nil {
		t.Fatalf("meeting room %+v", r)
	}
	if r := by["Aula"]; r.Jumlah != 1 || r.LastSensus != nil || r.Path != "Gedung A Ruang Rapat Lt.2 › Aula" {
		t.Fatalf("aula %+v", r)
	}
	due, err := s.AsetRuangBelumDicek(ctx, 6)
	must(t, err)
	if len(due) != 1 || due[0].Ruang.ID != aula.ID { // the empty store room is not due
		t.Fatalf("rooms not checked: %+v", due)
	}
	if n, _ := s.AsetRusakBeratCount(ctx); n != 1 {
		t.Fatalf("RB %d", n)
	}
	if open, _ := s.AsetSensusBerjalan(ctx); len(open) != 0 {
		t.Fatal("a confirmed sensus still in progress")
	}
}
