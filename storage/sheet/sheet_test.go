package sheet

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rapi/model/value"
)

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// testSchema is a register with every kind of field.
var testSchema = Schema{
	Name: "test_register",
	Fields: []Field{
		{Key: "kode", Label: "Kode Klasifikasi", Kind: Code, Required: true},
		{Key: "nomor_berkas", Label: "Nomor Berkas", Kind: Text, Required: true},
		{Key: "uraian", Label: "Uraian Informasi Berkas", Kind: Text, Required: true, Synonyms: []string{"Uraian", "Perihal"}},
		{Key: "kurun", Label: "Kurun Waktu", Kind: YearRange},
		{Key: "tanggal", Label: "Tanggal Surat", Kind: Date},
		{Key: "diterima", Label: "Tanggal Diterima", Kind: Date},
		{Key: "jumlah", Label: "Jumlah", Kind: Int},
		{Key: "nilai", Label: "Nilai", Kind: Money, Synonyms: []string{"Harga"}},
		{Key: "kondisi", Label: "Kondisi", Kind: Condition, Synonyms: []string{"Keadaan Barang"}},
	},
	Key: []string{"kode", "nomor_berkas"},
}

func loadTranslator(t *testing.T, lang string) Translator {
	t.Helper()
	m := map[string]string{}
	for _, name := range []string{"sheet", "registers"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "assets", "translations", name+"."+lang+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
	}
	return NewTranslator(m)
}

// build writes a workbook from a grid of values; merges are "A1:D1" ranges
// and styles maps a cell to a custom number format.
func build(t *testing.T, grid [][]any, merges []string, formats map[string]string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range grid {
		for c, v := range row {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellValue("Sheet1", cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, m := range merges {
		a, b, _ := strings.Cut(m, ":")
		if err := f.MergeCell("Sheet1", a, b); err != nil {
			t.Fatal(err)
		}
	}
	for cell, nf := range formats {
		nf := nf
		st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &nf})
		if err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellStyle("Sheet1", cell, cell, st); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(t.TempDir(), "register.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// messyGrid is a register as clerks make them: title rows, a two-row
// header with merged cells, a numbering row, a section row, a total row,
// blank rows and a signature block, and every date and money form.
func messyGrid() ([][]any, []string, map[string]string) {
	grid := [][]any{
		{"DAFTAR ARSIP AKTIF"},                    // 1
		{"BIRO UMUM SEKRETARIAT DAERAH PROVINSI"}, // 2
		{"TAHUN 2024"},                            // 3
		{},                                        // 4
		{"No.", "Kode Klasifikasi", "Nomor Berkas", "Perihal", "Kurun Waktu", "Tanggal", nil, "Jumlah", "Nilai (Rp)", "Kondisi", "Catatan Lama"}, // 5
		{nil, nil, nil, nil, nil, "Surat", "Diterima"}, // 6
		{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},            // 7
		{"A. SURAT MASUK"},                             // 8 section
		{1, "000.1.5", "B-01", "Rapat pimpinan\nbulanan", "2019-2021", 45303.0, "13/01/2024", 12, 1250000, "B", "rak 2"},                              // 9
		{2, "000.1.7.1", "B-02", "Surat kendaraan dinas", "2019 s.d. 2021", "12-01-2024", "13 Januari 2024", "3 berkas", "Rp 1.250.000", "Baik", nil}, // 10
		{3, "000.2.1", "B-03", "Inventarisasi", "2019 s/d 2021", "12.01.2024", "14 Jan 2024", 4, "1.250.000,00", "Kurang Baik", nil},                  // 11
		{4, "000.2.4", "B-04", "Penghapusan BMD", "2019 – 2021", "2024-01-12", "12 Agt 2024", 5, "Rp1.250.000,-", "RB", nil},                          // 12
		{}, // 13 blank
		{5, "000.5.3.2", "B-05", "Pemberkasan arsip aktif", "Januari 2019 - Maret 2020", "12 Agustus 2024", "12 August 2024", 6, "1,250,000.00", "RR", nil}, // 14
		{6, "000.5.6", "B-06", "Penyusutan", "2020", "31/02/2024", "01/03/2024", 7, "-5.000", "B", nil},                                                     // 15 impossible date
		{7, "000.1.5", "B-01", "Rapat pimpinan (salinan)", "2020", "02/02/2024", nil, 1, 0, "B", nil},                                                       // 16 duplicate of row 9
		{"JUMLAH", nil, nil, nil, nil, nil, nil, 38, 5000000},                                                                                               // 17 total
		{}, // 18
		{nil, nil, nil, nil, nil, nil, nil, "Serang, 12 Januari 2025"},    // 19
		{nil, nil, nil, nil, nil, nil, nil, "Mengetahui,"},                // 20
		{nil, nil, nil, nil, nil, nil, nil, "Kepala Biro Umum"},           // 21
		{nil, nil, nil, nil, nil, nil, nil, "NIP. 19700101 199003 1 001"}, // 22
	}
	merges := []string{"A1:K1", "A2:K2", "A3:K3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:G5",
		"H5:H6", "I5:I6", "J5:J6", "K5:K6", "A8:K8"}
	formats := map[string]string{"F9": "dd/mm/yyyy", "I9": `#,##0`}
	return grid, merges, formats
}

func TestReadMessyRegister(t *testing.T) {
	grid, merges, formats := messyGrid()
	p := build(t, grid, merges, formats)
	res, err := Read(p, testSchema, Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := res.Layout
	if l.HeaderFirst != 5 || l.HeaderLast != 6 || l.NumberingRow != 7 || l.DataFirst != 8 || l.DataLast != 16 {
		t.Fatalf("layout = %+v", l)
	}
	wantHeaders := []string{"No.", "Kode Klasifikasi", "Nomor Berkas", "Perihal", "Kurun Waktu", "Tanggal Surat", "Tanggal Diterima", "Jumlah", "Nilai (Rp)", "Kondisi", "Catatan Lama"}
	for i, h := range wantHeaders {
		if i >= len(l.Columns) || l.Columns[i].Header != h {
			t.Fatalf("headers = %+v, want %v", l.Columns, wantHeaders)
		}
	}
	wantMap := map[string]string{"A": "", "B": "kode", "C": "nomor_berkas", "D": "uraian", "E": "kurun", "F": "tanggal",
		"G": "diterima", "H": "jumlah", "I": "nilai", "J": "kondisi", "K": ""}
	for _, c := range res.Mapping {
		if wantMap[c.Column] != c.Field {
			t.Errorf("column %s %q mapped to %q, want %q", c.Column, c.Header, c.Field, wantMap[c.Column])
		}
	}
	if len(res.Records) != 5 {
		t.Fatalf("accepted %d rows, want 5 (rows 9-12, 14): %+v", len(res.Records), res.Records)
	}
	for i, rec := range res.Records {
		if rec.Values["tanggal"] != date(2024, 1, 12) && rec.Row != 14 {
			t.Errorf("row %d tanggal = %v", rec.Row, rec.Values["tanggal"])
		}
		if rec.Values["nilai"] != value.MoneyFromRupiah(1250000) {
			t.Errorf("row %d nilai = %v", rec.Row, rec.Values["nilai"])
		}
		if i < 4 {
			if k := rec.Values["kurun"].(value.YearRange); k.From != 2019 || k.To != 2021 {
				t.Errorf("row %d kurun = %+v", rec.Row, k)
			}
		}
		if rec.Extra["No."] == "" {
			t.Errorf("row %d lost its running number: %v", rec.Row, rec.Extra)
		}
	}
	r9, r10, r11, r12, r14 := res.Records[0], res.Records[1], res.Records[2], res.Records[3], res.Records[4]
	if r9.Row != 9 || r9.Values["uraian"] != "Rapat pimpinan bulanan" || r9.Values["diterima"] != date(2024, 1, 13) || r9.Extra["Catatan Lama"] != "rak 2" {
		t.Errorf("row 9 = %+v", r9)
	}
	if r10.Values["jumlah"] != int64(3) || r10.Values["kondisi"] != value.Good || r10.Values["diterima"] != date(2024, 1, 13) {
		t.Errorf("row 10 = %+v", r10)
	}
	if r11.Values["kondisi"] != value.LightDamage || r11.Values["diterima"] != date(2024, 1, 14) {
		t.Errorf("row 11 = %+v", r11)
	}
	if r12.Values["kondisi"] != value.HeavyDamage || r12.Values["diterima"] != date(2024, 8, 12) {
		t.Errorf("row 12 = %+v", r12)
	}
	k14 := r14.Values["kurun"].(value.YearRange)
	if r14.Row != 14 || r14.Values["tanggal"] != date(2024, 8, 12) || k14.From != 2019 || k14.To != 2020 || k14.ToDate != date(2020, 3, 31) {
		t.Errorf("row 14 = %+v", r14)
	}

	// Row 15 has 31/02/2024, row 16 repeats the key of row 9.
	tr := loadTranslator(t, "id")
	var msgs []string
	for _, p := range res.Problems {
		msgs = append(msgs, p.Message(tr))
	}
	want := []string{
		`baris 15, kolom "Tanggal Surat": "31/02/2024" bukan tanggal (tanggal itu tidak ada di kalender)`,
		`baris 16, kolom "Kode Klasifikasi": "000.1.5" sama dengan baris 9`,
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	en := res.Problems[0].Message(loadTranslator(t, "en"))
	if en != `row 15, column "Tanggal Surat": "31/02/2024" is not a date (that day does not exist)` {
		t.Errorf("english message = %q", en)
	}
	// Nothing silently dropped: every non-blank row below the header is accepted, rejected or skipped.
	skipped := map[int]string{}
	for _, s := range res.Skipped {
		skipped[s.Row] = s.Reason
	}
	wantSkip := map[int]string{7: SkipNumbering, 8: SkipSection, 17: SkipTotal, 19: SkipFooter, 20: SkipFooter, 21: SkipFooter, 22: SkipFooter}
	for row, reason := range wantSkip {
		if skipped[row] != reason {
			t.Errorf("row %d skipped as %q, want %q (all: %v)", row, skipped[row], reason, skipped)
		}
	}
	if len(skipped) != len(wantSkip) {
		t.Errorf("skipped = %v", skipped)
	}
	if res.DataRows != 7 || len(res.Rejected) != 2 {
		t.Errorf("data rows %d, rejected %d", res.DataRows, len(res.Rejected))
	}
}

func TestMergedSubHeaders(t *testing.T) {
	// KIB B: "Nomor" spans Pabrik | Rangka | Mesin.
	grid := [][]any{
		{"KARTU INVENTARIS BARANG (KIB) B"},
		{"Provinsi", ": Banten"},
		{"No", "Nama Barang", "Nomor", nil, nil, "Harga"},
		{nil, nil, "Pabrik", "Rangka", "Mesin"},
		{1, "Mobil", "P-1", "MH1", "M-9", "Rp 250.000.000"},
		{2, "Motor", "P-2", "MH2", "M-8", 15000000},
	}
	p := build(t, grid, []string{"A1:F1", "A3:A4", "B3:B4", "C3:E3", "F3:F4"}, nil)
	s := Schema{Name: "kib_b", Fields: []Field{
		{Key: "nama", Label: "Nama/Jenis Barang", Synonyms: []string{"Nama Barang"}, Required: true},
		{Key: "pabrik", Label: "Nomor Pabrik"},
		{Key: "rangka", Label: "Nomor Rangka"},
		{Key: "mesin", Label: "Nomor Mesin"},
		{Key: "harga", Label: "Harga (Rp)", Kind: Money},
	}}
	res, err := Read(p, s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Layout.HeaderFirst != 3 || res.Layout.HeaderLast != 4 {
		t.Fatalf("layout %+v", res.Layout)
	}
	if len(res.Records) != 2 || !res.OK() {
		t.Fatalf("records %+v problems %+v", res.Records, res.Problems)
	}
	r := res.Records[0]
	if r.Values["pabrik"] != "P-1" || r.Values["rangka"] != "MH1" || r.Values["mesin"] != "M-9" || r.Values["harga"] != value.MoneyFromRupiah(250000000) {
		t.Errorf("record %+v", r)
	}
	if res.Records[1].Values["harga"] != value.MoneyFromRupiah(15000000) {
		t.Errorf("record %+v", res.Records[1])
	}
}

func TestLayoutOverrideAndMissingColumn(t *testing.T) {
	grid := [][]any{
		{"Kode", "Nomor", "Uraian"}, // a header the detector would pick
		{"Kode Klasifikasi", "Nomor Berkas", "Perihal"},
		{"000.1", "1", "Rapat"},
	}
	p := build(t, grid, nil, nil)
	res, err := Read(p, testSchema, Options{Layout: Layout{HeaderFirst: 2}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Layout.HeaderFirst != 2 || res.Layout.DataFirst != 3 || len(res.Records) != 1 {
		t.Fatalf("override ignored: %+v %+v", res.Layout, res.Records)
	}
	// With the header forced on row 3 nothing matches "Kode Klasifikasi".
	res, err = Read(p, testSchema, Options{Layout: Layout{HeaderFirst: 3}})
	if err != nil {
		t.Fatal(err)
	}
	if res.OK() || res.Problems[0].Reason != ReasonNoHeader || len(res.Records) != 0 {
		t.Fatalf("missing required column not reported: %+v", res.Problems)
	}
}

func TestMappingStoreReusesCorrection(t *testing.T) {
	grid := [][]any{
		{"Kode Klasifikasi", "Nomor Berkas", "Isi Ringkas"}, // "Isi Ringkas" is not a known synonym
		{"000.1", "1", "Rapat"},
	}
	p := build(t, grid, nil, nil)
	res, err := Read(p, testSchema, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.OK() || res.Mapping[2].Field != "" {
		t.Fatalf("expected uraian unmapped: %+v", res.Mapping)
	}
	// The clerk maps column C to uraian; the store remembers it.
	m := append(Mapping(nil), res.Mapping...)
	m[2].Field = "uraian"
	var store MappingStore
	store.Remember(res.Fingerprint, m)
	var buf bytes.Buffer
	if err := store.Save(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadMappings(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// The next file of the same shape (other data) imports without asking.
	p2 := build(t, [][]any{grid[0], {"000.2", "7", "Pengadaan"}}, nil, nil)
	res2, err := Read(p2, testSchema, Options{Saved: loaded})
	if err != nil {
		t.Fatal(err)
	}
	if !res2.Reused || !res2.OK() || res2.Records[0].Values["uraian"] != "Pengadaan" {
		t.Fatalf("saved mapping not reused: %+v %+v", res2.Mapping, res2.Problems)
	}
}

func TestHeaderSpellings(t *testing.T) {
	cols := []Column{{Letter: "A", Header: "NO. URUT"}, {Letter: "B", Header: "Kode  Klasifkasi"}, {Letter: "C", Header: "No.Berkas"},
		{Letter: "D", Header: "URAIAN"}, {Letter: "E", Header: "Tgl. Surat"}, {Letter: "F", Header: "Harga (Rp)"}, {Letter: "G", Header: "Keadaan Barang"}}
	m := AutoMap(cols, testSchema)
	want := []string{"", "kode", "nomor_berkas", "uraian", "tanggal", "nilai", "kondisi"}
	for i, c := range m {
		if c.Field != want[i] {
			t.Errorf("%q -> %q, want %q", c.Header, c.Field, want[i])
		}
	}
}

func TestCSVDelimitersAndEncodings(t *testing.T) {
	cases := map[string][]byte{
		"semicolon with BOM": []byte("\xef\xbb\xbfKode Klasifikasi;Nomor Berkas;Uraian;Tanggal Surat;Nilai\n000.1;1;Pengadaan – alat;12/01/2024;Rp 1.250.000\n"),
		"comma":              []byte("Kode Klasifikasi,Nomor Berkas,Uraian,Tanggal Surat,Nilai\n000.1,1,Pengadaan – alat,12/01/2024,\"1.250.000\"\n"),
		"windows-1252":       []byte("Kode Klasifikasi;Nomor Berkas;Uraian;Tanggal Surat;Nilai\n000.1;1;Pengadaan \x96 alat;12/01/2024;1.250.000\n"),
	}
	for name, data := range cases {
		sh, err := OpenCSV(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		res, err := ReadSheet(sh, testSchema, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !res.OK() || len(res.Records) != 1 {
			t.Errorf("%s: %+v %+v", name, res.Problems, res.Layout)
			continue
		}
		r := res.Records[0]
		if r.Values["uraian"] != "Pengadaan – alat" || r.Values["tanggal"] != date(2024, 1, 12) || r.Values["nilai"] != value.MoneyFromRupiah(1250000) || r.Row != 2 {
			t.Errorf("%s: %+v", name, r)
		}
	}
}

func TestErrorsWorkbookRoundTrip(t *testing.T) {
	grid, merges, formats := messyGrid()
	p := build(t, grid, merges, formats)
	res, err := Read(p, testSchema, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tr := loadTranslator(t, "id")
	errPath := filepath.Join(t.TempDir(), "kesalahan.xlsx")
	var buf bytes.Buffer
	if err := WriteErrors(&buf, res, tr); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(errPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(errPath)
	if err != nil {
		t.Fatal(err)
	}
	reason, _ := f.GetCellValue("Sheet1", "L2")
	head, _ := f.GetCellValue("Sheet1", "L1")
	date15, _ := f.GetCellValue("Sheet1", "F2")
	if head != "Alasan" || !strings.Contains(reason, "bukan tanggal") || date15 != "31/02/2024" {
		t.Fatalf("errors workbook: %q %q %q", head, reason, date15)
	}
	// The clerk fixes the date and gives the duplicate its own number.
	f.SetCellValue("Sheet1", "F2", "28/02/2024")
	f.SetCellValue("Sheet1", "C3", "B-07")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	again, err := Read(errPath, testSchema, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !again.OK() || len(again.Records) != 2 {
		t.Fatalf("re-import: %+v", again.Problems)
	}
	r := again.Records[0]
	if r.Values["tanggal"] != date(2024, 2, 28) || r.Values["nilai"] != value.MoneyFromRupiah(-5000) {
		t.Errorf("re-imported row %+v", r)
	}
	for _, rec := range again.Records {
		for k := range rec.Extra {
			if k == "Alasan" {
				t.Errorf("reason column came back as data: %v", rec.Extra)
			}
		}
	}
}

func exportFixture() (ExportSpec, [][]any) {
	spec := ExportSpec{
		Titles: []string{"DAFTAR ARSIP AKTIF", "BIRO UMUM SETDA PROVINSI", "TAHUN 2024"},
		Columns: []ExportColumn{
			{Header: "No", Kind: Int},
			{Header: "Kode Klasifikasi", Kind: Code},
			{Header: "Nomor Berkas"},
			{Header: "Uraian Informasi Berkas"},
			{Header: "Kurun Waktu", Kind: YearRange},
			{Header: "Tanggal Surat", Kind: Date},
			{Header: "Nilai", Kind: Money},
			{Header: "Kondisi", Kind: Condition},
		},
	}
	rows := [][]any{
		{1, "000.1.5", "B-01", "Rapat pimpinan", value.YearRange{From: 2019, To: 2021}, date(2024, 1, 12), value.MoneyFromRupiah(1250000), value.Good},
		{2, "000.2.1", "B-02", "Inventarisasi barang milik daerah", value.YearRange{From: 2020, To: 2020}, date(2024, 8, 17), value.MoneyFromRupiah(0), value.HeavyDamage},
		{3, "000.5.6", "B-03", "Penyusutan", value.YearRange{From: 2018, To: 2019}, nil, value.Money(-500050), value.LightDamage},
	}
	return spec, rows
}

func seq(rows [][]any) func(func([]any, error) bool) {
	return func(yield func([]any, error) bool) {
		for _, r := range rows {
			if !yield(r, nil) {
				return
			}
		}
	}
}

func TestExportReadBack(t *testing.T) {
	spec, rows := exportFixture()
	var buf bytes.Buffer
	n, err := Export(&buf, spec, seq(rows))
	if err != nil || n != 3 {
		t.Fatal(n, err)
	}
	p := filepath.Join(t.TempDir(), "export.xlsx")
	os.WriteFile(p, buf.Bytes(), 0o644)

	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	// Real date and number cells, frozen header, autofilter, fitted widths.
	if typ, _ := f.GetCellType("Sheet1", "F6"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("date written as text")
	}
	if raw, _ := f.GetCellValue("Sheet1", "G6", excelize.Options{RawCellValue: true}); raw != "1250000" {
		t.Errorf("money raw = %q", raw)
	}
	if v, _ := f.GetCellValue("Sheet1", "F6"); v != "12 Januari 2024" && v != "12 January 2024" {
		t.Errorf("date shown as %q", v)
	}
	panes, _ := f.GetPanes("Sheet1")
	if !panes.Freeze || panes.YSplit != 5 {
		t.Errorf("panes %+v", panes)
	}
	if w, _ := f.GetColWidth("Sheet1", "D"); w < 30 {
		t.Errorf("uraian column width %v too narrow", w)
	}
	if st, _ := f.GetCellStyle("Sheet1", "A5"); st == 0 {
		t.Error("header not styled")
	} else if s, _ := f.GetStyle(st); s == nil || s.Font == nil || !s.Font.Bold {
		t.Error("header not bold")
	}
	dn := f.GetDefinedName()
	hasFilter := false
	for _, d := range dn {
		if d.Name == "_xlnm._FilterDatabase" && strings.Contains(d.RefersTo, "$A$5:$H$8") {
			hasFilter = true
		}
	}
	if !hasFilter {
		t.Errorf("no autofilter over the table: %+v", dn)
	}
	f.Close()

	// Reading the export back gives the same values.
	s := Schema{Name: "export", Fields: []Field{
		{Key: "no", Label: "No", Kind: Int}, {Key: "kode", Label: "Kode Klasifikasi", Kind: Code},
		{Key: "nomor", Label: "Nomor Berkas"}, {Key: "uraian", Label: "Uraian Informasi Berkas"},
		{Key: "kurun", Label: "Kurun Waktu", Kind: YearRange}, {Key: "tanggal", Label: "Tanggal Surat", Kind: Date},
		{Key: "nilai", Label: "Nilai", Kind: Money}, {Key: "kondisi", Label: "Kondisi", Kind: Condition},
	}}
	res, err := Read(p, s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK() || len(res.Records) != 3 || res.Layout.HeaderFirst != 5 {
		t.Fatalf("read back: %+v %+v", res.Problems, res.Layout)
	}
	for i, rec := range res.Records {
		for j, c := range s.Fields {
			want := rows[i][j]
			switch w := want.(type) {
			case int:
				want = int64(w)
			case nil:
				if _, ok := rec.Values[c.Key]; ok {
					t.Errorf("row %d %s = %v, want empty", i, c.Key, rec.Values[c.Key])
				}
				continue
			}
			got := rec.Values[c.Key]
			if yr, ok := got.(value.YearRange); ok {
				got = value.YearRange{From: yr.From, To: yr.To}
			}
			if got != want {
				t.Errorf("row %d %s = %#v, want %#v", i, c.Key, got, want)
			}
		}
	}
}
