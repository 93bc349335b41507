package storage

import (
	"bytes"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"rapi/model/arsip"
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

// A register that never coded its files imports whole, belum
// diklasifikasi, for review; retention waits for a code; choosing one code
// for the whole file later classifies the same files instead of adding new.
func TestImportArsipWithoutKlasifikasi(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := writeBook(t, bookSheet{name: "Daftar Berkas", rows: [][]any{
		{"No", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu", "Jumlah"},
		{1, "1", "Surat undangan rapat koordinasi", "2010", "3 berkas"},
		{2, "2", "Notulen rapat pimpinan", "Januari - Desember 2011", "12 lembar"},
	}})
	rep := importTwice(t, s, file, ImportArsipOptions{})
	if rep.Created != 2 || rep.Unclassified != 2 || len(rep.NewKlasifikasi) != 0 {
		t.Fatalf("report %+v", rep)
	}
	todo, err := s.BerkasUnclassified(ctx, Page{})
	if err != nil || todo.Total != 2 || todo.Rows[1].JumlahItem != 12 || todo.Rows[1].TahunSampai != 2011 {
		t.Fatalf("to classify %+v %v", todo, err)
	}
	if !todo.Rows[0].Retensi.PindahOn.IsZero() {
		t.Errorf("retention before a code is set: %+v", todo.Rows[0].Retensi)
	}
	due, err := s.RetensiList(ctx, arsip.RetensiPindah, d(2030, 1, 1), Page{})
	if err != nil || due.Total != 0 {
		t.Errorf("an unclassified file is in the usul pindah: %+v %v", due, err)
	}
	// The clerk sets the code of one file: its retention is computed.
	b := todo.Rows[0]
	b.KodeKlasifikasi = "000.1.5"
	must(t, s.UpdateBerkas(ctx, &b))
	if got, _ := s.BerkasByCode(ctx, b.Code); got.Retensi.PindahOn.IsZero() {
		t.Errorf("no retention after the code was set: %+v", got.Retensi)
	}
	// One code for the whole file: the other file is classified, nothing added.
	rep, err = s.ImportArsip(ctx, file, ImportArsipOptions{Klasifikasi: "000.1.6"})
	if err != nil || rep.Created != 0 || rep.Updated != 1 || rep.Unchanged != 1 {
		t.Fatalf("with one code: %+v %v", rep, err)
	}
	if todo, _ := s.BerkasUnclassified(ctx, Page{}); todo.Total != 0 || countBerkas(t, s) != 2 {
		t.Errorf("still to classify %d, files %d", todo.Total, countBerkas(t, s))
	}
	if _, err := s.ImportArsip(ctx, file, ImportArsipOptions{Klasifikasi: "rapat"}); err == nil {
		t.Error("a malformed code for the whole file was taken")
	}
}
