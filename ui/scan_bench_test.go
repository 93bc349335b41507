package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapi/storage"
	"rapi/storage/storagetest"
)

// The scan benchmarks run on a demo database of 200,000 files (only when
// a benchmark runs: make bench); TestMain removes it afterwards.
const scanBenchBerkas = 200000

func benchCode(i int) string { return fmt.Sprintf("B-%06d", (i*7919)%scanBenchBerkas+1) }

// BenchmarkScanToCard measures from the Enter that ends a scan in the scan
// box to the berkas card drawn by the test driver (lookup, card data,
// dialog, and a full render of the window with the card).
func BenchmarkScanToCard(b *testing.B) {
	db := storagetest.DemoDB(b, scanBenchBerkas)
	b.Setenv("XDG_CONFIG_HOME", b.TempDir())
	b.Setenv("HOME", b.TempDir())
	shown := filepath.Join(b.TempDir(), "shown.txt")
	b.Setenv(ShownFileEnv, shown)
	fa := test.NewTempApp(b)
	a := New(fa, Config{DBPath: db, Synchronous: true})
	a.Start()
	b.Cleanup(a.Close)
	a.win.Resize(fyne.NewSize(1100, 720))
	c := a.win.Canvas()
	var d, open []time.Duration
	i := 0
	for b.Loop() {
		code := benchCode(i)
		e := a.shell.scan.entry
		e.SetText(code)
		t := time.Now()
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		open = append(open, time.Since(t))
		c.(test.WindowlessCanvas).Capture()
		d = append(d, time.Since(t))
		if got, _ := os.ReadFile(shown); string(got) != code {
			b.Fatalf("scanned %s, shown %q", code, got)
		}
		for c.Overlays().Top() != nil {
			c.Overlays().Remove(c.Overlays().Top())
		}
		i++
	}
	sort.Slice(open, func(i, j int) bool { return open[i] < open[j] })
	b.ReportMetric(float64(open[len(open)/2].Microseconds())/1000, "open-p50-ms")
	storagetest.ReportPercentiles(b, d)
}

// BenchmarkScanLookup is the lookup alone: Store.Find with a scanned code.
func BenchmarkScanLookup(b *testing.B) {
	db := storagetest.DemoDB(b, scanBenchBerkas)
	s, err := storage.Open(context.Background(), db, storage.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	var d []time.Duration
	i := 0
	for b.Loop() {
		code := benchCode(i)
		t := time.Now()
		hits, err := s.Find(context.Background(), code, 20)
		d = append(d, time.Since(t))
		if err != nil || len(hits) != 1 || hits[0].Code != code {
			b.Fatalf("%s: %v %+v", code, err, hits)
		}
		i++
	}
	storagetest.ReportPercentiles(b, d)
}
