package storage

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"rapi/model/rapat"
)

// The demo's meetings: the same seed on the same day gives the same
// meetings, contacts in the two named groups, held meetings with
// attendance and minutes, coming ones with open checklists.
func TestDemoRapatIsDeterministic(t *testing.T) {
	day := func() time.Time { return local(2026, 12, 2, 10, 0) }
	var runs [2][]RapatRow
	var s *Store
	for i := range runs {
		s = openAt(t, filepath.Join(t.TempDir(), "demo.db"), "Siti", Options{Now: day})
		must(t, Demo(ctx, s, DemoOptions{Berkas: 50, Seed: 7}))
		var err error
		runs[i], err = s.RapatList(ctx, time.Time{}, time.Time{})
		must(t, err)
		for j := range runs[i] {
			runs[i][j].Rapat.Meta = runs[0][0].Rapat.Meta // when it was saved differs
		}
	}
	if len(runs[0]) != DemoRapat || !reflect.DeepEqual(runs[0], runs[1]) {
		t.Fatalf("two demos with seed 7: %d and %d meetings, equal %v", len(runs[0]), len(runs[1]), reflect.DeepEqual(runs[0], runs[1]))
	}
	grups, err := s.KontakGrups(ctx)
	must(t, err)
	names := map[string]int{}
	for _, g := range grups {
		names[g.Nama] = g.N
	}
	if names["Kepala Biro se-Setda"] < 5 || names["Eselon III Biro Umum"] < 3 {
		t.Errorf("demo groups %v", grups)
	}
	var held, coming bool
	for _, r := range runs[0] {
		switch {
		case r.Rapat.Status == rapat.StatusSelesai && r.Hadir > 0:
			held = true
		case r.Rapat.Mulai.After(day()) && r.Progress.Done < r.Progress.Total:
			coming = true
		}
	}
	if !held || !coming {
		t.Errorf("demo has held meetings with attendance: %v, coming ones being prepared: %v", held, coming)
	}
	h, err := s.RapatHome(ctx, day())
	must(t, err)
	if len(h.Today) == 0 || len(h.Week) == 0 {
		t.Errorf("demo Beranda: %d today, %d this week", len(h.Today), len(h.Week))
	}
}
