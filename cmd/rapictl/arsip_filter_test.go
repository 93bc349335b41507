package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rapi/storage"
)

// printed runs rapictl print and returns the PDF's text and its row count.
func printed(t *testing.T, db string, args ...string) (string, int) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "list.pdf")
	code, stdout, errs := ctl(t, append([]string{"--db", db, "print"}, append(args, "--out", out)...)...)
	if code != 0 {
		t.Fatalf("print %v: %d %q %q", args, code, stdout, errs)
	}
	m := regexp.MustCompile(`(\d+) rows`).FindStringSubmatch(stdout)
	if m == nil {
		t.Fatalf("print %v said %q", args, stdout)
	}
	n, _ := strconv.Atoi(m[1])
	text, err := exec.Command("pdftotext", "-layout", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(text), n
}

// exported runs rapictl export and returns the sheet's rows.
func exported(t *testing.T, db string, args ...string) [][]string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "list.xlsx")
	if code, stdout, errs := ctl(t, append([]string{"--db", db, "export", "arsip", out}, args...)...); code != 0 {
		t.Fatalf("export %v: %d %q %q", args, code, stdout, errs)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	out2 := make([][]string, len(rows))
	for i, r := range rows {
		out2[i] = r
	}
	return out2
}

func sheetHas(rows [][]string, text string) bool {
	for _, r := range rows {
		if strings.Contains(strings.Join(r, "\t"), text) {
			return true
		}
	}
	return false
}

// Every official list takes the Arsip list's filters in print and export:
// the filtered list holds fewer rows, still the file looked for, and says
// under its title which filter made it.
func TestPrintAndExportTakeTheListFilters(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	db, _ := printDB(t)
	filter := []string{"--tahun", "2019-2021", "--unit", "Bagian Tata Usaha", "--klasifikasi", "000.1"}
	line := "Filter: tahun 2019–2021 · unit pengolah Bagian Tata Usaha · klasifikasi 000.1"
	for list, want := range map[string]string{"aktif": "Rapat koordinasi kearsipan", "isi": "Notulen rapat koordinasi",
		"usul-pindah": "Rapat koordinasi kearsipan"} {
		_, all := printed(t, db, list)
		text, n := printed(t, db, append([]string{list}, filter...)...)
		if n == 0 || n >= all || !strings.Contains(text, want) {
			t.Errorf("print %s: %d of %d rows with the filter, or the file looked for is missing", list, n, all)
		}
		if !strings.Contains(strings.Join(strings.Fields(text), " "), line) {
			t.Errorf("print %s: the header does not say %q", list, line)
		}
		if text, _ := printed(t, db, list, "--tahun", "2024"); strings.Contains(text, want) {
			t.Errorf("print %s --tahun 2024 still lists the file of 2020", list)
		}
	}
	for _, list := range []string{"aktif", "usul-pindah", "berkas"} {
		all := exported(t, db, "--list", list)
		rows := exported(t, db, append([]string{"--list", list}, filter...)...)
		if dataRows(rows) >= dataRows(all) || !sheetHas(rows, "B-900001") || !sheetHas(rows, line) {
			t.Errorf("export %s: %d of %d rows, file or filter line missing", list, len(rows), len(all))
		}
		if sheetHas(exported(t, db, "--list", list, "--unit", "Bagian Keuangan"), "B-900001") {
			t.Errorf("export %s --unit Bagian Keuangan lists a file of Bagian Tata Usaha", list)
		}
	}
}

// --tempat keeps the files in a place and the places under it, and a
// code that is no place is refused in Indonesian.
func TestListFilterByPlaceIncludesSubPlaces(t *testing.T) {
	db, _ := printDB(t)
	ctx := context.Background()
	s, err := storage.Open(ctx, db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	places, err := s.Places(ctx)
	s.Close()
	if err != nil || len(places) == 0 {
		t.Fatalf("no demo places: %v", err)
	}
	// A shelf with files, and the room above it: the room's list holds
	// the shelf's files and those of its other shelves.
	byID := map[int64]string{}
	for _, p := range places {
		byID[p.ID] = p.Code
	}
	all := exported(t, db, "--list", "berkas")
	var shelf [][]string
	var room string
	for _, p := range places {
		if p.ParentID == 0 {
			continue
		}
		rows := exported(t, db, "--list", "berkas", "--tempat", p.Code)
		if dataRows(rows) > 0 && dataRows(rows) < dataRows(all) && strings.HasPrefix(p.Code, "RAK") {
			shelf, room = rows, byID[p.ParentID]
			checkLokasi(t, rows, p.Name)
			break
		}
	}
	if shelf == nil {
		t.Fatal("no demo shelf holds files")
	}
	rows := exported(t, db, "--list", "berkas", "--tempat", room)
	if dataRows(rows) <= dataRows(shelf) || dataRows(rows) >= dataRows(all) || !sheetHas(rows, "Filter: tempat ") {
		t.Fatalf("--tempat %s (room): %d files, its shelf %d, all %d; or no filter line", room, dataRows(rows), dataRows(shelf), dataRows(all))
	}
	code, _, errs := ctl(t, "--db", db, "export", "arsip", filepath.Join(t.TempDir(), "x.xlsx"), "--tempat", "P-NOPE")
	if code == 0 || !strings.Contains(errs, "tidak ada tempat atau boks") {
		t.Fatalf("an unknown place code: exit %d %q", code, errs)
	}
}

// checkLokasi fails unless every file row's Lokasi lies in place.
func checkLokasi(t *testing.T, rows [][]string, place string) {
	t.Helper()
	lokasi := -1
	for _, r := range rows {
		if lokasi < 0 {
			for j, c := range r {
				if c == "Lokasi" {
					lokasi = j
				}
			}
			continue
		}
		if len(r) > lokasi && !strings.Contains(r[lokasi], place) {
			t.Fatalf("the list of %s holds a file at %q", place, r[lokasi])
		}
	}
	if lokasi < 0 {
		t.Fatal("no Lokasi column")
	}
}

// dataRows counts the rows under the header row ("No", ...).
func dataRows(rows [][]string) int {
	for i, r := range rows {
		if len(r) > 0 && r[0] == "No" {
			return len(rows) - i - 1
		}
	}
	return 0
}
