package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"rapi/storage/sheet/sheettest"
)

// TestExportInLibreOffice converts an export to CSV with LibreOffice and
// checks what a clerk sees: Indonesian dates and rupiah amounts.
func TestExportInLibreOffice(t *testing.T) {
	spec, rows := exportFixture()
	var buf bytes.Buffer
	if _, err := Export(&buf, spec, seq(rows)); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "daftar.xlsx")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	recs := sheettest.LibreOfficeCSV(t, in)
	if len(recs) < 8 {
		t.Fatalf("csv has %d rows: %q", len(recs), recs)
	}
	head, first, third := recs[4], recs[5], recs[7]
	if head[0] != "No" || head[5] != "Tanggal Surat" {
		t.Errorf("header row = %q", head)
	}
	if first[5] != "12 Januari 2024" {
		t.Errorf("date shown by LibreOffice as %q, want 12 Januari 2024", first[5])
	}
	if first[6] != "Rp1.250.000" {
		t.Errorf("money shown by LibreOffice as %q, want Rp1.250.000", first[6])
	}
	if third[6] != "-Rp5.001" && third[6] != "-Rp5.000" {
		t.Errorf("negative money shown as %q", third[6])
	}
	if first[4] != "2019-2021" || first[1] != "000.1.5" {
		t.Errorf("text cells = %q", first)
	}
	t.Logf("LibreOffice renders: %q", first)
}
