package storage

import (
	"errors"
	"testing"

	"rapi/model"
	"rapi/model/arsip"
)

func TestKategoriAdminAddRecolourRenameDelete(t *testing.T) {
	s, _ := openTemp(t, "Siti Rahma")
	must(t, s.SetAdminPIN(ctx, "", "4321"))

	k := arsip.Kategori{Name: " Arsip  Vital ", Color: "#6a1b9a"}
	if err := s.SaveArsipKategoriAdmin(ctx, &k, ""); !errors.Is(err, model.ErrPIN) {
		t.Fatalf("saving without the PIN: %v", err)
	}
	if k.ID != 0 {
		t.Fatal("a refused save gave the category an id")
	}
	must(t, s.SaveArsipKategoriAdmin(ctx, &k, "4321"))
	if k.ID == 0 || k.Name != "Arsip Vital" || k.Color != "#6A1B9A" {
		t.Fatalf("saved %+v", k)
	}
	dup := arsip.Kategori{Name: "Rapat", Color: "#000000"}
	if ie, ok := model.AsInvalid(s.SaveArsipKategoriAdmin(ctx, &dup, "4321")); !ok || ie.Reason != "error.arsip_kategori_taken" {
		t.Fatalf("a taken name: %v", ie)
	}

	b := mkBerkas(t, s, "B-000901", "000.1.5", "Notulen rapat", 2022, 0)
	b.Kategori = "Arsip Vital"
	must(t, s.UpdateBerkas(ctx, &b))
	use, err := s.ArsipKategoriUsage(ctx)
	if err != nil || use["Arsip Vital"] != 1 || use["Rapat"] != 0 {
		t.Fatalf("usage %v %v", use, err)
	}

	var inUse *KategoriInUseError
	if err := s.DeleteArsipKategori(ctx, k.ID, "4321"); !errors.As(err, &inUse) || inUse.N != 1 || inUse.Name != "Arsip Vital" {
		t.Fatalf("deleting a used category: %v", err)
	}

	// Rename and recolour: the file follows the new name.
	k.Name, k.Color = "Vital", "#00838F"
	must(t, s.SaveArsipKategoriAdmin(ctx, &k, "4321"))
	got, _ := s.Berkas(ctx, b.ID)
	if got.Kategori != "Vital" {
		t.Fatalf("the file kept %q after the rename", got.Kategori)
	}
	all, _ := s.ArsipKategori(ctx)
	found := false
	for _, x := range all {
		found = found || x.Name == "Vital" && x.Color == "#00838F"
	}
	if !found {
		t.Fatalf("list after recolour %+v", all)
	}

	// Without files it can go, and only with the PIN.
	must(t, s.DeleteBerkas(ctx, got.ID, got.Version))
	if err := s.DeleteArsipKategori(ctx, k.ID, "1111"); !errors.Is(err, model.ErrPIN) {
		t.Fatalf("deleting with a wrong PIN: %v", err)
	}
	must(t, s.DeleteArsipKategori(ctx, k.ID, "4321"))
	if err := s.DeleteArsipKategori(ctx, k.ID, "4321"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("deleting twice: %v", err)
	}
}

func TestKategoriConflictBetweenTwoPCs(t *testing.T) {
	a, path := openTemp(t, "Siti Rahma")
	b := openAt(t, path, "Budi Santoso", Options{})
	list, err := a.ArsipKategori(ctx)
	must(t, err)
	ka, kb := list[0], list[0]
	kb.Color = "#123456"
	must(t, b.SaveArsipKategori(ctx, &kb))
	ka.Color = "#654321"
	ce, ok := model.AsConflict(a.SaveArsipKategori(ctx, &ka))
	if !ok || ce.By != "Budi Santoso (budi)" {
		t.Fatalf("a stale recolour: %v, want a conflict naming Budi", ce)
	}
	again, _ := a.ArsipKategori(ctx)
	if again[0].Color != "#123456" {
		t.Fatalf("the stale recolour overwrote Budi's: %+v", again[0])
	}
}
