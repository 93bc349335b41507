package storage

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"rapi/model/booking"
)

// The demo's bookings: the same seed on the same day gives the same
// bookings, on its meeting rooms, aula, cars and drivers, with none of a
// resource overlapping another, and some for today.
func TestDemoBookingIsDeterministic(t *testing.T) {
	day := func() time.Time { return local(2026, 12, 2, 10, 0) }
	var runs [2][]booking.Booking
	var s *Store
	for i := range runs {
		s = openAt(t, filepath.Join(t.TempDir(), "demo.db"), "Siti", Options{Now: day})
		must(t, Demo(ctx, s, DemoOptions{Berkas: 50, Aset: 110, Rapat: -1, Seed: 7}))
		var err error
		runs[i], err = s.BookingList(ctx, BookingFilter{Limit: 5000})
		must(t, err)
		for j := range runs[i] {
			runs[i][j].Meta = runs[0][0].Meta // when it was saved differs
		}
	}
	if len(runs[0]) < 20 || !reflect.DeepEqual(runs[0], runs[1]) {
		t.Fatalf("two demos with seed 7: %d and %d bookings, equal %v", len(runs[0]), len(runs[1]), reflect.DeepEqual(runs[0], runs[1]))
	}
	kinds := map[booking.Jenis]int{}
	res, err := s.Resources(ctx, ResourceFilter{})
	must(t, err)
	for _, r := range res {
		kinds[r.Jenis]++
	}
	if kinds[booking.JenisRuang] != 3 || kinds[booking.JenisKendaraan] < 2 || kinds[booking.JenisSopir] != 3 {
		t.Fatalf("demo resources: %v", kinds)
	}
	for _, r := range res {
		list, err := s.BookingList(ctx, BookingFilter{ResourceID: r.ID, Limit: 5000})
		must(t, err)
		for i, a := range list {
			for _, b := range list[i+1:] {
				if a.Holds(&r) && b.Holds(&r) && booking.Overlaps(a.Dari, a.Sampai, b.Dari, b.Sampai, r.Jeda) {
					t.Fatalf("%s: %s and %s overlap", r.Nama, a.Jam(), b.Jam())
				}
			}
		}
	}
	h, err := s.BookingHome(ctx, day())
	must(t, err)
	if len(h.Today) == 0 || h.Waiting == 0 {
		t.Errorf("demo home: %d today, %d waiting (the aula needs approval)", len(h.Today), h.Waiting)
	}
}

// A demo without assets still has rooms, cars and drivers to book.
func TestDemoBookingWithoutAssets(t *testing.T) {
	s := openAt(t, filepath.Join(t.TempDir(), "demo.db"), "Siti", Options{Now: func() time.Time { return local(2026, 12, 2, 10, 0) }})
	must(t, Demo(ctx, s, DemoOptions{Berkas: 20, Rapat: -1, Seed: 3}))
	kinds := map[booking.Jenis]int{}
	res, err := s.Resources(ctx, ResourceFilter{})
	must(t, err)
	for _, r := range res {
		kinds[r.Jenis]++
	}
	list, err := s.BookingList(ctx, BookingFilter{Limit: 5000})
	must(t, err)
	if kinds[booking.JenisRuang] != 3 || kinds[booking.JenisKendaraan] != 3 || kinds[booking.JenisSopir] != 3 || len(list) < 20 {
		t.Fatalf("resources %v, %d bookings", kinds, len(list))
	}
}
