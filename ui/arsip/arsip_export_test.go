package arsip

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	marsip "rapi/model/arsip"
)

// exportedColumn reads the workbook at path and returns column col of
// the table's rows (below the "No" header), and the header's cells.
func exportedColumn(t *testing.T, path, header string) []string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	col, start := -1, -1
	for i, r := range rows {
		if len(r) > 0 && r[0] == "No" {
			start = i + 1
			for j, h := range r {
				if h == header {
					col = j
				}
			}
			break
		}
	}
	if col < 0 {
		t.Fatalf("no column %q in the exported header", header)
	}
	var out []string
	for _, r := range rows[start:] {
		if col < len(r) {
			out = append(out, r[col])
		} else {
			out = append(out, "")
		}
	}
	return out
}

func sameList(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(want) == 0 {
		t.Fatalf("%s: the screen shows nothing to compare", what)
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("%s: the workbook has %d rows %v,\nthe screen shows %d %v", what, len(got), got, len(want), want)
	}
}

func TestExportButtonsWriteWhatTheScreenShows(t *testing.T) {
	db := arsipDB(t, 400)
	a, p := openArsip(t, db)
	dir := t.TempDir()

	// The berkas list, searched and filtered as the clerk left it.
	l := p.list
	test.Type(l.kode, "000.1")
	l.status.SetSelectedIndex(1) // Aktif
	if l.pager.Len() == 0 || l.pager.Len() > 300 {
		t.Fatalf("test setup: the filtered list has %d files", l.pager.Len())
	}
	var shown []string
	for i := range l.pager.Len() {
		shown = append(shown, l.row(i).Code)
	}
	out := filepath.Join(dir, "berkas.xlsx")
	l.exportTo(out)
	if !overlayShows(a.win, out) {
		t.Fatal("no message with the saved file's path")
	}
	sameList(t, "berkas list", exportedColumn(t, out, "Kode"), shown)
	findButton(t, a.win, "Ekspor ke Excel")

	// The loans tab.
	v := p.loans
	v.load()
	shown = nil
	for _, ln := range v.shown {
		shown = append(shown, ln.Code)
	}
	out = filepath.Join(dir, "pinjam.xlsx")
	v.exportTo(out)
	sameList(t, "loans", exportedColumn(t, out, "Kode"), shown)
	v.onlyOverdue.SetChecked(true) // "hanya terlambat": the file follows the screen
	shown = nil
	for _, ln := range v.shown {
		shown = append(shown, ln.Code)
	}
	out = filepath.Join(dir, "pinjam-terlambat.xlsx")
	v.exportTo(out)
	if len(shown) == 0 {
		t.Fatal("test data: no overdue loans")
	}
	sameList(t, "overdue loans", exportedColumn(t, out, "Kode"), shown)

	// The retention tab: usul pindah, then usul musnah, as of a far day.
	r := p.retensi
	r.asOf.SetText("31/12/2090")
	for i, act := range []marsip.RetensiAction{marsip.RetensiPindah, marsip.RetensiMusnah} {
		r.action.SetSelectedIndex(i)
		if r.selectedAction() != act || r.export.Disabled() {
			t.Fatalf("the export button is off for %s", act)
		}
		shown = nil
		for _, b := range r.rows {
			shown = append(shown, b.Code)
		}
		out = filepath.Join(dir, string(act)+".xlsx")
		r.exportTo(out)
		sameList(t, string(act), exportedColumn(t, out, "Kode"), shown)
	}
	r.action.SetSelectedIndex(2) // serah: no official list
	if !r.export.Disabled() {
		t.Fatal("export offered for a list that has no official form")
	}
}
