package storage_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"rapi/model"
	"rapi/storage"
	"rapi/storage/storagetest"
)

// Beranda's meetings with 2,000 meetings and their checklists (about
// 30,000 items) must answer in < 100 ms: the counts are aggregated in SQL.
func BenchmarkRapatHome(b *testing.B) {
	ctx := context.Background()
	s, err := storage.Open(ctx, filepath.Join(b.TempDir(), "rapat.db"), storage.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	s.SetActor(model.Actor{Login: "bench", Name: "Bench"})
	start := time.Now()
	if err := storage.FillDemoRapat(ctx, s, 2000, 1); err != nil {
		b.Fatal(err)
	}
	rows, err := s.RapatList(ctx, time.Time{}, time.Time{})
	if err != nil {
		b.Fatal(err)
	}
	items := 0
	for _, r := range rows {
		items += r.Progress.Total
	}
	b.Logf("bench data: %d meetings, %d checklist items in %.1f s", len(rows), items, time.Since(start).Seconds())
	if len(rows) != 2000 || items < 30000 {
		b.Fatalf("%d meetings, %d items: want 2,000 and 30,000", len(rows), items)
	}
	var d []time.Duration
	var h storage.RapatHome
	for b.Loop() {
		t := time.Now()
		h, err = s.RapatHome(ctx, time.Now())
		d = append(d, time.Since(t))
		if err != nil {
			b.Fatal(err)
		}
	}
	if len(h.Week) == 0 || h.LateItems == 0 {
		b.Fatalf("Beranda shows %d meetings this week, %d late items: the data missed today", len(h.Week), h.LateItems)
	}
	storagetest.ReportPercentiles(b, d) // sorts d
	if p := d[len(d)*95/100]; p > 100*time.Millisecond {
		b.Errorf("RapatHome p95 %v, want < 100 ms", p)
	}
}
