package storage

import (
	"bytes"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// bookSheet is one sheet of a test workbook: rows from A1 down, merged
// ranges ("A1:H5"), hidden columns ("F") and rows (sheet numbers).
type bookSheet struct {
	name       string
	rows       [][]any
	merges     []string
	hiddenCols []string
	hiddenRows []int
}

// writeBook writes a workbook in the shapes offices and other apps make.
func writeBook(t testing.TB, sheets ...bookSheet) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, sh := range sheets {
		if i == 0 {
			f.SetSheetName("Sheet1", sh.name)
		} else if _, err := f.NewSheet(sh.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range sh.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(sh.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range sh.merges {
			a, b, _ := cutRange(m)
			if err := f.MergeCell(sh.name, a, b); err != nil {
				t.Fatal(err)
			}
		}
		for _, c := range sh.hiddenCols {
			f.SetColVisible(sh.name, c, false)
		}
		for _, r := range sh.hiddenRows {
			f.SetRowVisible(sh.name, r, false)
		}
	}
	path := filepath.Join(t.TempDir(), "register.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func cutRange(r string) (string, string, bool) {
	for i := range r {
		if r[i] == ':' {
			return r[:i], r[i+1:], true
		}
	}
	return r, r, false
}

// importTwice imports a register, then again: the second time must
// change nothing.
func importTwice(t *testing.T, s *Store, file string, opt ImportArsipOptions) *ImportArsipReport {
	t.Helper()
	rep, err := s.ImportArsip(ctx, file, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Written || rep.Rejected > 0 || len(rep.Read.Problems) > 0 {
		t.Fatalf("first import: %+v, problems %+v", rep, rep.Read.Problems)
	}
	again, err := s.ImportArsip(ctx, file, opt)
	if err != nil {
		t.Fatal(err)
	}
	if again.Created != 0 || again.Updated != 0 || again.Unchanged != rep.Created+rep.Updated+rep.Unchanged {
		t.Fatalf("second import changed something: %+v (first %+v)", again, rep)
	}
	return rep
}

// Nomor berkas as offices write them are kept as written, match on
// re-import, and the Daftar Berkas lists them in natural order.
func TestImportArsipFreeFormNomorBerkas(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	head := []any{"No", "Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu"}
	nomors := []any{"B-2024/0001", "III/17", "10", "12/BU/2023", "045.a", 2, "B-2023/0274", "III/2", "3/BU/2023"}
	rows := [][]any{head}
	for i, n := range nomors {
		rows = append(rows, []any{i + 1, "000.1.5", n, "Berkas rapat ke-" + string(rune('A'+i)), 2024})
	}
	rep := importTwice(t, s, writeBook(t, bookSheet{name: "Daftar Berkas", rows: rows}), ImportArsipOptions{})
	if rep.Created != len(nomors) {
		t.Fatalf("created %d of %d", rep.Created, len(nomors))
	}
	var buf bytes.Buffer
	if _, err := s.ExportArsip(ctx, &buf, ExportArsipOptions{List: ListBerkas, Filter: BerkasFilter{Sort: SortKode}}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := f.GetRows(f.GetSheetName(0))
	var order []string
	for _, r := range got {
		if len(r) > 2 && r[1] == "000.1.5" {
			order = append(order, r[2])
		}
	}
	want := []string{"2", "10", "045.a", "III/2", "III/17", "3/BU/2023", "12/BU/2023", "B-2023/0274", "B-2024/0001"}
	if !slices.Equal(order, want) {
		t.Errorf("Daftar Berkas order %q\nwant %q", order, want)
	}
}
