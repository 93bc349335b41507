package storage

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
)

// The archive benchmarks share one database of 200,000 files and about
// 1,000,000 items, made once per test process in a temp folder (only when
// a benchmark runs: go test -bench Arsip -run ^$ ./storage/).
var (
	benchOnce sync.Once
	benchDB   string
	benchErr  error
)

const benchBerkas = 200000

// TestMain removes the benchmarks' database when the process ends.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDB != "" && os.Getenv("RAPI_BENCH_DB") == "" {
		os.RemoveAll(filepath.Dir(benchDB))
	}
	os.Exit(code)
}

func benchStore(b *testing.B) *Store {
	b.Helper()
	benchOnce.Do(func() {
		if db := os.Getenv("RAPI_BENCH_DB"); db != "" { // made once by make bench
			benchDB = db
			return
		}
		dir, err := os.MkdirTemp("", "rapi-bench-")
		if err != nil {
			benchErr = err
			return
		}
		benchDB = filepath.Join(dir, "rapi.db")
		s, err := Open(context.Background(), benchDB, Options{})
		if err != nil {
			benchErr = err
			return
		}
		defer s.Close()
		s.SetActor(model.Actor{Login: "bench", Name: "Bench"})
		start := time.Now()
		benchErr = FillDemoArchive(context.Background(), s, benchBerkas, 1)
		fmt.Fprintf(os.Stderr, "bench data: %d berkas in %.1f s\n", benchBerkas, time.Since(start).Seconds())
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	s, err := Open(context.Background(), benchDB, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// percentiles reports p50/p95/p99 of the timed calls as custom metrics.
func percentiles(b *testing.B, d []time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	at := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))].Microseconds()) / 1000 }
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}

func BenchmarkArsipFindCode(b *testing.B) {
	s := benchStore(b)
	var d []time.Duration
	i := 0
	for b.Loop() {
		code := fmt.Sprintf("B-%06d", (i*7919)%benchBerkas+1)
		t := time.Now()
		h, err := s.FindCode(ctx, code)
		d = append(d, time.Since(t))
		if err != nil || h.Code != code {
			b.Fatalf("%s: %v %+v", code, err, h)
		}
		i++
	}
	percentiles(b, d)
}

func BenchmarkArsipSearch(b *testing.B) {
	s := benchStore(b)
	queries := []string{"rapat koordinasi", "notulen pimpinan 2019", "kendaraan dinas", "stock opname", "konsumsi",
		"pengadaan meubelair", "000.1.5", "HUT Provinsi", "kuitansi servis", "bimbingan teknis kearsipan", "B-012345", "anggaran"}
	var d []time.Duration
	i := 0
	for b.Loop() {
		q := queries[i%len(queries)]
		t := time.Now()
		_, err := s.SearchBerkas(ctx, q, BerkasFilter{}, Page{Limit: 50})
		d = append(d, time.Since(t))
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
	percentiles(b, d)
}

func BenchmarkArsipFirstPage(b *testing.B) {
	s := benchStore(b)
	filters := []BerkasFilter{{}, {Sort: SortKode}, {Status: model.StatusInaktif}, {KodePrefix: "000.1", Year: 2020}, {Kategori: "Rapat", Sort: SortTahun}}
	var d []time.Duration
	i := 0
	for b.Loop() {
		t := time.Now()
		p, err := s.SearchBerkas(ctx, "", filters[i%len(filters)], Page{Limit: 50})
		d = append(d, time.Since(t))
		if err != nil || len(p.Rows) == 0 {
			b.Fatal(err)
		}
		i++
	}
	percentiles(b, d)
}
