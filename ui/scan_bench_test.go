package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapi/model"
	"rapi/storage"
)

// The scan benchmarks share one demo database of 200,000 files, made once
// per test process (only when a benchmark runs: make bench).
const scanBenchBerkas = 200000

var (
	scanBenchOnce sync.Once
	scanBenchDB   string
	scanBenchErr  error
)

func scanBenchStore(b *testing.B) string {
	b.Helper()
	scanBenchOnce.Do(func() {
		if db := os.Getenv("RAPI_BENCH_DB"); db != "" { // made once by make bench
			scanBenchDB = db
			if _, err := os.Stat(db); err == nil {
				return
			}
		}
		dir, err := os.MkdirTemp("", "rapi-scanbench-")
		if err != nil {
			scanBenchErr = err
			return
		}
		if scanBenchDB == "" {
			scanBenchDB = filepath.Join(dir, "rapi.db")
		}
		ctx := context.Background()
		s, err := storage.Open(ctx, scanBenchDB, storage.Options{})
		if err != nil {
			scanBenchErr = err
			return
		}
		defer s.Close()
		s.SetActor(model.Actor{Login: "bench", Name: "Bench"})
		start := time.Now()
		scanBenchErr = storage.FillDemoArchive(ctx, s, scanBenchBerkas, 1)
		fmt.Fprintf(os.Stderr, "scan bench data: %d berkas in %.1f s\n", scanBenchBerkas, time.Since(start).Seconds())
	})
	if scanBenchErr != nil {
		b.Fatal(scanBenchErr)
	}
	return scanBenchDB
}

func reportPercentiles(b *testing.B, d []time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	at := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))].Microseconds()) / 1000 }
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}

func benchCode(i int) string { return fmt.Sprintf("B-%06d", (i*7919)%scanBenchBerkas+1) }

// BenchmarkScanToCard measures from the Enter that ends a scan in the scan
// box to the berkas card drawn by the test driver (lookup, card data,
// dialog, and a full render of the window with the card).
func BenchmarkScanToCard(b *testing.B) {
	db := scanBenchStore(b)
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
	reportPercentiles(b, d)
}

// BenchmarkScanLookup is the lookup alone: Store.Find with a scanned code.
func BenchmarkScanLookup(b *testing.B) {
	db := scanBenchStore(b)
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
	reportPercentiles(b, d)
}
