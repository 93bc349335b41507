// Package storagetest gives other packages' tests and benchmarks what
// they need of a Rapi database. It is imported by tests only.
package storagetest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"rapi/model"
	"rapi/storage"
)

// BenchEnv names a demo database made once by `make bench` (with
// `rapictl demo`) for every benchmark package to share.
const BenchEnv = "RAPI_BENCH_DB"

var (
	mu   sync.Mutex
	made = map[int]string{} // size -> path made in this process
)

// DemoDB is the path of a database of n demo files (storage.FillDemoArchive,
// seed 1): the one named by RAPI_BENCH_DB when make bench built it, else
// one made at first use in this process. RemoveDemoDBs deletes those.
func DemoDB(tb testing.TB, n int) string {
	tb.Helper()
	if db := os.Getenv(BenchEnv); db != "" {
		if _, err := os.Stat(db); err == nil {
			return db
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if db, ok := made[n]; ok {
		return db
	}
	db, err := makeDemo(n)
	if err != nil {
		tb.Fatal(err)
	}
	made[n] = db
	return db
}

func makeDemo(n int) (string, error) {
	dir, err := os.MkdirTemp("", "rapi-bench-")
	if err != nil {
		return "", err
	}
	db := filepath.Join(dir, "rapi.db")
	s, err := storage.Open(context.Background(), db, storage.Options{})
	if err != nil {
		return "", err
	}
	defer s.Close()
	s.SetActor(model.Actor{Login: "bench", Name: "Bench"})
	start := time.Now()
	if err := storage.FillDemoArchive(context.Background(), s, n, 1); err != nil {
		return "", err
	}
	fmt.Fprintf(os.Stderr, "bench data: %d berkas in %.1f s\n", n, time.Since(start).Seconds())
	return db, nil
}

// RemoveDemoDBs deletes the databases DemoDB made (a 200,000-file one is
// some hundreds of MB); a package's TestMain calls it after m.Run.
func RemoveDemoDBs() {
	mu.Lock()
	defer mu.Unlock()
	for n, db := range made {
		os.RemoveAll(filepath.Dir(db))
		delete(made, n)
	}
}

// ReportPercentiles reports the p50, p95 and p99 of timed calls, in ms,
// as the benchmark's metrics.
func ReportPercentiles(b *testing.B, d []time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	at := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))].Microseconds()) / 1000 }
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}
