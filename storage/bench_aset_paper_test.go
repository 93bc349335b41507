package storage

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

const benchKIBRows = 100000

// writeBigKIBB writes a 100,000-unit KIB B register as offices export
// it: a title, the header, money as "Rp 750.000,00", registers "0001".
func writeBigKIBB(b *testing.B, dir string) string {
	p := filepath.Join(dir, "kib-b.xlsx")
	f := excelize.NewFile()
	sw, _ := f.NewStreamWriter("Sheet1")
	sw.SetRow("A1", []any{"KARTU INVENTARIS BARANG (KIB) B"})
	sw.SetRow("A3", []any{"No", "Kode Barang", "Nama/Jenis Barang", "Nomor Register", "Merk/Type", "Bahan", "Tahun Pembelian",
		"Nomor Pabrik", "Asal-usul/Cara Perolehan", "Harga (Rp)", "Kondisi", "Keterangan"})
	kodes := []string{"1.3.2.05.02.01.007", "1.3.2.10.01.02.001", "1.3.2.05.01.04.001", "1.3.2.05.02.06.002"}
	for i := 1; i <= benchKIBRows; i++ {
		k := kodes[i%len(kodes)]
		row := []any{i, k, "Barang inventaris", fmt.Sprintf("%04d", i/len(kodes)+1), "Merk", "Besi", 2010 + i%15,
			fmt.Sprintf("SN%07d", i), "Pembelian", "Rp 750.000,00", "Baik", ""}
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		if err := sw.SetRow(cell, row); err != nil {
			b.Fatal(err)
		}
	}
	sw.Flush()
	if err := f.SaveAs(p); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return p
}

// BenchmarkImportAsetKIBB100k imports a 100,000-row KIB B register into
// an empty database (target < 10 s, < 300 MB).
func BenchmarkImportAsetKIBB100k(b *testing.B) {
	dir := b.TempDir()
	xlsx := writeBigKIBB(b, dir)
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		s, err := Open(ctx, filepath.Join(dir, fmt.Sprintf("rapi%d.db", i)), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		var rep *ImportAsetReport
		start, cpu := time.Now(), cpuSeconds()
		mb := peakMem(func() { rep, err = s.ImportAset(ctx, xlsx, ImportAsetOptions{}) })
		took := time.Since(start)
		b.ReportMetric(cpuSeconds()-cpu, "cpu-s")
		if err != nil || rep.Created != benchKIBRows {
			b.Fatalf("%v %+v", err, rep)
		}
		b.ReportMetric(mb, "peak-MB")
		b.ReportMetric(took.Seconds(), "import-s")
		s.Close()
	}
}

// BenchmarkExportAsetKIBB100k exports a KIB B of 100,000 units (target < 5 s).
func BenchmarkExportAsetKIBB100k(b *testing.B) {
	dir := b.TempDir()
	s, err := Open(ctx, filepath.Join(dir, "rapi.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ImportAset(ctx, writeBigKIBB(b, dir), ImportAsetOptions{}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		out, _ := os.Create(filepath.Join(dir, "out.xlsx"))
		var n int
		start, cpu := time.Now(), cpuSeconds()
		mb := peakMem(func() { n, err = s.ExportAsetList(ctx, out, AsetListOptions{List: ListKIBB}) })
		took := time.Since(start)
		b.ReportMetric(cpuSeconds()-cpu, "cpu-s")
		out.Close()
		if err != nil || n != benchKIBRows {
			b.Fatal(n, err)
		}
		b.ReportMetric(mb, "peak-MB")
		b.ReportMetric(took.Seconds(), "export-s")
	}
}
