package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func writeRegister(t *testing.T, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := f.GetSheetName(0)
	all := append([][]any{{"KARTU INVENTARIS BARANG (KIB) B"}, {}, {"No", "Kode Barang", "Nama Barang", "Register", "Merk", "Tahun", "Harga", "Kondisi"}}, rows...)
	for r, row := range all {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			f.SetCellValue(sh, cell, v)
		}
	}
	p := filepath.Join(t.TempDir(), "kib.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestImportAsetRegister(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "init"); code != 0 {
		t.Fatal(errs)
	}
	good := writeRegister(t, [][]any{{1, "132050201007", "Kursi Rapat", "0001", "Chitose", 2024, "Rp 750.000,00", "Baik"},
		{2, "1.3.2.05.02.01.007", "Kursi Rapat", "0002", "Chitose", 2024, "Rp 750.000,00", "Rusak Berat"}})
	if code, out, errs := ctl(t, "--db", db, "import", "aset", good, "--dry-run"); code != 0 || !strings.HasSuffix(out, "created 2, updated 0, unchanged 0, rejected 0\n") {
		t.Fatalf("dry run: %d %q %q", code, out, errs)
	}
	if code, out, errs := ctl(t, "--db", db, "import", "aset", good); code != 0 || !strings.HasSuffix(out, "created 2, updated 0, unchanged 0, rejected 0\n") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	if code, out, _ := ctl(t, "--db", db, "import", "aset", good); code != 0 || !strings.HasSuffix(out, "created 0, updated 0, unchanged 2, rejected 0\n") {
		t.Fatalf("again: %d %q", code, out)
	}
	bad := writeRegister(t, [][]any{{1, "1.3.2.05.02.01.007", "Kursi Rapat", "0003", "Chitose", 2024, "Rp 750.000,00", "Baik"},
		{2, "1.3.2.05.02.01.007", "Kursi Rapat", "0004", "Chitose", "dua ribu", "Rp 750.000,00", "Baik"}})
	code, out, errs := ctl(t, "--db", db, "import", "aset", bad)
	if code == 0 || !strings.Contains(errs, "5") || !strings.Contains(errs, "Tahun") || !strings.HasSuffix(out, "created 0, updated 0, unchanged 0, rejected 1\n") {
		t.Fatalf("bad: %d %q %q", code, out, errs)
	}
	if code, out, errs := ctl(t, "--db", db, "import", "aset", bad, "--skip-invalid"); code != 0 || !strings.HasSuffix(out, "created 1, updated 0, unchanged 0, rejected 1\n") ||
		!strings.Contains(errs, "ditolak.xlsx") {
		t.Fatalf("skip: %d %q %q", code, out, errs)
	}
}
