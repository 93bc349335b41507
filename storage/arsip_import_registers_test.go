package storage

import (
	"bytes"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"rapi/model"
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

// importSheets imports the sheets of a workbook one after the other, as
// rapictl --sheet A --sheet B and the wizard with both ticked do.
func importSheets(t *testing.T, s *Store, file string, sheets ...string) (created, updated, unchanged, items int) {
	t.Helper()
	for _, name := range sheets {
		rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{Sheet: name})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Rejected > 0 || len(rep.Read.Problems) > 0 {
			t.Fatalf("sheet %s: %+v problems %+v", name, rep, rep.Read.Problems)
		}
		created, updated, unchanged, items = created+rep.Created, updated+rep.Updated, unchanged+rep.Unchanged, items+rep.Items
	}
	return
}

// itemsOf is the uraian of the items of the file with nomor n, in order.
func itemsOf(t *testing.T, s *Store, nomor string) []string {
	t.Helper()
	p, err := s.SearchBerkas(ctx, "", BerkasFilter{}, Page{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range p.Rows {
		if b.NomorBerkas == nomor {
			items, err := s.IsiBerkas(ctx, b.ID)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, it := range items {
				out = append(out, it.Uraian)
			}
			return out
		}
	}
	t.Fatalf("no file %s", nomor)
	return nil
}

// A Daftar Berkas sheet and a Daftar Isi Berkas sheet with parent rows:
// the items land in their files, twice without change; a flat isi berkas
// of a new file takes its years from the items' dates.
func TestImportArsipIsiBerkasSheets(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := writeBook(t,
		bookSheet{name: "Daftar Berkas", rows: [][]any{
			{"No", "Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu", "Jumlah"},
			{1, "000.1.5", "B-2023/0274", "Rapat pimpinan", "Januari - Desember 2023", "2 berkas"},
			{2, "000.1.6", "12/BU/2023", "Konsumsi rapat", "2023", "1 berkas"},
		}},
		bookSheet{name: "Isi Berkas", rows: [][]any{
			{"Nomor Berkas", "Nomor Item", "Kode Klasifikasi", "Uraian Informasi Arsip", "Tanggal", "Tingkat Perkembangan"},
			{"B-2023/0274", nil, "000.1.5", "Rapat pimpinan", nil, nil},
			{nil, 1, nil, "Undangan rapat", "12/01/2023", "Asli"},
			{nil, 2, nil, "Notulen rapat", "13/01/2023", "Kopi"},
			{"12/BU/2023", nil, "000.1.6", "Konsumsi rapat", nil, nil},
			{nil, 1, nil, "Kuitansi makan", "14/01/2023", "Asli"},
		}},
		bookSheet{name: "Isi Datar", rows: [][]any{
			{"No", "NO BERKAS", "No. Item", "Kode", "Uraian Informasi Arsip", "Tanggal"},
			{1, "III/17", 1, "000.1.7", "Surat tugas", "02/02/2022"},
			{2, "III/17", 2, "000.1.7", "Laporan perjalanan", "20/03/2024"},
		}})
	c, u, n, items := importSheets(t, s, file, "Daftar Berkas", "Isi Berkas", "Isi Datar")
	if c != 3 || u != 2 || n != 0 || items != 5 {
		t.Fatalf("created %d, updated %d, unchanged %d, items %d", c, u, n, items)
	}
	if got := itemsOf(t, s, "B-2023/0274"); !slices.Equal(got, []string{"Undangan rapat", "Notulen rapat"}) {
		t.Errorf("items of B-2023/0274: %q", got)
	}
	if got := itemsOf(t, s, "12/BU/2023"); !slices.Equal(got, []string{"Kuitansi makan"}) {
		t.Errorf("items of 12/BU/2023: %q", got)
	}
	if got := itemsOf(t, s, "III/17"); !slices.Equal(got, []string{"Surat tugas", "Laporan perjalanan"}) {
		t.Errorf("items of III/17: %q", got)
	}
	if countBerkas(t, s) != 3 {
		t.Errorf("%d files, want 3", countBerkas(t, s))
	}
	c, u, n, _ = importSheets(t, s, file, "Daftar Berkas", "Isi Berkas", "Isi Datar")
	if c != 0 || u != 0 || n != 5 {
		t.Errorf("again: created %d, updated %d, unchanged %d", c, u, n)
	}
}

// otherAppRegister is a register as another archive app exports it: a
// letterhead merged over the first five rows, the title and "UNIT
// PENGOLAH : …" rows, a two-row header with a merged "Lokasi Simpan" over
// "Ruang | Rak | Boks", a signature block and a "Diunduh pada:" line
// below; and a second sheet of isi berkas with parent rows.
func otherAppRegister(t *testing.T) string {
	daftar := [][]any{
		{"PEMERINTAH PROVINSI\nSEKRETARIAT DAERAH\nBIRO UMUM"}, {}, {}, {}, {},
		{"DAFTAR ARSIP INAKTIF"},
		{"UNIT PENGOLAH : BAGIAN TATA USAHA"},
		{},
		{"No.", "Kode", "NO\nBERKAS", "Uraian Informasi Arsip", "Tahun", "Jumlah Berkas", "Asli/Kopi", "Akses", "Lokasi Simpan", nil, nil, "Ket."},
		{nil, nil, nil, nil, nil, nil, nil, nil, "Ruang", "Rak", "Boks", nil},
		{1, "000.1.5", "B-2023/0274", "Rapat pimpinan", "Januari - Desember 2023", "2 berkas", "Asli", "Biasa / Terbuka", "Ruang Arsip Lt.2", "Rak 3", "015", ""},
		{2, "000.1.6", "12/BU/2023", "Konsumsi rapat", "2023", "1 berkas", "Kopi", "Umum", "Ruang Arsip Lt.2", "Rak 3", "015", "lengkap"},
		{3, "000.1.7", "045.a", "Perjalanan dinas", "Triwulan II 2023", "1 berkas", "Asli", "Terbatas", "Ruang Arsip Lt.2", "Rak 4", "016", ""},
		{},
		{nil, nil, nil, nil, nil, nil, nil, nil, "Kepala Bagian Tata Usaha,"},
		{}, {},
		{nil, nil, nil, nil, nil, nil, nil, nil, "NIP. 19700101 199003 1 001"},
		{"Diunduh pada: 01-12-2026 10:15"},
	}
	merges := []string{"A1:L5", "A6:L6", "A7:L7", "I9:K9"}
	for _, c := range []string{"A", "B", "C", "D", "E", "F", "G", "H", "L"} {
		merges = append(merges, c+"9:"+c+"10")
	}
	isi := [][]any{
		{"DAFTAR ISI BERKAS"},
		{"Nomor Berkas", "Nomor Item", "Kode Klasifikasi", "Uraian Informasi Arsip", "Tanggal", "Tingkat Perkembangan", "Jumlah"},
		{"B-2023/0274", nil, "000.1.5", "Rapat pimpinan", nil, nil, nil},
		{nil, 1, nil, "Undangan rapat pimpinan", "12/01/2023", "Asli", "1 lembar"},
		{nil, 2, nil, "Notulen rapat pimpinan", "13/01/2023", "Asli", "4 lembar"},
		{"12/BU/2023", nil, "000.1.6", "Konsumsi rapat", nil, nil, nil},
		{nil, 1, nil, "Kuitansi konsumsi", "14/01/2023", "Kopi", "1 lembar"},
		{"045.a", nil, "000.1.7", "Perjalanan dinas", nil, nil, nil},
		{nil, 1, nil, "Surat tugas", "03/04/2023", "Asli", "1 lembar"},
	}
	return writeBook(t, bookSheet{name: "Daftar Arsip", rows: daftar, merges: merges},
		bookSheet{name: "Isi Berkas", rows: isi, merges: []string{"A1:G1"}})
}

// The register of another app imports whole with its items, and again
// without change.
func TestImportArsipOtherAppRegister(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := otherAppRegister(t)
	rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{Sheet: "Daftar Arsip", DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if l := rep.Read.Layout; l.HeaderFirst != 9 || l.HeaderLast != 10 || l.DataFirst != 11 || l.DataLast != 13 {
		t.Fatalf("layout %+v, problems %+v", l, rep.Read.Problems)
	}
	fields := map[string]string{}
	for _, m := range rep.Read.Mapping {
		fields[m.Header] = m.Field
	}
	for h, f := range map[string]string{"Kode": "kode_klasifikasi", "NO BERKAS": "nomor_berkas", "Uraian Informasi Arsip": "uraian",
		"Tahun": "kurun_waktu", "Jumlah Berkas": "jumlah", "Asli/Kopi": "tingkat", "Akses": "keamanan", "Ket.": "keterangan"} {
		if fields[h] != f {
			t.Errorf("%q went to %q, want %q (mapping %v)", h, fields[h], f, fields)
		}
	}
	c, u, n, items := importSheets(t, s, file, "Daftar Arsip", "Isi Berkas")
	if c != 3 || u != 3 || n != 0 || items != 4 {
		t.Fatalf("created %d, updated %d, unchanged %d, items %d", c, u, n, items)
	}
	if got := itemsOf(t, s, "B-2023/0274"); !slices.Equal(got, []string{"Undangan rapat pimpinan", "Notulen rapat pimpinan"}) {
		t.Errorf("items of B-2023/0274: %q", got)
	}
	if got := itemsOf(t, s, "045.a"); !slices.Equal(got, []string{"Surat tugas"}) {
		t.Errorf("items of 045.a: %q", got)
	}
	p, _ := s.SearchBerkas(ctx, "Konsumsi", BerkasFilter{}, Page{})
	if len(p.Rows) != 1 || p.Rows[0].Tingkat != arsip.TingkatSalinan || p.Rows[0].Keamanan != arsip.KeamananBiasa || p.Rows[0].Note != "lengkap" {
		t.Errorf("Konsumsi rapat read as %+v", p.Rows)
	}
	// The "Lokasi Simpan" group is read as one place path, kept with the file.
	if ex, err := s.BerkasExtra(ctx, p.Rows[0].ID); err != nil || ex["Lokasi"] != model.JoinPath("Ruang Arsip Lt.2", "Rak 3", "Boks 015") {
		t.Errorf("location kept %q %v", ex["Lokasi"], err)
	}
	c, u, n, _ = importSheets(t, s, file, "Daftar Arsip", "Isi Berkas")
	if c != 0 || u != 0 || n != 6 {
		t.Errorf("again: created %d, updated %d, unchanged %d", c, u, n)
	}
}
