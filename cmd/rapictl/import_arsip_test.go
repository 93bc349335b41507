package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A register without classification codes: --dry-run --json shows the
// mapping with its reasons and the counts; it imports belum
// diklasifikasi, or with --klasifikasi under one code.
func TestImportArsipJSONAndKlasifikasi(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "init"); code != 0 {
		t.Fatal(errs)
	}
	file := filepath.Join(dir, "tanpa-kode.csv")
	os.WriteFile(file, []byte("NO;NO. BERKAS;Uraian Masalah/Kegiatan;Tahun;Jumlah Berkas;Ket.\n"+
		"1;B-2023/0274;Surat undangan;Januari - Desember 2023;3 berkas;\n"+
		"2;12/BU/2023;Notulen rapat;2023;1 berkas;lengkap\n"), 0o644)
	code, out, errs := ctl(t, "--db", db, "import", "arsip", file, "--dry-run", "--json")
	if code != 0 {
		t.Fatalf("dry run json: %d %s", code, errs)
	}
	var got []struct {
		Mapping []struct{ Header, Field, Why string }
		Counts  map[string]int
		Blocked bool
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != 1 {
		t.Fatalf("not JSON: %v %q", err, out)
	}
	fields := map[string]string{}
	for _, m := range got[0].Mapping {
		fields[m.Header] = m.Field + " " + m.Why
	}
	if fields["NO. BERKAS"] != "nomor_berkas sheet.why.exact" || fields["Uraian Masalah/Kegiatan"] != "uraian sheet.why.synonym" ||
		fields["Tahun"] != "kurun_waktu sheet.why.synonym" || got[0].Counts["created"] != 2 || got[0].Counts["unclassified"] != 2 || got[0].Blocked {
		t.Fatalf("dry run: %+v %v", got[0], fields)
	}
	code, out, errs = ctl(t, "--db", db, "import", "arsip", file)
	if code != 0 || lastLine(out) != "created 2, updated 0, unchanged 0, rejected 0" || !strings.Contains(errs, "2 berkas belum diklasifikasi") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	code, out, errs = ctl(t, "--db", db, "import", "arsip", file, "--klasifikasi", "000.1.5")
	if code != 0 || lastLine(out) != "created 0, updated 2, unchanged 0, rejected 0" || strings.Contains(errs, "belum diklasifikasi") {
		t.Fatalf("with one code: %d %q %q", code, out, errs)
	}
	if code, _, _ := ctl(t, "--db", db, "import", "arsip", file, "--json"); code == 0 {
		t.Error("--json without --dry-run was taken")
	}
}

// --all-sheets imports the Daftar Berkas and its Isi Berkas in one go and
// passes over a cover sheet; an .xls is explained, not guessed at.
func TestImportArsipAllSheetsAndXLS(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "init"); code != 0 {
		t.Fatal(errs)
	}
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Sampul")
	f.SetCellValue("Sampul", "A1", "ARSIP BIRO UMUM")
	f.NewSheet("Daftar Berkas")
	f.NewSheet("Isi Berkas")
	for i, r := range [][]any{{"No", "Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu"},
		{1, "000.1.5", "B-2023/0274", "Rapat pimpinan", "2023"}} {
		f.SetSheetRow("Daftar Berkas", "A"+itoa(i+1), &r)
	}
	for i, r := range [][]any{{"Nomor Berkas", "Nomor Item", "Kode Klasifikasi", "Uraian Informasi Arsip", "Tanggal"},
		{"B-2023/0274", nil, "000.1.5", "Rapat pimpinan", nil}, {nil, 1, nil, "Undangan", "12/01/2023"}, {nil, 2, nil, "Notulen", "13/01/2023"}} {
		f.SetSheetRow("Isi Berkas", "A"+itoa(i+1), &r)
	}
	file := filepath.Join(dir, "arsip.xlsx")
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	code, out, errs := ctl(t, "--db", db, "import", "arsip", file, "--all-sheets")
	if code != 0 || lastLine(out) != "created 1, updated 1, unchanged 0, rejected 0" || !strings.Contains(errs, `"Sampul" dilewati`) {
		t.Fatalf("all sheets: %d %q %q", code, out, errs)
	}
	code, out, _ = ctl(t, "--db", db, "import", "arsip", file, "--sheet", "Daftar Berkas", "--sheet", "Isi Berkas")
	if code != 0 || lastLine(out) != "created 0, updated 0, unchanged 2, rejected 0" {
		t.Fatalf("again: %d %q", code, out)
	}
	xls := filepath.Join(dir, "lama.xls")
	os.WriteFile(xls, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), 0o644)
	if code, _, errs := ctl(t, "--db", db, "import", "arsip", xls); code == 0 || !strings.Contains(errs, "Simpan Sebagai") {
		t.Fatalf(".xls: %d %q", code, errs)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// The locations of a register: without --create-places nothing is made,
// the rows that need new places are named (row, column, value) with how
// to go on, and the files keep their location as text; --dry-run --json
// lists the new places; with --create-places they are made and the files
// put there; again, nothing changes.
func TestImportArsipCreatePlaces(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "init"); code != 0 {
		t.Fatal(errs)
	}
	file := filepath.Join(dir, "lokasi.csv")
	os.WriteFile(file, []byte("Kode Klasifikasi;Nomor Berkas;Uraian;Kurun Waktu;Lokasi Simpan\n"+
		"000.1.5;1;Rapat pimpinan;2023;Ruang Arsip Lt.2, Rak 3, Boks 015\n"+
		"000.1.5;2;Rapat staf;2023;Gd. A / R. Arsip / Rak 3 / Boks 15\n"), 0o644)
	code, out, errs := ctl(t, "--db", db, "import", "arsip", file, "--dry-run", "--json")
	var got []struct {
		Counts         map[string]int
		NewPlaces      []string            `json:"new_places"`
		LokasiProblems []struct{ Row int } `json:"lokasi_problems"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got[0].Counts["new_places"] != 5 || got[0].Counts["new_boxes"] != 2 ||
		len(got[0].NewPlaces) != 5 || len(got[0].LokasiProblems) != 2 {
		t.Fatalf("dry run: %d %s %s", code, out, errs)
	}
	code, out, errs = ctl(t, "--db", db, "import", "arsip", file)
	if code != 0 || lastLine(out) != "created 2, updated 0, unchanged 0, rejected 0" ||
		!strings.Contains(errs, `baris 3, kolom "Lokasi Simpan": "Gd. A / R. Arsip / Rak 3 / Boks 15" tempat ini belum ada di Rapi`) ||
		!strings.Contains(errs, "--create-places") {
		t.Fatalf("without --create-places: %d %q %q", code, out, errs)
	}
	if _, out, _ := ctl(t, "--db", db, "import", "arsip", file, "--dry-run", "--json"); !strings.Contains(out, `"new_places": 5`) {
		t.Fatalf("places were made without --create-places: %s", out)
	}
	code, out, errs = ctl(t, "--db", db, "import", "arsip", file, "--create-places")
	if code != 0 || lastLine(out) != "created 0, updated 2, unchanged 0, rejected 0" || !strings.Contains(errs, "5 tempat dan 2 boks baru dibuat") ||
		!strings.Contains(errs, "2 berkas ditempatkan") {
		t.Fatalf("--create-places: %d %q %q", code, out, errs)
	}
	code, out, errs = ctl(t, "--db", db, "import", "arsip", file, "--create-places")
	if code != 0 || lastLine(out) != "created 0, updated 0, unchanged 2, rejected 0" || strings.Contains(errs, "baru") {
		t.Fatalf("again: %d %q %q", code, out, errs)
	}
}

// --sheet repeated is all or nothing: a refused row on the second sheet
// leaves the first unimported.
func TestImportArsipSheetsOneTransaction(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "init"); code != 0 {
		t.Fatal(errs)
	}
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Daftar Berkas")
	f.NewSheet("Isi Berkas")
	for i, r := range [][]any{{"Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu"}, {"000.1.5", "B-1", "Rapat", "2023"}} {
		f.SetSheetRow("Daftar Berkas", "A"+itoa(i+1), &r)
	}
	for i, r := range [][]any{{"Nomor Berkas", "Nomor Item", "Kode Klasifikasi", "Uraian Informasi Arsip", "Tanggal"},
		{"B-1", 1, "000.1.5", "Undangan", "31/02/2023"}} {
		f.SetSheetRow("Isi Berkas", "A"+itoa(i+1), &r)
	}
	file := filepath.Join(dir, "arsip.xlsx")
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	code, out, errs := ctl(t, "--db", db, "import", "arsip", file, "--sheet", "Daftar Berkas", "--sheet", "Isi Berkas")
	if code == 0 || lastLine(out) != "created 0, updated 0, unchanged 0, rejected 1" || !strings.Contains(errs, `lembar "Daftar Berkas": tidak ada yang disimpan`) {
		t.Fatalf("refused: %d %q %q", code, out, errs)
	}
	if _, out, _ := ctl(t, "--db", db, "import", "arsip", file, "--sheet", "Daftar Berkas", "--dry-run"); lastLine(out) != "created 1, updated 0, unchanged 0, rejected 0" {
		t.Fatalf("sheet 1 was written: %q", out)
	}
}
