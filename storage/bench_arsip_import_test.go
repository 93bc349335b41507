package storage

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

const benchArsipRows = 100_000

// peakMem runs fn while sampling the Go heap and reports the peak in MB.
func peakMem(fn func()) float64 {
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if v := m.HeapInuse + m.StackInuse; v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	fn()
	close(stop)
	<-done
	return float64(peak.Load()) / (1 << 20)
}

// cpuSeconds is the CPU time the process has used: unlike wall time it
// does not grow when other jobs load the machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func writeBigArsip(b *testing.B, dir string) (xlsx, csvPath string) {
	xlsx = filepath.Join(dir, "besar.xlsx")
	csvPath = filepath.Join(dir, "besar.csv")
	f := excelize.NewFile()
	sw, _ := f.NewStreamWriter("Sheet1")
	sw.SetRow("A1", []any{"DAFTAR ARSIP AKTIF"})
	head := []any{"No", "Kode Klasifikasi", "Nomor Berkas", "Unit Pengolah", "Uraian Informasi Berkas", "Kurun Waktu", "Jumlah", "Keterangan"}
	sw.SetRow("A3", head)
	var c strings.Builder
	c.WriteString("no,kode,nomor,unit,uraian,kurun,jumlah,ket\n")
	kodes := []string{"000.1.5", "000.1.6", "000.2.1", "000.5.3.2", "800.2", "900.1"}
	for i := 1; i <= benchArsipRows; i++ {
		k := kodes[i%len(kodes)]
		y := 2010 + i%14
		row := []any{i, k, i, "Bagian Tata Usaha", fmt.Sprintf("Notulen rapat pimpinan nomor %d", i), fmt.Sprintf("%d-%d", y, y+1), i % 9, "lengkap"}
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		if err := sw.SetRow(cell, row); err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(&c, "%d,%s,%d,Bagian Tata Usaha,Notulen rapat pimpinan nomor %d,%d-%d,%d,lengkap\n", i, k, i, i, y, y+1, i%9)
	}
	sw.Flush()
	if err := f.SaveAs(xlsx); err != nil {
		b.Fatal(err)
	}
	f.Close()
	os.WriteFile(csvPath, []byte(c.String()), 0o644)
	return
}

// BenchmarkImportArsip100k imports a 100,000-row register into an empty
// database (read, validate, plan, one write transaction), and, for
// comparison, times the sqlite3 command line's .import of the same rows
// as CSV into a bare table.
func BenchmarkImportArsip100k(b *testing.B) {
	dir := b.TempDir()
	xlsx, csvPath := writeBigArsip(b, dir)
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		s, err := Open(ctx, filepath.Join(dir, fmt.Sprintf("rapi%d.db", i)), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		var rep *ImportArsipReport
		start, cpu := time.Now(), cpuSeconds()
		mb := peakMem(func() {
			rep, err = s.ImportArsip(ctx, xlsx, ImportArsipOptions{})
		})
		took := time.Since(start)
		b.ReportMetric(cpuSeconds()-cpu, "cpu-s")
		if err != nil || rep.Created != benchArsipRows {
			b.Fatalf("%v %+v", err, rep)
		}
		b.ReportMetric(mb, "peak-MB")
		b.ReportMetric(took.Seconds(), "import-s")
		s.Close()
		if sq, err := exec.LookPath("sqlite3"); err == nil {
			db := filepath.Join(dir, fmt.Sprintf("cli%d.db", i))
			cmd := exec.Command(sq, db)
			cmd.Stdin = strings.NewReader(".mode csv\n.import " + csvPath + " t\n")
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			t0 := time.Now()
			if err := cmd.Run(); err != nil {
				b.Fatalf("sqlite3: %v %s", err, out.String())
			}
			cli := time.Since(t0)
			b.ReportMetric(cli.Seconds(), "sqlite3-import-s")
			b.ReportMetric(took.Seconds()/cli.Seconds(), "ratio-vs-sqlite3")
		} else if i == 0 {
			b.Log("sqlite3 command line not installed: no comparison")
		}
	}
}

// BenchmarkExportArsip100k exports a 100,000-file Daftar Berkas.
func BenchmarkExportArsip100k(b *testing.B) {
	dir := b.TempDir()
	xlsx, _ := writeBigArsip(b, dir)
	s, err := Open(ctx, filepath.Join(dir, "rapi.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ImportArsip(ctx, xlsx, ImportArsipOptions{}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		out, _ := os.Create(filepath.Join(dir, "out.xlsx"))
		var n int
		start, cpu := time.Now(), cpuSeconds()
		mb := peakMem(func() {
			n, err = s.ExportArsip(ctx, out, ExportArsipOptions{List: ListBerkas, Filter: BerkasFilter{Sort: SortKode}})
		})
		took := time.Since(start)
		b.ReportMetric(cpuSeconds()-cpu, "cpu-s")
		out.Close()
		if err != nil || n != benchArsipRows {
			b.Fatal(n, err)
		}
		b.ReportMetric(mb, "peak-MB")
		b.ReportMetric(took.Seconds(), "export-s")
	}
}
