package storage

import (
	"context"
	"fmt"

	"rapi/model"
)

// FillDemo puts a small, realistic set of places and the institution
// header into an empty database, so a clerk can try Rapi without typing.
// Features add their own demo records here as they are built; n scales
// how many records per kind.
func FillDemo(ctx context.Context, s *Store, n int) error {
	if err := FillDemoPlaces(ctx, s, max(1, n/50)); err != nil {
		return err
	}
	return nil
}

// FillDemoPlaces sets the institution header and makes a building, an
// archive room and the given number of shelves in it.
func FillDemoPlaces(ctx context.Context, s *Store, racks int) error {
	inst := model.Institution{
		Lines:   []string{"PEMERINTAH PROVINSI BANTEN", "SEKRETARIAT DAERAH", "BIRO UMUM"},
		Address: "Jl. Syech Nawawi Al Bantani, Kawasan Pusat Pemerintahan Provinsi Banten, Serang",
	}
	if err := s.SetInstitution(ctx, inst, ""); err != nil {
		return err
	}
	gedung := &model.Place{Kind: model.PlaceGedung, Name: "Gedung B", Code: "G-B"}
	if err := s.CreatePlace(ctx, gedung); err != nil {
		return err
	}
	ruang := &model.Place{Kind: model.PlaceRuang, Name: "Ruang Arsip Lt.2", Code: "R-ARSIP-2", ParentID: gedung.ID}
	if err := s.CreatePlace(ctx, ruang); err != nil {
		return err
	}
	for i := 1; i <= racks; i++ {
		rak := &model.Place{Kind: model.PlaceRak, Name: fmt.Sprintf("Rak %d", i), Code: fmt.Sprintf("RAK-%02d", i), ParentID: ruang.ID}
		if err := s.CreatePlace(ctx, rak); err != nil {
			return err
		}
	}
	return nil
}

// FillDemoArchive fills an empty database with n demo files, their items,
// boxes and the places they sit in: what `rapictl demo` makes and what the
// benchmarks measure against.
func FillDemoArchive(ctx context.Context, s *Store, n int, seed uint64) error {
	if err := FillDemoPlaces(ctx, s, max(4, min(60, n/2000))); err != nil {
		return fmt.Errorf("demo places (the database must be empty): %w", err)
	}
	return FillDemoArsip(ctx, s, n, seed)
}
