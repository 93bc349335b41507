package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rapi/model/arsip"
	"rapi/storage"
)

// printDB is a demo archive plus one file a clerk would look for: active,
// due for moving, with two items, lent to Budi.
func printDB(t *testing.T) (db string, musnah arsip.Berkas) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "demo", "--berkas", "120", "--seed", "5"); code != 0 {
		t.Fatalf("demo: %q", errs)
	}
	ctx := context.Background()
	s, err := storage.Open(ctx, db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b := arsip.Berkas{Code: "B-900001", KodeKlasifikasi: "000.1.5", Uraian: "Rapat koordinasi kearsipan", TahunSampai: 2020,
		UnitPengolah: "Bagian Tata Usaha"}
	if err := s.CreateBerkas(ctx, &b); err != nil {
		t.Fatal(err)
	}
	items := []arsip.IsiBerkas{{NomorItem: 1, Uraian: "Notulen rapat koordinasi", Tanggal: time.Date(2020, 3, 2, 0, 0, 0, 0, time.UTC)},
		{NomorItem: 2, Uraian: "Daftar hadir rapat", Tanggal: time.Date(2020, 3, 2, 0, 0, 0, 0, time.UTC)}}
	if err := s.SetIsiBerkas(ctx, b.ID, b.Version, items); err != nil {
		t.Fatal(err)
	}
	loan := arsip.Peminjaman{BerkasID: b.ID, Borrower: "Budi Santoso", Unit: "Bagian Keuangan", Clerk: "Siti",
		Tanggal: time.Now(), Due: time.Now().AddDate(0, 0, 7), Purpose: "Pemeriksaan"}
	if err := s.LendArsip(ctx, &loan); err != nil {
		t.Fatal(err)
	}
	p, err := s.RetensiList(ctx, arsip.RetensiMusnah, time.Now(), storage.Page{Limit: 1})
	if err != nil || len(p.Rows) == 0 {
		t.Fatalf("the demo has no file due for destruction: %v", err)
	}
	return db, p.Rows[0]
}

func TestPrintOfficialLists(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	db, musnah := printDB(t)
	old := timeNow
	timeNow = func() time.Time { return time.Date(2026, 8, 17, 9, 0, 0, 0, time.Local) }
	t.Cleanup(func() { timeNow = old })
	today := "17 Agustus 2026"
	header := "PEMERINTAH PROVINSI"
	for _, c := range []struct {
		list  string
		args  []string
		title string
		want  []string
	}{
		{"aktif", nil, "DAFTAR ARSIP AKTIF", []string{"Uraian Informasi Berkas", "Kurun Waktu", "Rapat koordinasi kearsipan", "Notulen rapat koordinasi", today}},
		{"inaktif", []string{"--paper", "a4"}, "DAFTAR ARSIP INAKTIF", []string{"Uraian", "Kurun Waktu", "Jumlah", musnah.Code, today}},
		{"isi", []string{"--portrait"}, "DAFTAR ISI BERKAS", []string{"Tanggal", "Jumlah", "Daftar hadir", today}},
		{"usul-pindah", nil, "DAFTAR ARSIP USUL PINDAH", []string{"Retensi Aktif", "Rapat koordinasi kearsipan", "1 Januari 2023", today}},
		{"usul-musnah", []string{"--paper", "f4", "--landscape"}, "DAFTAR ARSIP USUL MUSNAH", []string{"Retensi Inaktif", "Kurun Waktu", musnah.Code, today}},
		{"pinjam-kartu", []string{"--paper", "a4"}, "KARTU PINJAM ARSIP", []string{"B-900001", "Budi Santoso", "Rapat koordinasi kearsipan", "Harus kembali tanggal"}},
	} {
		out := filepath.Join(t.TempDir(), c.list+".pdf")
		code, stdout, errs := ctl(t, append([]string{"--db", db, "print", c.list, "--out", out}, c.args...)...)
		if code != 0 {
			t.Fatalf("print %s: %d %q %q", c.list, code, stdout, errs)
		}
		text, err := exec.Command("pdftotext", "-layout", out, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range append([]string{c.title, header}, c.want...) {
			if !strings.Contains(string(text), w) {
				t.Errorf("%s: the PDF lacks %q", c.list, w)
			}
		}
	}
}

func TestPrintRefusesWhatItCannotPrint(t *testing.T) {
	for _, args := range [][]string{
		{"print", "rekap", "--out", "x.pdf"},
		{"print", "aktif"},
		{"print", "aktif", "--out", "x.pdf", "--paper", "letter"},
		{"print", "aktif", "--out", "x.pdf", "--landscape", "--portrait"},
	} {
		if code, _, errs := ctl(t, append([]string{"--db", "none.db"}, args...)...); code != 2 {
			t.Errorf("%v: exit %d %q", args, code, errs)
		}
	}
}

func TestBerkasAndBoksLabels(t *testing.T) {
	db, _ := printDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "berkas.pdf")
	code, stdout, errs := ctl(t, "--db", db, "labels", "--kind", "berkas", "--template", "avery l7163", "--out", out, "B-900001", "b-000003")
	if code != 0 || !strings.Contains(stdout, "2 labels (2 records)") {
		t.Fatalf("berkas labels: %d %q %q", code, stdout, errs)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text, _ := exec.Command("pdftotext", out, "-").Output()
		flat := strings.Join(strings.Fields(string(text)), " ")
		for _, w := range []string{"B-900001", "B-000003", "000.1.5", "Rapat koordinasi kearsipan", "2020"} {
			if !strings.Contains(flat, w) {
				t.Errorf("the berkas labels lack %q", w)
			}
		}
	}
	code, stdout, errs = ctl(t, "--db", db, "labels", "--kind", "boks", "--template", "avery l7163", "--out", filepath.Join(dir, "boks.pdf"), "--unprinted")
	if code != 0 || !strings.Contains(stdout, "labels (") {
		t.Fatalf("boks labels: %d %q %q", code, stdout, errs)
	}
	// printed boxes are not offered again
	code, stdout, _ = ctl(t, "--db", db, "labels", "--kind", "boks", "--template", "avery l7163", "--out", filepath.Join(dir, "again.pdf"), "--unprinted")
	if code != 0 || !strings.Contains(stdout, "0 labels (0 records)") {
		t.Fatalf("boks labels again: %d %q", code, stdout)
	}
}
