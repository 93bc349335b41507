package main

import (
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Stickers on a 50x30 roll and a room door label scan back as their codes.
func TestLabelsForAsetAndRuangScan(t *testing.T) {
	for _, tool := range []string{"pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool + " not installed")
		}
	}
	db := asetDemo(t)
	dir := t.TempDir()
	stickers := filepath.Join(dir, "aset.pdf")
	code, out, errs := ctl(t, "--db", db, "labels", "A-000001", "A-000002", "--kind", "aset", "--template", "Rol 50x30", "--out", stickers)
	if code != 0 || !strings.Contains(out, "2 labels") {
		t.Fatalf("labels aset: %d %q %q", code, out, errs)
	}
	if got := scanPDF(t, stickers); strings.Join(got, ",") != "A-000001,A-000002" {
		t.Errorf("stickers scan as %q", got)
	}
	door := filepath.Join(dir, "ruang.pdf")
	if code, out, errs := ctl(t, "--db", db, "labels", "R-AULA", "--kind", "ruang", "--template", "Avery L7163", "--out", door); code != 0 {
		t.Fatalf("labels ruang: %d %q %q", code, out, errs)
	}
	if got := scanPDF(t, door); strings.Join(got, ",") != "R-AULA" {
		t.Errorf("door label scans as %q", got)
	}
	if code, out, _ := ctl(t, "--db", db, "labels", "--kind", "aset", "--template", "Avery L7163", "--out", stickers, "--all"); code != 0 || !strings.Contains(out, "200 labels") {
		t.Errorf("all stickers: %d %q", code, out)
	}
}

// scanPDF rasterises a PDF at 300 dpi and returns the QR codes zbarimg reads, sorted.
func scanPDF(t *testing.T, pdf string) []string {
	t.Helper()
	prefix := strings.TrimSuffix(pdf, ".pdf")
	if out, err := exec.Command("pdftoppm", "-r", "300", "-png", pdf, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	pages, _ := filepath.Glob(prefix + "-*.png")
	var codes []string
	for _, p := range pages {
		out, _ := exec.Command("zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", p).Output()
		for _, l := range strings.Split(string(out), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				codes = append(codes, l)
			}
		}
	}
	sort.Strings(codes)
	return codes
}
