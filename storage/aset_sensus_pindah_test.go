package storage

import (
	"errors"
	"testing"

	"rapi/model"
	"rapi/model/aset"
)

// "Pindahkan sekarang": a misplaced asset moves into the room being
// counted at once, as a mutasi with the session as reason, audited and
// version-checked; its scan then counts as found, and confirming the
// session does not move it a second time.
func TestAsetSensusPindahMovesAMisplacedAssetAtOnce(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	rapat := newRuang(t, s, "Ruang Rapat Lt.2")
	aula := newPlace(t, s, model.PlaceRuang, "Aula", rapat.ParentID)
	tamu := newAset(t, s, aula.ID)
	lcd := newAset(t, s, aula.ID)
	x, err := s.AsetSensusOpen(ctx, "Sensus Semester II 2026")
	must(t, err)
	r, err := s.AsetSensusScan(ctx, x.ID, rapat.ID, tamu.Code)
	if err != nil || r.Kategori != aset.SalahRuang {
		t.Fatalf("scan: %+v %v", r, err)
	}
	if err := s.AsetSensusPindah(ctx, x.ID, rapat.ID, lcd.ID, lcd.Version); field(t, err) != "ruang" {
		t.Fatalf("moving an asset not scanned here: %v", err)
	}
	// another PC edited the asset since it was scanned: refused, not overwritten
	other := r.Aset
	stale := other.Version
	other.Keterangan = "dicek PC lain"
	must(t, s.UpdateAset(ctx, other))
	var ce *model.ConflictError
	if err := s.AsetSensusPindah(ctx, x.ID, rapat.ID, tamu.ID, stale); !errors.As(err, &ce) {
		t.Fatalf("a stale move: %v", err)
	}
	must(t, s.AsetSensusPindah(ctx, x.ID, rapat.ID, tamu.ID, other.Version))

	got, _ := s.Aset(ctx, tamu.ID)
	if got.RuangID != rapat.ID {
		t.Fatalf("not moved: room %d", got.RuangID)
	}
	h, err := s.AsetSensusHasil(ctx, x.ID, rapat.ID)
	must(t, err)
	if c := h.Counts(); c[aset.Ditemukan] != 1 || c[aset.SalahRuang] != 0 {
		t.Fatalf("after the move the room counts %v", c)
	}
	hist, _ := s.AsetMutasiList(ctx, tamu.ID)
	if len(hist) != 1 || hist[0].Alasan != "Sensus: Sensus Semester II 2026" || hist[0].KeRuangID != rapat.ID ||
		hist[0].DariRuangID != aula.ID || hist[0].Petugas == "" {
		t.Fatalf("mutasi %+v", hist)
	}
	audit, err := s.History(ctx, "aset", tamu.ID)
	must(t, err)
	if len(audit) != 3 || audit[2].Action != ActUpdate { // created, edited elsewhere, moved
		t.Fatalf("the move is not in the audit log: %+v", audit)
	}
	must(t, s.AsetSensusConfirm(ctx, x.ID))
	if hist, _ := s.AsetMutasiList(ctx, tamu.ID); len(hist) != 1 {
		t.Fatalf("confirm moved it again: %+v", hist)
	}
}
