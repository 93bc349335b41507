package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"rapi/model"
	"rapi/storage"
)

// rapictl print fills the signature blocks as the GUI does: the names
// saved in Pengaturan and on the room.
func TestPrintKIRCarriesTheSigners(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	db := asetDemo(t)
	ctx := context.Background()
	s, err := storage.Open(ctx, db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = s.SetAsetSigners(ctx, model.AsetSigners{Pengurus: model.Signer{Nama: "Budi Santoso", NIP: "198503122010011002"},
		Kepala: model.Signer{Nama: "Siti Aminah", NIP: "197001011995032001", Jabatan: "Kepala Biro Umum"}}, "")
	if err == nil {
		var hits []storage.Hit
		if hits, err = s.Find(ctx, "R-AULA", 1); err == nil {
			_, v, _ := s.RuangPJ(ctx, hits[0].ID)
			err = s.SetRuangPJ(ctx, hits[0].ID, v, model.Signer{Nama: "Rina Wati", NIP: "199001012015032003"})
		}
	}
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	kir := filepath.Join(t.TempDir(), "kir.pdf")
	if code, _, errs := ctl(t, "--db", db, "print", "kir", "--ruang", "R-AULA", "--out", kir); code != 0 {
		t.Fatalf("print kir: %s", errs)
	}
	text, _ := exec.Command("pdftotext", "-layout", kir, "-").Output()
	for _, want := range []string{"Rina Wati", "NIP. 199001012015032003", "Budi Santoso", "NIP. 198503122010011002",
		"Siti Aminah", "NIP. 197001011995032001"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the KIR printed by rapictl lacks %q", want)
		}
	}
}
