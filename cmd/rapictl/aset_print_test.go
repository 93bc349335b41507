package main

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

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
	// the demo is an office's: its kode lokasi and signers are filled
	for _, want := range []string{"12.01.01.03.01", "Rina Marlina, S.E.", "NIP. 198703152010012004", "Drs. H. Ahmad Fauzi, M.Si."} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the demo's KIR lacks %q", want)
		}
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

// moveDemoAssets moves two demo assets to the aula, one in April 2025 and
// one in January 2024, and returns their names in that order.
func moveDemoAssets(t *testing.T, db string) [2]string {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	aula, err := s.LookupCode(ctx, "R-AULA")
	if err != nil {
		t.Fatal(err)
	}
	var names [2]string
	days := []time.Time{time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC), time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC)}
	var units []aset.Aset
	err = s.EachAsetUnit(ctx, storage.AsetFilter{}, func(a *aset.Aset) bool {
		if a.RuangID != aula.EntityID && a.RuangID != 0 && !slices.ContainsFunc(units, func(u aset.Aset) bool { return u.Nama == a.Nama }) {
			units = append(units, *a)
		}
		return len(units) < 2
	})
	if err != nil || len(units) < 2 {
		t.Fatalf("no assets to move: %v", err)
	}
	for i, a := range units {
		if _, err := s.AsetPindah(ctx, a.ID, a.Version, aula.EntityID, aset.Catatan{Tanggal: days[i], Alasan: "rapat"}); err != nil {
			t.Fatal(err)
		}
		names[i] = a.Nama
	}
	return names
}

// The mutasi list is of a period: --from and --to take dates as clerks
// write them, in the Excel export as in the PDF, and refuse a bad one.
func TestExportAndPrintMutasiOfAPeriod(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	db := asetDemo(t)
	moved := moveDemoAssets(t, db)
	dir := t.TempDir()
	xlsx := filepath.Join(dir, "mutasi.xlsx")
	code, out, errs := ctl(t, "--db", db, "export", "aset", xlsx, "--list", "mutasi", "--from", "1 April 2025", "--to", "30/04/2025")
	if code != 0 || !strings.HasPrefix(out, "1 baris") {
		t.Fatalf("export mutasi: %d %q %q", code, out, errs)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cells []string
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for _, r := range rows {
			cells = append(cells, strings.Join(r, " | "))
		}
	}
	all := strings.Join(cells, "\n")
	if !strings.Contains(all, "Periode 1 April 2025 s.d. 30 April 2025") || !strings.Contains(all, moved[0]) ||
		strings.Contains(all, moved[1]) {
		t.Errorf("mutasi.xlsx of April 2025:\n%s", all)
	}
	pdf := filepath.Join(dir, "mutasi.pdf")
	if code, _, errs := ctl(t, "--db", db, "print", "mutasi", "--out", pdf, "--from", "2024-01-01", "--to", "31 Desember 2025"); code != 0 {
		t.Fatalf("print mutasi: %s", errs)
	}
	text, _ := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	for _, want := range []string{"Periode 1 Januari 2024 s.d. 31 Desember 2025", moved[0], moved[1], "10 April", "5 Januari"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("mutasi.pdf has no %q:\n%s", want, text)
		}
	}
	if code, _, errs := ctl(t, "--db", db, "export", "aset", xlsx, "--list", "mutasi", "--from", "31/02/2026"); code != 2 || !strings.Contains(errs, "not a date") {
		t.Errorf("a bad --from: %d %q", code, errs)
	}
	if code, _, _ := ctl(t, "--db", db, "export", "aset", xlsx, "--list", "mutasi", "--from", "1/5/2025", "--to", "1/4/2025"); code != 2 {
		t.Errorf("--to before --from: exit %d, want 2", code)
	}
	if code, _, _ := ctl(t, "--db", db, "export", "aset", xlsx, "--list", "kib-b", "--from", "1/5/2025"); code != 2 {
		t.Errorf("a period on KIB B: exit %d, want 2", code)
	}
}

// A pengurus barang prints the KIR of every room at once: one PDF, each
// room with assets on its own pages with its own header and numbering.
func TestPrintKIROfEveryRoom(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	db := asetDemo(t)
	code, out, errs := ctl(t, "--db", db, "aset", "list", "--json")
	if code != 0 {
		t.Fatalf("list: %s", errs)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	rooms := map[string]bool{}
	for _, r := range rows {
		path := r["ruang"].(string)
		rooms[path[strings.LastIndex(path, "› ")+len("› "):]] = true
	}
	pdf := filepath.Join(t.TempDir(), "kir.pdf")
	if code, out, errs := ctl(t, "--db", db, "print", "kir", "--all", "--out", pdf); code != 0 || !strings.Contains(out, "KARTU INVENTARIS RUANGAN") {
		t.Fatalf("print kir --all: %d %q %q", code, out, errs)
	}
	text, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(text), "Halaman 1 dari"); n != len(rooms) {
		t.Errorf("%d KIRs for %d rooms with assets", n, len(rooms))
	}
	for room := range rooms {
		if !strings.Contains(string(text), room) {
			t.Errorf("no KIR of %s", room)
		}
	}
	if code, _, _ := ctl(t, "--db", db, "print", "kir", "--all", "--ruang", "R-AULA", "--out", pdf); code != 2 {
		t.Errorf("--all with --ruang: exit %d, want 2 (usage)", code)
	}
}
