package storage_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"rapi/model/arsip"
	"rapi/storage"
	"rapi/storage/storagetest"
)

// The archive benchmarks share one database of 200,000 files and about
// 1,000,000 items (only when a benchmark runs: make bench).
const benchBerkas = 200000

// TestMain removes the benchmarks' database when the process ends.
func TestMain(m *testing.M) {
	code := m.Run()
	storagetest.RemoveDemoDBs()
	os.Exit(code)
}

func benchStore(b *testing.B) *storage.Store {
	b.Helper()
	s, err := storage.Open(context.Background(), storagetest.DemoDB(b, benchBerkas), storage.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

func BenchmarkArsipFindCode(b *testing.B) {
	s := benchStore(b)
	var d []time.Duration
	i := 0
	for b.Loop() {
		code := fmt.Sprintf("B-%06d", (i*7919)%benchBerkas+1)
		t := time.Now()
		h, err := s.FindCode(context.Background(), code)
		d = append(d, time.Since(t))
		if err != nil || h.Code != code {
			b.Fatalf("%s: %v %+v", code, err, h)
		}
		i++
	}
	storagetest.ReportPercentiles(b, d)
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
		_, err := s.SearchBerkas(context.Background(), q, storage.BerkasFilter{}, storage.Page{Limit: 50})
		d = append(d, time.Since(t))
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
	storagetest.ReportPercentiles(b, d)
}

func BenchmarkArsipFirstPage(b *testing.B) {
	s := benchStore(b)
	filters := []storage.BerkasFilter{{}, {Sort: storage.SortKode}, {Status: arsip.StatusInaktif}, {KodePrefix: "000.1", Year: 2020}, {Kategori: "Rapat", Sort: storage.SortTahun}}
	var d []time.Duration
	i := 0
	for b.Loop() {
		t := time.Now()
		p, err := s.SearchBerkas(context.Background(), "", filters[i%len(filters)], storage.Page{Limit: 50})
		d = append(d, time.Since(t))
		if err != nil || len(p.Rows) == 0 {
			b.Fatal(err)
		}
		i++
	}
	storagetest.ReportPercentiles(b, d)
}
