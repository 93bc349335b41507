package storage

import (
	"context"
	"fmt"

	"rapi/model"
)

// DemoOptions size a demo database.
type DemoOptions struct {
	Berkas int // how many archive files (with items, boxes, loans)
	Aset   int // how many assets (in the rooms of a Biro Umum); FirstRunAset on the first run
	Rapat  int // how many meetings (with the contact book): 0 gives DemoRapat, so the first run has them; < 0 none
	// Booking is how many weeks of bookings (with the demo's rooms, cars
	// and drivers): 0 gives DemoBookingWeeks; < 0 none.
	Booking int
	Seed    uint64 // the same seed makes the same data
	// Progress, when set, hears how far the filling is, from 0 to 1, on
	// the goroutine that fills.
	Progress func(done float64)
}

// Demo fills an empty database with the whole demo: the institution, the
// places, and the demo records of every domain. It is the one place a
// new domain adds its demo data; `rapictl demo` and the first run's demo
// database both come from here.
func Demo(ctx context.Context, s *Store, opt DemoOptions) error {
	progress := opt.Progress
	if progress != nil {
		progress(0)
	}
	if err := FillDemoPlaces(ctx, s, max(4, min(60, opt.Berkas/2000))); err != nil {
		return fmt.Errorf("demo places (the database must be empty): %w", err)
	}
	if err := fillDemoArsip(ctx, s, opt.Berkas, opt.Seed, progress); err != nil {
		return err
	}
	if err := fillDemoAset(ctx, s, opt.Aset, opt.Seed); err != nil {
		return fmt.Errorf("demo aset: %w", err)
	}
	if opt.Rapat == 0 {
		opt.Rapat = DemoRapat
	}
	if err := FillDemoRapat(ctx, s, opt.Rapat, opt.Seed); err != nil {
		return fmt.Errorf("demo rapat: %w", err)
	}
	if opt.Booking == 0 {
		opt.Booking = DemoBookingWeeks
	}
	if err := FillDemoBooking(ctx, s, opt.Booking, opt.Seed); err != nil {
		return fmt.Errorf("demo booking: %w", err)
	}
	if progress != nil {
		progress(1)
	}
	return nil
}

// FirstRunAset is how many assets the first run's demo database gets.
const FirstRunAset = 300

// FillDemoAset adds n demo assets (and the rooms of a Biro Umum, in the
// first building) to a database whose places exist; the same seed gives
// the same data.
func FillDemoAset(ctx context.Context, s *Store, n int, seed uint64) error {
	return fillDemoAset(ctx, s, n, seed)
}

// FillDemo puts a small set of places and the institution header into a
// database, for tests that make their own records; n scales the shelves.
// The whole demo is Demo.
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
// boxes and the places they sit in: Demo without progress, what the
// benchmarks measure against.
func FillDemoArchive(ctx context.Context, s *Store, n int, seed uint64) error {
	return Demo(ctx, s, DemoOptions{Berkas: n, Seed: seed, Rapat: -1, Booking: -1})
}
