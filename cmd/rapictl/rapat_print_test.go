package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/rapat"
	"rapi/storage"
)

// rapatDB is a database with one meeting: three invitees (the first at
// the head table and checked in), a run-down, a checklist, minutes and an
// action item.
func rapatDB(t *testing.T) (string, rapat.Rapat) {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "rapi.db")
	s, err := storage.Open(ctx, db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.SetAdminPIN(ctx, "", "1234"))
	must(s.SetInstitution(ctx, model.Institution{Lines: []string{"PEMERINTAH PROVINSI BANTEN", "BIRO UMUM"},
		Address: "Jl. Syekh Nawawi Al Bantani, Serang 42171"}, "1234"))
	start := time.Date(2026, 12, 7, 8, 0, 0, 0, time.Local)
	r := rapat.Rapat{Acara: "Rapat Pimpinan Mingguan", Jenis: "Rapat Pimpinan", Mulai: start, Selesai: start.Add(2 * time.Hour),
		Tempat: "Ruang Rapat Biro Umum", Pimpinan: "Drs. Ahmad Fauzi", Notulis: "Siti Aminah",
		Surat: rapat.Surat{Nomor: "005/77/Biro Umum", Hal: "Undangan Rapat",
			Penanda: rapat.Penanda{Jabatan: "Kepala Biro Umum", Nama: "Drs. Ahmad Fauzi", NIP: "196805121990031004"}}}
	must(s.CreateRapat(ctx, &r, storage.RapatFrom{}))
	var ids []int64
	for _, n := range []string{"Budi Santoso", "Dewi Lestari", "Rudi Hartono"} {
		k := rapat.Kontak{Nama: n, Jabatan: "Kepala Bagian", Instansi: "Biro Umum"}
		must(s.SaveKontak(ctx, &k))
		ids = append(ids, k.ID)
	}
	ps, err := s.InviteKontak(ctx, r.ID, ids)
	must(err)
	ps[0].MejaUtama = true
	must(s.UpdatePeserta(ctx, &ps[0]))
	_, err = s.CheckIn(ctx, r.ID, ps[0].Code, "siti")
	must(err)
	must(s.SetSusunan(ctx, r.ID, []rapat.SusunanItem{{Urutan: 1, Durasi: 30 * time.Minute, Uraian: "Registrasi", Petugas: "Protokol"},
		{Urutan: 2, Durasi: 90 * time.Minute, Uraian: "Pembahasan", Petugas: "Pimpinan"}}))
	must(s.SaveChecklistItem(ctx, &rapat.Item{RapatID: r.ID, Urutan: 1,
		Tugas: rapat.Tugas{Fase: rapat.FaseH1, Uraian: "Konsumsi snack", Jumlah: 2, PerPeserta: true, Satuan: "kotak", Relatif: -24 * time.Hour}}))
	l, err := s.RapatLengkap(ctx, r.ID)
	must(err)
	n := l.Notulen
	n.RapatID, n.Keputusan = r.ID, "Laporan keuangan dibahas minggu depan"
	must(s.SaveNotulen(ctx, &n))
	must(s.SaveTindak(ctx, &rapat.TindakLanjut{RapatID: r.ID, Uraian: "Menyusun laporan keuangan", PIC: "Bagian Keuangan"}))
	return db, r
}

func TestPrintEveryMeetingPaper(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	db, r := rapatDB(t)
	want := map[string][]string{
		"undangan":      {"005/77/Biro Umum", "Senin, 7 Desember 2026", "08.00 WIB", "NIP. 196805121990031004", "DAFTAR UNDANGAN", "Rudi Hartono"},
		"susunan-acara": {"SUSUNAN ACARA", "08.00–08.30", "Registrasi", "08.30–10.00"},
		"daftar-hadir":  {"DAFTAR HADIR", "Pimpinan Rapat", "Budi Santoso", "Dewi Lestari", "Jam Hadir"},
		"notulen":       {"NOTULEN RAPAT", "Laporan keuangan dibahas minggu depan", "Menyusun laporan keuangan", "DAFTAR HADIR"},
		"papan-nama":    {"Budi Santoso"},
		"checklist":     {"DAFTAR PERIKSA PERSIAPAN", "Konsumsi snack", "5 kotak"},
	}
	dir := t.TempDir()
	for _, kind := range rapatPrintNames() {
		out := filepath.Join(dir, kind+".pdf")
		code, stdout, errs := ctl(t, "--db", db, "print", kind, "--rapat", strings.ToLower(r.Code), "--out", out, "--paper", "f4")
		if code != 0 || !strings.Contains(stdout, r.Code) {
			t.Fatalf("print %s: %d %q %q", kind, code, stdout, errs)
		}
		text, err := exec.Command("pdftotext", "-layout", out, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want[kind] {
			if !strings.Contains(string(text), w) {
				t.Errorf("%s lacks %q:\n%s", kind, w, text)
			}
		}
	}
	s, err := storage.Open(context.Background(), db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.RapatByCode(context.Background(), r.Code)
	if err != nil || got.UndanganDicetak.IsZero() {
		t.Errorf("printing the undangan did not mark it printed: %v %+v", err, got)
	}
}

func TestPrintMeetingPaperUsage(t *testing.T) {
	db, r := rapatDB(t)
	out := filepath.Join(t.TempDir(), "x.pdf")
	if code, _, _ := ctl(t, "--db", db, "print", "daftar-hadir", "--out", out); code != 2 {
		t.Errorf("without --rapat: exit %d, want 2", code)
	}
	if code, _, errs := ctl(t, "--db", db, "print", "daftar-hadir", "--rapat", "M-999999", "--out", out); code == 0 {
		t.Errorf("an unknown meeting printed: %q", errs)
	}
	if code, _, errs := ctl(t, "--db", db, "print", "daftar-hadir", "--rapat", r.Code, "--out", out, "--blank", "-1"); code != 2 {
		t.Errorf("--blank -1: exit %d %q", code, errs)
	}
}
