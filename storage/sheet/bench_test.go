package sheet

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rapi/model/value"
)

const benchRows = 100_000

func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// measure runs f and reports its peak heap (largest HeapInuse, MB) and the
// CPU seconds the process spent, which unlike wall time does not depend on
// what else the machine is doing.
func measure(b *testing.B, f func()) {
	cpu := cpuSeconds()
	peak := peakHeap(f)
	b.ReportMetric(peak, "peak-heap-MB")
	b.ReportMetric(cpuSeconds()-cpu, "cpu-s")
}

// peakHeap samples the heap while f runs and returns the largest HeapInuse in MB.
func peakHeap(f func()) float64 {
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	wg.Wait()
	return float64(peak.Load()) / (1 << 20)
}

// writeBigRegister makes a register of n rows under titles and a header.
func writeBigRegister(b *testing.B, n int) string {
	b.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	sw.SetRow("A1", []any{"DAFTAR ARSIP AKTIF"})
	sw.SetRow("A2", []any{"BIRO UMUM"})
	sw.SetRow("A4", []any{"No", "Kode Klasifikasi", "Nomor Berkas", "Uraian", "Kurun Waktu", "Tanggal Surat", "Tanggal Diterima", "Jumlah", "Nilai", "Kondisi", "Keterangan"})
	dates := []any{45303.0, "12/01/2024", "12 Januari 2024", "2024-01-12"}
	money := []any{1250000, "Rp 1.250.000", "1.250.000,00", "Rp1.250.000,-"}
	for i := range n {
		cell, _ := excelize.CoordinatesToCellName(1, i+5)
		row := []any{i + 1, fmt.Sprintf("000.%d.%d", i%9+1, i%7+1), fmt.Sprintf("B-%06d", i),
			"Uraian informasi berkas rapat pimpinan dan koordinasi nomor " + fmt.Sprint(i), "2019 s.d. 2021",
			dates[i%4], dates[(i+1)%4], i%50 + 1, money[i%4], "Baik", "rak 2"}
		if err := sw.SetRow(cell, row); err != nil {
			b.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	p := filepath.Join(b.TempDir(), "big.xlsx")
	if err := f.SaveAs(p); err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkReadValidate100k reads and validates a 100,000-row register,
// keeping every record in memory as an import does before writing.
func BenchmarkReadValidate100k(b *testing.B) {
	p := writeBigRegister(b, benchRows)
	if st, err := os.Stat(p); err == nil {
		b.Logf("file size %.1f MB", float64(st.Size())/(1<<20))
	}
	b.ResetTimer()
	for range b.N {
		var res *Result
		measure(b, func() {
			var err error
			res, err = Read(p, testSchema, Options{})
			if err != nil {
				b.Fatal(err)
			}
		})
		if len(res.Records) != benchRows || !res.OK() {
			b.Fatalf("records %d, problems %d: %+v", len(res.Records), len(res.Problems), res.Problems[:min(3, len(res.Problems))])
		}
	}
}

// BenchmarkReadValidateStream100k is the same with OnRecord: records are
// handed on one by one instead of kept, so memory stays flat.
func BenchmarkReadValidateStream100k(b *testing.B) {
	p := writeBigRegister(b, benchRows)
	b.ResetTimer()
	for range b.N {
		n := 0
		measure(b, func() {
			res, err := Read(p, testSchema, Options{OnRecord: func(Record) error { n++; return nil }})
			if err != nil || !res.OK() {
				b.Fatal(err)
			}
		})
		if n != benchRows {
			b.Fatal(n)
		}
	}
}

// BenchmarkExport100k writes a 100,000-row list.
func BenchmarkExport100k(b *testing.B) {
	spec, _ := exportFixture()
	rows := func(yield func([]any, error) bool) {
		for i := range benchRows {
			r := []any{i + 1, "000.1.5", fmt.Sprintf("B-%06d", i), "Uraian informasi berkas rapat pimpinan nomor " + fmt.Sprint(i),
				value.YearRange{From: 2019, To: 2021}, date(2024, 1, 12).AddDate(0, 0, i%365), value.MoneyFromRupiah(int64(i) * 1000), value.Good}
			if !yield(r, nil) {
				return
			}
		}
	}
	dir := b.TempDir()
	b.ResetTimer()
	for range b.N {
		var n int
		measure(b, func() {
			out, err := os.Create(filepath.Join(dir, "out.xlsx"))
			if err != nil {
				b.Fatal(err)
			}
			defer out.Close()
			if n, err = Export(out, spec, rows); err != nil {
				b.Fatal(err)
			}
		})
		if n != benchRows {
			b.Fatal(n)
		}
	}
}
