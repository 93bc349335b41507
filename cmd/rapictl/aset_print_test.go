package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rapi/model/aset"
	"rapi/storage"
)

func TestPrintAndExportAsetLists(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	db := asetDemo(t)
	dir := t.TempDir()
	kir := filepath.Join(dir, "kir.pdf")
	code, out, errs := ctl(t, "--db", db, "print", "kir", "--ruang", "R-AULA", "--out", kir)
	if code != 0 || !strings.Contains(out, "KARTU INVENTARIS RUANGAN") {
		t.Fatalf("print kir: %d %q %q", code, out, errs)
	}
	text, err := exec.Command("pdftotext", "-layout", kir, "-").Output()
	if err != nil || !strings.Contains(string(text), "RUANGAN :") || !strings.Contains(string(text), "Penanggung Jawab Ruangan") {
		t.Fatalf("kir text: %v\n%s", err, text)
	}
	kib := filepath.Join(dir, "kib-b.pdf")
	if code, _, errs := ctl(t, "--db", db, "print", "kib-b", "--out", kib, "--paper", "a4"); code != 0 {
		t.Fatalf("print kib-b: %s", errs)
	}
	text, _ = exec.Command("pdftotext", "-layout", kib, "-").Output()
	if !strings.Contains(string(text), "KARTU INVENTARIS BARANG (KIB) B") || !strings.Contains(string(text), "JUMLAH") {
		t.Fatalf("kib-b text:\n%s", text)
	}
	if code, _, _ := ctl(t, "--db", db, "print", "kir", "--out", kir); code != 2 {
		t.Errorf("a KIR without --ruang: exit %d, want 2 (usage)", code)
	}
	for _, l := range asetPrintNames() {
		args := []string{"--db", db, "export", "aset", filepath.Join(dir, l+".xlsx"), "--list", l}
		if l == "kir" {
			args = append(args, "--ruang", "R-AULA")
		}
		if code, _, errs := ctl(t, args...); code != 0 {
			t.Errorf("export %s: %s", l, errs)
		}
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "kib-b.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("KIB B")
	found := false
	for _, r := range rows {
		found = found || len(r) > 3 && r[0] == "No" && r[3] == "Nomor Register"
	}
	if !found {
		t.Errorf("kib-b.xlsx has no KIB B header: %q", rows[:min(len(rows), 8)])
	}
	if code, _, _ := ctl(t, "--db", db, "export", "aset", filepath.Join(dir, "x.xlsx"), "--list", "kib-z"); code != 2 {
		t.Errorf("unknown list: exit %d", code)
	}
}

func TestPrintBASTAndBASensus(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	db := asetDemo(t)
	ctx := context.Background()
	s, err := storage.Open(ctx, db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var held aset.Aset
	err = s.EachAsetUnit(ctx, storage.AsetFilter{}, func(a *aset.Aset) bool {
		if a.Pemegang.NIP != "" {
			held = *a
			return false
		}
		return true
	})
	s.Close()
	if err != nil || held.Code == "" {
		t.Fatalf("no held asset in the demo: %v", err)
	}
	out := filepath.Join(t.TempDir(), "bast.pdf")
	if code, _, errs := ctl(t, "--db", db, "print", "bast", "--aset", held.Code, "--out", out); code != 0 {
		t.Fatalf("print bast: %s", errs)
	}
	text, _ := exec.Command("pdftotext", "-layout", out, "-").Output()
	if !strings.Contains(string(text), "BERITA ACARA SERAH TERIMA") || !strings.Contains(string(text), held.Pemegang.Nama) {
		t.Errorf("bast:\n%s", text)
	}
	if code, _, errs := ctl(t, "--db", db, "print", "ba-sensus", "--out", out); code != 1 || !strings.Contains(errs, "sensus") {
		t.Errorf("ba-sensus without a session: %d %q", code, errs)
	}
}
