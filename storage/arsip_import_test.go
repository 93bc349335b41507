package storage

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rapi/assets"
	"rapi/model/arsip"
	"rapi/storage/sheet"
)

// idTranslator is the Indonesian messages of every feature, as the
// command line uses them.
func idTranslator(t testing.TB) sheet.Translator {
	msgs, err := assets.Messages("id")
	if err != nil {
		t.Fatal(err)
	}
	return sheet.NewTranslator(msgs)
}

// messyRegister writes a register the way clerks keep them: title rows,
// a two-row header with a merged "Nomor" over "Boks | Folder", a
// numbering row, data in every date and year form, an unknown but
// well-formed classification code, a row with an impossible date, a
// totals row and signatures below. It returns the sheet row of the bad
// date and the number of good rows.
func messyRegister(t testing.TB, path string, uraianSuffix string) (badRow, good int) {
	f := excelize.NewFile()
	defer f.Close()
	sh := "Sheet1"
	set := func(cell string, v any) {
		if err := f.SetCellValue(sh, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "DAFTAR ARSIP AKTIF")
	f.MergeCell(sh, "A1", "L1")
	set("A2", "BIRO UMUM SEKRETARIAT DAERAH PROVINSI")
	set("A3", "TAHUN 2024")
	heads := []string{"No.", "Kode Klasifikasi", "Nomor Berkas", "Unit Pengolah", "Uraian Informasi Berkas", "Kurun Waktu", "Jumlah", "Nomor", "", "Tanggal", "Keterangan", "Pencipta Arsip"}
	for i, h := range heads {
		c, _ := excelize.CoordinatesToCellName(i+1, 5)
		if h != "" {
			set(c, h)
		}
		if i < 7 || i > 8 {
			c2, _ := excelize.CoordinatesToCellName(i+1, 6)
			f.MergeCell(sh, c, c2)
		}
	}
	f.MergeCell(sh, "H5", "I5")
	set("H6", "Boks")
	set("I6", "Folder")
	for i := range heads {
		c, _ := excelize.CoordinatesToCellName(i+1, 7)
		set(c, i+1)
	}
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	rows := [][]any{
		{1, "000.1.5", 1, "Bagian Tata Usaha", "Notulen rapat pimpinan", "2019-2021", 3, "0001", "01", time.Date(2024, 1, 12, 0, 0, 0, 0, time.UTC), "lengkap", "Biro Umum"},
		{2, "000.1.5", 2, "Bagian Tata Usaha", "Undangan rapat koordinasi", "2019 s.d. 2021", 2, "0001", "02", 45303.0, "", "Biro Umum"},
		{3, "000.1.6", 3, "Bagian Rumah Tangga", "Konsumsi rapat", "2019 s/d 2021", 5, "0002", "01", "12/01/2024", "", "Biro Umum"},
		{4, "000.1.6", 4, "Bagian Rumah Tangga", "Pembayaran makan minum", 2022, 1, "0002", "02", "12-01-2024", "", "Biro Umum"},
		{5, "000.2.1", 5, "Bagian Perlengkapan", "Inventarisasi barang", "2023", 4, "0003", "01", "2024-01-12", "", "Biro Umum"},
		{6, "000.1.99", 6, "Bagian Perlengkapan", "Berkas kode lama", "2018", 1, "0003", "02", "12 Januari 2024", "kode lama", "Biro Umum"},
		{7, "000.1.8", 7, "Bagian Perlengkapan", "Pemeliharaan gedung", "2020", 2, "0003", "03", "31/02/2024", "", "Biro Umum"},
		{8, "000.1.8", 8, "Bagian Perlengkapan", "Perbaikan AC", "2020", 2, "0004", "01", "12 Jan 2024", "", "Biro Umum"},
	}
	r := 8
	for i, row := range rows {
		for c, v := range row {
			if s, ok := v.(string); ok && c == 4 {
				v = s + uraianSuffix
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, r)
			set(cell, v)
		}
		if i == 0 {
			f.SetCellStyle(sh, "J8", "J8", dateStyle)
		}
		if i == 1 {
			f.SetCellStyle(sh, "J9", "J9", dateStyle)
		}
		if row[9] == "31/02/2024" {
			badRow = r
		}
		r++
	}
	set(fmt.Sprintf("A%d", r), "JUMLAH")
	set(fmt.Sprintf("G%d", r), 20)
	set(fmt.Sprintf("H%d", r+2), "Mengetahui,")
	set(fmt.Sprintf("H%d", r+3), "Kepala Biro Umum")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return badRow, len(rows) - 1
}

func countBerkas(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.read(ctx, "count", func(tx *sql.Tx) error {
		return tx.QueryRow("SELECT count(*) FROM berkas WHERE deleted_at IS NULL").Scan(&n)
	}); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportArsipMessyRegister(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := filepath.Join(t.TempDir(), "daftar.xlsx")
	badRow, good := messyRegister(t, file, "")
	tr := idTranslator(t)

	// Default: all or nothing. The bad date blocks the import and is named.
	rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Written || rep.Rejected != 1 || countBerkas(t, s) != 0 {
		t.Fatalf("written %v rejected %d files %d", rep.Written, rep.Rejected, countBerkas(t, s))
	}
	p := rep.Read.Problems[0]
	msg := p.Message(tr)
	want := fmt.Sprintf(`baris %d, kolom "Tanggal": "31/02/2024" bukan tanggal`, badRow)
	if p.Row != badRow || !strings.HasPrefix(msg, want) {
		t.Fatalf("problem %q, want %q", msg, want)
	}
	if l := rep.Read.Layout; l.HeaderFirst != 5 || l.HeaderLast != 6 || l.DataFirst != 8 {
		t.Fatalf("layout %+v", l)
	}
	if rep.Created != good {
		t.Fatalf("preview says %d would be created, want %d", rep.Created, good)
	}

	// Preview: counts, nothing written.
	rep, err = s.ImportArsip(ctx, file, ImportArsipOptions{DryRun: true, SkipInvalid: true})
	if err != nil || rep.Written || rep.Created != good || countBerkas(t, s) != 0 {
		t.Fatalf("dry run: %v %+v", err, rep)
	}

	// Skip invalid: the good rows arrive, the errors workbook holds the bad one.
	rep, err = s.ImportArsip(ctx, file, ImportArsipOptions{SkipInvalid: true})
	if err != nil || !rep.Written || rep.Created != good || rep.Rejected != 1 {
		t.Fatalf("skip invalid: %v %+v", err, rep)
	}
	if n := countBerkas(t, s); n != good {
		t.Fatalf("%d files, want %d", n, good)
	}
	errBook := filepath.Join(t.TempDir(), "ditolak.xlsx")
	out, _ := os.Create(errBook)
	if err := sheet.WriteErrors(out, rep.Read, tr); err != nil {
		t.Fatal(err)
	}
	out.Close()

	// The unknown code is in the list, marked for review; the row is there.
	if len(rep.NewKlasifikasi) != 1 || rep.NewKlasifikasi[0] != "000.1.99" {
		t.Fatalf("new codes %v", rep.NewKlasifikasi)
	}
	rev, err := s.KlasifikasiToReview(ctx)
	if err != nil || len(rev) != 1 || rev[0].Code != "000.1.99" || !rev[0].Review {
		t.Fatalf("review list %v %+v", err, rev)
	}
	found, err := s.SearchBerkas(ctx, "kode lama", BerkasFilter{}, Page{})
	if err != nil || found.Total != 1 || found.Rows[0].KodeKlasifikasi != "000.1.99" {
		t.Fatalf("file with the unknown code: %v %+v", err, found)
	}
	// Values as the clerk typed them; unmapped columns kept.
	all, _ := s.SearchBerkas(ctx, "Undangan", BerkasFilter{}, Page{})
	b := all.Rows[0]
	if b.TahunDari != 2019 || b.TahunSampai != 2021 || b.NomorBerkas != "2" || b.JumlahItem != 2 || b.UnitPengolah != "Bagian Tata Usaha" || b.Code == "" {
		t.Fatalf("imported %+v", b)
	}
	extra, err := s.BerkasExtra(ctx, b.ID)
	if err != nil || extra["Pencipta Arsip"] != "Biro Umum" || extra["Tanggal"] != "12 Januari 2024" || extra["Nomor Folder"] != "02" {
		t.Fatalf("extra %v %v", err, extra)
	}

	// Re-import: nothing changes.
	rep, err = s.ImportArsip(ctx, file, ImportArsipOptions{SkipInvalid: true})
	if err != nil || rep.Created != 0 || rep.Updated != 0 || rep.Unchanged != good {
		t.Fatalf("re-import: %v %+v", err, rep)
	}
	if n := countBerkas(t, s); n != good {
		t.Fatalf("re-import made %d files", n)
	}
	// The same register with the titles edited updates, not duplicates.
	messyRegister(t, file, " (revisi)")
	rep, err = s.ImportArsip(ctx, file, ImportArsipOptions{SkipInvalid: true})
	if err != nil || rep.Created != 0 || rep.Updated != good {
		t.Fatalf("edited re-import: %v %+v", err, rep)
	}
	all, _ = s.SearchBerkas(ctx, "Undangan", BerkasFilter{}, Page{})
	if all.Total != 1 || all.Rows[0].Uraian != "Undangan rapat koordinasi (revisi)" {
		t.Fatalf("after edit %+v", all.Rows)
	}

	// The fixed errors workbook imports back.
	f, _ := excelize.OpenFile(errBook)
	f.SetCellValue("Sheet1", "J2", "28/02/2024")
	f.Save()
	f.Close()
	rep, err = s.ImportArsip(ctx, errBook, ImportArsipOptions{})
	if err != nil || rep.Created != 1 || rep.Rejected != 0 {
		t.Fatalf("fixed errors workbook: %v %+v %v", err, rep, rep.Read.Problems)
	}
}

func writeCSV(t testing.TB, path string, n int, dup bool) {
	var b strings.Builder
	b.WriteString("No;Kode Klasifikasi;Nomor Berkas;Uraian;Kurun Waktu;Jumlah;Tingkat Perkembangan;Media\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d;000.1.5;%d;Notulen rapat %d;2020;%d;Asli;Tekstual\n", i, i, i, i%7)
	}
	if dup {
		b.WriteString("0;000.1.5;3;Notulen rapat lagi;2020;1;Salinan;Kertas\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestImportArsipDuplicateAndChoices(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := filepath.Join(t.TempDir(), "daftar.csv")
	writeCSV(t, file, 5, true)
	rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rejected != 1 || rep.Written {
		t.Fatalf("%+v", rep)
	}
	msg := rep.Read.Problems[0].Message(idTranslator(t))
	if !strings.Contains(msg, "baris 7") || !strings.Contains(msg, "sama dengan baris 4") {
		t.Fatalf("duplicate: %q", msg)
	}
	os.WriteFile(file, []byte("Kode Klasifikasi,Uraian,Kurun Waktu,Media\n000.1.5,Notulen,2020,Batu\nabc,Notulen,2020,\n"), 0o644)
	rep, _ = s.ImportArsip(ctx, file, ImportArsipOptions{})
	if rep.Rejected != 2 {
		t.Fatalf("%+v", rep.Read.Problems)
	}
	tr := idTranslator(t)
	if m := rep.Read.Problems[0].Message(tr); !strings.Contains(m, `kolom "Media": "Batu"`) {
		t.Fatalf("choice: %q", m)
	}
	if m := rep.Read.Problems[1].Message(tr); !strings.Contains(m, `kolom "Kode Klasifikasi": "ABC"`) && !strings.Contains(m, `"abc"`) {
		t.Fatalf("malformed code: %q", m)
	}
}

func TestImportArsipCancelRollsBack(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := filepath.Join(t.TempDir(), "besar.csv")
	writeCSV(t, file, 1500, false)
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	sawWrite := false
	_, err := s.ImportArsip(c, file, ImportArsipOptions{Progress: func(done, total int) {
		if total > 0 && done >= 500 {
			sawWrite = true
			cancel()
		}
	}})
	if err == nil || !sawWrite {
		t.Fatalf("cancelled import: err %v, saw write %v", err, sawWrite)
	}
	if n := countBerkas(t, s); n != 0 {
		t.Fatalf("cancel left %d files", n)
	}
	rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{})
	if n := countBerkas(t, s); err != nil || rep.Created != 1500 || n != 1500 {
		t.Fatalf("after cancel: %v %+v, %d files", err, rep, n)
	}
}

func TestImportArsipItemsGroupByFile(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	file := filepath.Join(t.TempDir(), "aktif.csv")
	os.WriteFile(file, []byte(`Kode Klasifikasi,Nomor Berkas,Uraian Informasi Berkas,Kurun Waktu,Nomor Item,Uraian Informasi Arsip,Tanggal
000.1.5,1,Rapat pimpinan,2024,1,Undangan,12/01/2024
000.1.5,1,Rapat pimpinan,2024,2,Notulen,13/01/2024
000.1.6,2,Konsumsi,2024,1,Kuitansi,14/01/2024
`), 0o644)
	rep, err := s.ImportArsip(ctx, file, ImportArsipOptions{})
	if err != nil || rep.Created != 2 || rep.Items != 3 {
		t.Fatalf("%v %+v %v", err, rep, rep.Read.Problems)
	}
	p, _ := s.SearchBerkas(ctx, "pimpinan", BerkasFilter{}, Page{})
	items, _ := s.IsiBerkas(ctx, p.Rows[0].ID)
	if len(items) != 2 || items[1].Uraian != "Notulen" || !items[1].Tanggal.Equal(d(2024, 1, 13)) || p.Rows[0].JumlahItem != 2 {
		t.Fatalf("items %+v", items)
	}
	rep, err = s.ImportArsip(ctx, file, ImportArsipOptions{})
	if err != nil || rep.Unchanged != 2 || rep.Updated != 0 {
		t.Fatalf("re-import %v %+v", err, rep)
	}
}

// TestImportArsipBatches imports more files than one write statement
// takes, with items, then imports the register again with some titles and
// items changed: every file, item, code and search entry must be as if
// written one by one.
func TestImportArsipBatches(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	n := importBatchRows*2 + 37
	write := func(changed func(i int) bool) string {
		var b strings.Builder
		b.WriteString("Kode Klasifikasi,Nomor Berkas,Uraian Informasi Berkas,Kurun Waktu,Nomor Item,Uraian Informasi Arsip,Tanggal\n")
		for i := 1; i <= n; i++ {
			uraian, item := fmt.Sprintf("Rapat koordinasi %d", i), "Undangan"
			if changed(i) {
				uraian, item = fmt.Sprintf("Rapat evaluasi %d", i), "Notulen"
			}
			fmt.Fprintf(&b, "000.1.5,%d,%s,2024,1,%s,12/01/2024\n", i, uraian, item)
			if i%3 == 0 {
				fmt.Fprintf(&b, "000.1.5,%d,%s,2024,2,Daftar hadir,13/01/2024\n", i, uraian)
			}
		}
		file := filepath.Join(t.TempDir(), "aktif.csv")
		os.WriteFile(file, []byte(b.String()), 0o644)
		return file
	}
	items := n + n/3
	rep, err := s.ImportArsip(ctx, write(func(int) bool { return false }), ImportArsipOptions{})
	if err != nil || rep.Created != n || rep.Items != items {
		t.Fatalf("%v %+v", err, rep)
	}
	count := func(q string, args ...any) int {
		var c int
		if err := s.w.QueryRowContext(ctx, q, args...).Scan(&c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	if c := count("SELECT count(*) FROM code_registry r JOIN berkas b ON b.id = r.entity_id AND b.code = r.code WHERE r.kind='berkas'"); c != n {
		t.Fatalf("%d files registered, want %d", c, n)
	}
	if c := count("SELECT count(*) FROM isi_berkas"); c != items {
		t.Fatalf("%d items, want %d", c, items)
	}
	changed := func(i int) bool { return i%7 == 0 }
	rep, err = s.ImportArsip(ctx, write(changed), ImportArsipOptions{})
	want := n / 7
	if err != nil || rep.Updated != want || rep.Unchanged != n-want || rep.Created != 0 || rep.Items != want+want/3 {
		t.Fatalf("re-import %v %+v", err, rep)
	}
	if c := count("SELECT count(*) FROM isi_berkas"); c != items {
		t.Fatalf("%d items after re-import, want %d", c, items)
	}
	if c := count("SELECT count(*) FROM isi_berkas WHERE uraian='Notulen'"); c != want {
		t.Fatalf("%d changed items, want %d", c, want)
	}
	if c := count("SELECT count(*) FROM berkas WHERE version=2"); c != want {
		t.Fatalf("%d files updated, want %d", c, want)
	}
	p, err := s.SearchBerkas(ctx, "evaluasi", BerkasFilter{}, Page{Limit: 1000})
	if err != nil || p.Total != want {
		t.Fatalf("search evaluasi: %v total %d, want %d", err, p.Total, want)
	}
	p, err = s.SearchBerkas(ctx, "koordinasi", BerkasFilter{}, Page{Limit: 1000})
	if err != nil || p.Total != n-want {
		t.Fatalf("search koordinasi: %v total %d, want %d", err, p.Total, n-want)
	}
}

var _ = arsip.StatusAktif
