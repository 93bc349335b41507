package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rapi/storage/sheet/sheettest"
)

// rapatDemo is a demo database with its meetings, listed as JSON.
func rapatDemo(t *testing.T) (string, []map[string]any) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "rapi.db")
	if code, out, errs := ctl(t, "--db", db, "demo", "--berkas", "20", "--seed", "5"); code != 0 || !strings.Contains(out, "32 rapat") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	code, out, errs := ctl(t, "--db", db, "rapat", "list", "--json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); code != 0 || err != nil || len(rows) != 32 {
		t.Fatalf("rapat list: %d %v %q %s", code, err, out, errs)
	}
	return db, rows
}

func TestRapatListAndShow(t *testing.T) {
	db, rows := rapatDemo(t)
	for _, r := range rows {
		p := r["progress"].(map[string]any)
		if !strings.HasPrefix(r["code"].(string), "M-") || p["total"].(float64) < 6 || r["diundang"].(float64) < 4 {
			t.Fatalf("meeting row %v", r)
		}
	}
	today := time.Now().Format("2006-01-02")
	code, out, _ := ctl(t, "--db", db, "rapat", "list", "--from", today, "--to", today)
	if code != 0 || !strings.HasSuffix(out, " rapat\n") || strings.Count(out, "\n") > 4 {
		t.Fatalf("today's meetings: %q", out)
	}
	if code, _, errs := ctl(t, "--db", db, "rapat", "list", "--from", "kemarin"); code != 2 || !strings.Contains(errs, "kemarin") {
		t.Errorf("bad date: %d %q", code, errs)
	}
	m := rows[len(rows)-1]["code"].(string)
	code, out, errs := ctl(t, "--db", db, "rapat", "show", m, "--json")
	var show struct {
		Code      string
		Peserta   []struct{ Code, Nama, Hadir string }
		Susunan   []struct{ Jam, Uraian string }
		Checklist []struct {
			Fase, Uraian, Due string
		}
	}
	if err := json.Unmarshal([]byte(out), &show); code != 0 || err != nil {
		t.Fatalf("show: %d %v %s", code, err, errs)
	}
	jam := regexp.MustCompile(`^\d\d\.\d\d–\d\d\.\d\d$`)
	if show.Code != m || len(show.Peserta) < 4 || !strings.HasPrefix(show.Peserta[0].Code, "U-") || len(show.Susunan) < 4 ||
		!jam.MatchString(show.Susunan[1].Jam) || len(show.Checklist) < 6 || show.Checklist[0].Due == "" {
		t.Fatalf("show %s: %+v", m, show)
	}
	code, out, _ = ctl(t, "--db", db, "rapat", "show", strings.ToLower(m))
	if code != 0 || !strings.Contains(out, show.Peserta[0].Code+"\t"+show.Peserta[0].Nama) || !strings.Contains(out, "Susunan acara:") ||
		!strings.Contains(out, show.Susunan[1].Jam+"\t"+show.Susunan[1].Uraian) || !strings.Contains(out, " dari ") {
		t.Fatalf("show text: %q", out)
	}
	if code, _, errs := ctl(t, "--db", db, "rapat", "show", "M-999999"); code == 0 || !strings.Contains(errs, "M-999999") {
		t.Errorf("unknown meeting: %d %q", code, errs)
	}
}

func TestHadirRefusesASecondScan(t *testing.T) {
	db, rows := rapatDemo(t)
	m := rows[len(rows)-1]["code"].(string) // weeks ahead: nobody there yet
	_, out, _ := ctl(t, "--db", db, "rapat", "show", m, "--json")
	var show struct{ Peserta []struct{ Code, Nama string } }
	json.Unmarshal([]byte(out), &show)
	p := show.Peserta[0]
	code, out, errs := ctl(t, "--db", db, "hadir", "--rapat", m, strings.ToLower(p.Code))
	first := regexp.MustCompile(`hadir (\d\d\.\d\d)\n$`).FindStringSubmatch(out)
	if code != 0 || first == nil || !strings.HasPrefix(out, p.Nama) {
		t.Fatalf("first scan: %d %q %q", code, out, errs)
	}
	code, _, errs = ctl(t, "--db", db, "hadir", "--rapat", m, p.Code)
	if code != 1 || !strings.Contains(errs, p.Nama+" sudah hadir "+first[1]) {
		t.Fatalf("second scan: %d %q, want sudah hadir %s", code, errs, first[1])
	}
	other := rows[len(rows)-2]["code"].(string)
	if code, _, errs := ctl(t, "--db", db, "hadir", "--rapat", other, p.Code); code != 1 || !strings.Contains(errs, "rapat lain") {
		t.Errorf("another meeting's invitee: %d %q", code, errs)
	}
	if code, _, _ := ctl(t, "--db", db, "hadir", p.Code); code != 2 {
		t.Errorf("without --rapat: exit %d", code)
	}
}

func TestExportRapatHadir(t *testing.T) {
	db, rows := rapatDemo(t)
	var held map[string]any
	for _, r := range rows {
		if r["status"] == "selesai" && r["hadir"].(float64) > 0 {
			held = r
			break
		}
	}
	if held == nil {
		t.Fatal("demo has no held meeting with attendance")
	}
	out := filepath.Join(t.TempDir(), "hadir.xlsx")
	code, stdout, errs := ctl(t, "--db", db, "export", "rapat", out, "--list", "hadir", "--rapat", held["code"].(string))
	if code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cells, _ := f.GetRows(f.GetSheetName(0))
	text := ""
	head, present := -1, 0
	for i, r := range cells {
		text += strings.Join(r, "|") + "\n"
		if len(r) > 5 && r[0] == "No" {
			head = i
		}
		if head >= 0 && i > head && len(r) > 5 && regexp.MustCompile(`^\d\d\.\d\d$`).MatchString(r[5]) {
			present++
		}
	}
	if head < 0 || strings.Join(cells[head], "|") != "No|Nama|NIP|Jabatan|Instansi|Hadir pukul|Keterangan" {
		t.Fatalf("no header row in:\n%s", text)
	}
	invited, hadir := int(held["diundang"].(float64)), int(held["hadir"].(float64))
	rekap := "Diundang: " + strconv.Itoa(invited) + " · Hadir: " + strconv.Itoa(hadir) + " · Tidak hadir: " + strconv.Itoa(invited-hadir) + " · Tanpa undangan: 0"
	if !strings.Contains(text, "Acara: "+held["acara"].(string)) || !strings.Contains(text, rekap) ||
		len(cells)-head-1 != invited || present != hadir || !strings.Contains(stdout, strconv.Itoa(invited)+" baris") {
		t.Fatalf("attendance of %v (want %q):\n%s", held, rekap, text)
	}
}

func TestImportKontak(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rapi.db")
	good := sheettest.WriteXLSX(t, "kontak.xlsx", [][]any{
		{"DAFTAR UNDANGAN"},
		{"No", "Nama", "NIP", "Jabatan", "Pangkat/Golongan", "Instansi/Unit Kerja", "No HP", "Grup"},
		{1, "Budi Santoso", "19850312 201001 1 004", "Kepala Bagian Umum", "Penata, III/c", "Dinas Kominfo", "0812", "Undangan Rakor"},
		{2, "Ani Lestari", "", "Staf", "", "Biro Umum", "", "Undangan Rakor"},
	})
	code, out, errs := ctl(t, "--db", db, "import", "kontak", good)
	if code != 0 || out != "created 2, updated 0, unchanged 0, rejected 0\n" {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	if code, out, _ := ctl(t, "--db", db, "import", "kontak", good); code != 0 || !strings.HasPrefix(out, "created 0, updated 0, unchanged 2") {
		t.Errorf("again: %q", out)
	}
	bad := sheettest.WriteXLSX(t, "rusak.xlsx", [][]any{
		{"Nama", "NIP", "Unit Kerja"},
		{"Citra", "1234", "Biro Hukum"},
		{"Dodi", "", "Biro Hukum"},
	})
	code, out, errs = ctl(t, "--db", db, "import", "kontak", bad)
	if code != 1 || !strings.Contains(errs, "baris 2") || !strings.Contains(errs, `"NIP"`) || !strings.Contains(out, "rejected 1") ||
		!strings.Contains(errs, "tidak ada yang disimpan") {
		t.Fatalf("bad row: %d %q %q", code, out, errs)
	}
}
