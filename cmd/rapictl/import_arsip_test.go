package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
