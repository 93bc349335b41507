package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func TestImportArsipCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "init"); code != 0 {
		t.Fatal(errs)
	}
	file := filepath.Join(dir, "daftar.csv")
	os.WriteFile(file, []byte("No;Kode Klasifikasi;Nomor Berkas;Judul;Kurun Waktu;Tanggal\n"+
		"1;000.1.5;1;Notulen rapat;2019 s.d. 2021;12/01/2024\n"+
		"2;000.1.5;2;Undangan rapat;2022;31/02/2024\n"+
		"3;000.1.6;3;Konsumsi;2023;12 Januari 2024\n"), 0o644)

	// The title column is not recognised: --map names it.
	code, out, errs := ctl(t, "--db", db, "import", "arsip", file)
	if code == 0 || !strings.Contains(errs, `kolom "Uraian Informasi Berkas"`) {
		t.Fatalf("without a title column: %d %q %q", code, out, errs)
	}
	mapArg := "Judul=uraian"
	code, out, errs = ctl(t, "--db", db, "import", "arsip", file, "--map", mapArg)
	if code == 0 || !strings.Contains(errs, `baris 3, kolom "Tanggal": "31/02/2024" bukan tanggal`) {
		t.Fatalf("bad date: %d %q %q", code, out, errs)
	}
	if lastLine(out) != "created 0, updated 0, unchanged 0, rejected 1" {
		t.Fatalf("last line %q", lastLine(out))
	}
	code, out, _ = ctl(t, "--db", db, "import", "arsip", file, "--map", mapArg, "--dry-run", "--skip-invalid")
	if code != 0 || lastLine(out) != "created 2, updated 0, unchanged 0, rejected 1" {
		t.Fatalf("dry run: %d %q", code, out)
	}
	code, out, errs = ctl(t, "--db", db, "import", "arsip", file, "--skip-invalid", "--map", mapArg)
	if code != 0 || lastLine(out) != "created 2, updated 0, unchanged 0, rejected 1" {
		t.Fatalf("skip invalid: %d %q %q", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "daftar-ditolak.xlsx")); err != nil {
		t.Fatalf("no errors workbook: %v (%s)", err, errs)
	}
	code, out, _ = ctl(t, "--db", db, "import", "arsip", file, "--skip-invalid", "--map", mapArg)
	if code != 0 || lastLine(out) != "created 0, updated 0, unchanged 2, rejected 1" {
		t.Fatalf("re-import: %d %q", code, out)
	}

	// Export the lists.
	xlsx := filepath.Join(dir, "aktif.xlsx")
	code, out, errs = ctl(t, "--db", db, "export", "arsip", xlsx, "--list", "berkas")
	if code != 0 || !strings.HasPrefix(out, "2 baris") {
		t.Fatalf("export: %d %q %q", code, out, errs)
	}
	code, out, _ = ctl(t, "--db", db, "import", "arsip", xlsx)
	if code != 0 || lastLine(out) != "created 0, updated 0, unchanged 2, rejected 0" {
		t.Fatalf("import of the export: %d %q", code, out)
	}
	for _, l := range []string{"aktif", "inaktif", "isi", "usul-pindah", "usul-musnah", "pinjam"} {
		if code, _, errs := ctl(t, "--db", db, "export", "arsip", filepath.Join(dir, l+".xlsx"), "--list", l); code != 0 {
			t.Errorf("export %s: %s", l, errs)
		}
	}
	if code, _, _ := ctl(t, "--db", db, "export", "arsip", xlsx, "--list", "semua"); code != 2 {
		t.Errorf("unknown list: exit %d", code)
	}
}
