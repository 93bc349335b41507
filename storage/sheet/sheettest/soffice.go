// Package sheettest helps tests check spreadsheets the way a clerk's
// other software reads them. It is imported by tests only.
package sheettest

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// LibreOfficeCSV converts the workbook at xlsx to CSV with LibreOffice
// (as its cells are shown: dates and amounts formatted) and returns the
// rows. The test is skipped when soffice is not installed or in -short mode.
func LibreOfficeCSV(t testing.TB, xlsx string) [][]string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed (apt-get install -y libreoffice-calc-nogui); skipping the LibreOffice check")
	}
	if testing.Short() {
		t.Skip("LibreOffice check skipped in -short mode")
	}
	dir := filepath.Dir(xlsx)
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", dir, xlsx)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
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
	name := strings.TrimSuffix(filepath.Base(xlsx), filepath.Ext(xlsx)) + ".csv"
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatalf("no csv: %v\n%s", err, out.String())
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}
