package sheet

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestExportInLibreOffice converts an export to CSV with LibreOffice and
// checks what a clerk sees: Indonesian dates and rupiah amounts.
func TestExportInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed (apt-get install -y libreoffice-calc-nogui); skipping the LibreOffice rendering check")
	}
	if testing.Short() {
		t.Skip("LibreOffice check skipped in -short mode")
	}
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
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", dir, in)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	done := make(chan error, 1)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("soffice: %v\n%s", err, out.String())
		}
	case <-time.After(90 * time.Second):
		cmd.Process.Kill()
		t.Fatal("soffice did not finish in 90 s")
	}
	data, err := os.ReadFile(filepath.Join(dir, "daftar.csv"))
	if err != nil {
		t.Fatalf("no csv: %v\n%s", err, out.String())
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 8 {
		t.Fatalf("csv has %d rows:\n%s", len(recs), data)
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
