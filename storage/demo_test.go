package storage

import (
	"context"
	"path/filepath"
	"testing"
)

// The demo reports its progress in steps, from 0 to 1, so the first run
// can show a progress bar.
func TestDemoReportsProgress(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "demo.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var steps []float64
	if err := Demo(ctx, s, DemoOptions{Berkas: 3000, Seed: 1, Progress: func(d float64) { steps = append(steps, d) }}); err != nil {
		t.Fatal(err)
	}
	if len(steps) < 4 || steps[0] != 0 || steps[len(steps)-1] != 1 {
		t.Fatalf("progress %v, want several steps from 0 to 1", steps)
	}
	for i := 1; i < len(steps); i++ {
		if steps[i] < steps[i-1] {
			t.Fatalf("progress went back: %v", steps)
		}
	}
	p, err := s.SearchBerkas(ctx, "", BerkasFilter{}, Page{Limit: 1})
	if err != nil || p.Total != 3000 {
		t.Fatalf("demo made %d berkas (%v), want 3000", p.Total, err)
	}
}
