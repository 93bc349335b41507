package storage_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
	"rapi/storage/storagetest"
)

// The inventaris benchmarks: 100,000 assets in the same database as the
// archive benchmarks' 200,000 files (make bench builds it with
// `rapictl demo --berkas 200000 --aset 100000`; without it the assets are
// added to this process's archive database at first use).
const benchAset = 100000

var benchAsetOnce sync.Once

func benchAsetStore(b *testing.B) *storage.Store {
	b.Helper()
	s := benchStore(b)
	var err error
	benchAsetOnce.Do(func() {
		var n int
		if n, err = s.AsetCount(context.Background(), storage.AsetFilter{}); err == nil && n == 0 {
			start := time.Now()
			s.SetActor(model.Actor{Login: "bench", Name: "Bench"})
			err = storage.FillDemoAset(context.Background(), s, benchAset, 1)
			b.Logf("bench data: %d aset in %.1f s", benchAset, time.Since(start).Seconds())
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkAsetFindCode(b *testing.B) {
	s := benchAsetStore(b)
	var d []time.Duration
	i := 0
	for b.Loop() {
		code := model.FormatCode(model.CodeAsset, int64((i*7919)%benchAset+1))
		t := time.Now()
		h, err := s.FindCode(context.Background(), code)
		d = append(d, time.Since(t))
		if err != nil || h.Code != code || h.KodeBarang == "" {
			b.Fatalf("%s: %v %+v", code, err, h)
		}
		i++
	}
	storagetest.ReportPercentiles(b, d)
}

// BenchmarkAsetFirstPage is the first page of the list, with its count,
// under each filter the Inventaris screen offers.
func BenchmarkAsetFirstPage(b *testing.B) {
	s := benchAsetStore(b)
	ctx := context.Background()
	ruang, err := s.LookupCode(ctx, "R-AULA")
	if err != nil {
		b.Fatal(err)
	}
	filters := []struct {
		name string
		f    storage.AsetFilter
	}{{"all", storage.AsetFilter{}}, {"kib", storage.AsetFilter{KIB: aset.KIBB}}, {"ruang", storage.AsetFilter{RuangID: ruang.EntityID}},
		{"kondisi", storage.AsetFilter{Kondisi: aset.KondisiRB}}, {"kode", storage.AsetFilter{KodePrefix: "1.3.2.05"}},
		{"tahun", storage.AsetFilter{Tahun: 2020}}, {"text", storage.AsetFilter{Text: "kursi"}}, {"merk", storage.AsetFilter{Text: "epson"}},
		{"pemegang", storage.AsetFilter{Pemegang: "Budi"}}, {"status", storage.AsetFilter{Status: aset.StatusDigunakan}}}
	for _, f := range filters {
		b.Run(f.name, func(b *testing.B) {
			var d []time.Duration
			for b.Loop() {
				t := time.Now()
				p, err := s.AsetList(ctx, f.f, storage.Page{Limit: 50})
				d = append(d, time.Since(t))
				if err != nil || p.Total == 0 || len(p.Rows) == 0 {
					b.Fatalf("%+v: %v %d", f.f, err, p.Total)
				}
			}
			storagetest.ReportPercentiles(b, d)
		})
	}
}

// BenchmarkAsetSensusScan is a scan to its result: the scan is recorded
// and classified in its write transaction.
func BenchmarkAsetSensusScan(b *testing.B) {
	s := benchAsetStore(b)
	ctx := context.Background()
	ruang, err := s.LookupCode(ctx, "R-RAPAT-2")
	if err != nil {
		b.Fatal(err)
	}
	x, err := s.AsetSensusOpen(ctx, fmt.Sprintf("Bench %d", time.Now().UnixNano()))
	if err != nil {
		b.Fatal(err)
	}
	var d []time.Duration
	i := 0
	for b.Loop() {
		code := model.FormatCode(model.CodeAsset, int64((i*7919)%benchAset+1))
		t := time.Now()
		r, err := s.AsetSensusScan(ctx, x.ID, ruang.EntityID, code)
		d = append(d, time.Since(t))
		if err != nil || r.Aset == nil {
			b.Fatalf("%s: %v %+v", code, err, r)
		}
		i++
	}
	storagetest.ReportPercentiles(b, d)
}
