package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rapi/model"
	"rapi/model/arsip"
	"rapi/storage/sheet/sheettest"
)

func exportTo(t *testing.T, s *Store, opt ExportArsipOptions) (string, int) {
	t.Helper()
	var buf bytes.Buffer
	n, err := s.ExportArsip(ctx, &buf, opt)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "daftar.xlsx")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p, n
}

func sampleArsip(t *testing.T, s *Store) {
	t.Helper()
	rak := mkPlace(t, s, model.PlaceRak, "Rak 3", mkPlace(t, s, model.PlaceRuang, "Ruang Arsip", 0).ID)
	b1 := arsip.Berkas{Code: "B-100001", NomorBerkas: "1", KodeKlasifikasi: "000.1.5", Uraian: "Notulen rapat pimpinan", TahunDari: 2023,
		TahunSampai: 2024, UnitPengolah: "Bagian Tata Usaha", Media: arsip.MediaKartografi, Keamanan: arsip.KeamananTerbatas,
		Kategori: "Rapat", Note: "lengkap", PlaceID: rak.ID}
	b2 := arsip.Berkas{Code: "B-100002", NomorBerkas: "2", KodeKlasifikasi: "000.1.6", Uraian: "Konsumsi rapat", TahunSampai: 2024,
		UnitPengolah: "Bagian Rumah Tangga", Tingkat: arsip.TingkatSalinan}
	for _, b := range []*arsip.Berkas{&b1, &b2} {
		if err := s.CreateBerkas(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	must(t, s.SetIsiBerkas(ctx, b1.ID, b1.Version, []arsip.IsiBerkas{
		{NomorItem: 1, NomorSurat: "000.1.5/12/Biro Umum/2024", Tanggal: d(2024, 1, 12), Uraian: "Undangan rapat"},
		{NomorItem: 2, Tanggal: d(2024, 1, 13), Uraian: "Notulen", Jumlah: 3},
	}))
}

func TestExportThenImportGivesSameRecords(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	sampleArsip(t, s)
	p, n := exportTo(t, s, ExportArsipOptions{List: ListBerkas})
	if n != 2 {
		t.Fatalf("exported %d rows", n)
	}
	// The same database: nothing changes.
	rep, err := s.ImportArsip(ctx, p, ImportArsipOptions{})
	if err != nil || rep.Unchanged != 2 || rep.Created+rep.Updated+rep.Rejected != 0 {
		t.Fatalf("re-import of an export: %v %+v %v", err, rep, rep.Read.Problems)
	}
	// A fresh database: the same files arrive.
	s2, _ := openTemp(t, "Budi")
	rep, err = s2.ImportArsip(ctx, p, ImportArsipOptions{})
	if err != nil || rep.Created != 2 {
		t.Fatalf("import into a fresh database: %v %+v %v", err, rep, rep.Read.Problems)
	}
	for _, code := range []string{"B-100001", "B-100002"} {
		a, err := s.BerkasByCode(ctx, code)
		must(t, err)
		b, err := s2.BerkasByCode(ctx, code)
		must(t, err)
		if !sameImported(&a, &b) || a.Retensi != b.Retensi {
			t.Errorf("%s differs:\n%+v\n%+v", code, a, b)
		}
	}
	// The Daftar Arsip Aktif with its items, too.
	p, n = exportTo(t, s, ExportArsipOptions{List: ListAktif})
	if n != 3 {
		t.Fatalf("aktif rows %d", n)
	}
	s3, _ := openTemp(t, "Ani")
	rep, err = s3.ImportArsip(ctx, p, ImportArsipOptions{})
	if err != nil || rep.Created != 2 || rep.Items != 2 {
		t.Fatalf("aktif import: %v %+v %v", err, rep, rep.Read.Problems)
	}
	b, _ := s3.BerkasByCode(ctx, "B-100001")
	items, _ := s3.IsiBerkas(ctx, b.ID)
	if len(items) != 2 || items[0].NomorSurat != "000.1.5/12/Biro Umum/2024" || !items[1].Tanggal.Equal(d(2024, 1, 13)) {
		t.Fatalf("items %+v", items)
	}
}

func TestExportListsHaveTitlesAndFilters(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	must(t, s.SetAdminPIN(ctx, "", "1234"))
	must(t, s.SetInstitution(ctx, model.Institution{Lines: []string{"PEMERINTAH PROVINSI CONTOH", "BIRO UMUM"}}, "1234"))
	sampleArsip(t, s)
	p, n := exportTo(t, s, ExportArsipOptions{List: ListBerkas, Filter: BerkasFilter{KodePrefix: "000.1.6"}})
	if n != 1 {
		t.Fatalf("filtered export has %d rows", n)
	}
	f, err := excelize.OpenFile(p)
	must(t, err)
	defer f.Close()
	rows, _ := f.GetRows(f.GetSheetList()[0])
	if rows[0][0] != "PEMERINTAH PROVINSI CONTOH" || rows[2][0] != "DAFTAR BERKAS" ||
		rows[4][0] != "Filter: klasifikasi 000.1.6" || rows[6][1] != "Kode Klasifikasi" || rows[7][1] != "000.1.6" {
		t.Fatalf("rows %q", rows)
	}
	for _, l := range ArsipLists {
		if _, err := s.ExportArsip(ctx, &bytes.Buffer{}, ExportArsipOptions{List: l, AsOf: d(2040, 1, 1)}); err != nil {
			t.Errorf("%s: %v", l, err)
		}
	}
	_, n = exportTo(t, s, ExportArsipOptions{List: ListUsulPindah, AsOf: d(2040, 1, 1)})
	if n != 2 {
		t.Errorf("usul pindah in 2040: %d rows", n)
	}
	_, n = exportTo(t, s, ExportArsipOptions{List: ListIsi})
	if n != 2 {
		t.Errorf("isi berkas: %d rows", n)
	}
	_, n = exportTo(t, s, ExportArsipOptions{List: ListBerkas, Text: "konsumsi"})
	if n != 1 {
		t.Errorf("search export: %d rows", n)
	}
}

// TestArsipExportInLibreOffice: what LibreOffice shows of the Daftar
// Arsip Aktif: dates in Indonesian, counts as plain numbers.
func TestArsipExportInLibreOffice(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	sampleArsip(t, s)
	in, _ := exportTo(t, s, ExportArsipOptions{List: ListAktif})
	recs := sheettest.LibreOfficeCSV(t, in)
	var data strings.Builder // every cell, for the checks on the whole sheet
	for _, r := range recs {
		data.WriteString(strings.Join(r, ",") + "\n")
	}
	var head, first []string
	for i, r := range recs {
		if len(r) > 1 && r[1] == "Kode Klasifikasi" && i+1 < len(recs) {
			head, first = r, recs[i+1]
			break
		}
	}
	if head == nil {
		t.Fatalf("no header in\n%s", data.String())
	}
	idx := func(h string) int {
		for i, x := range head {
			if x == h {
				return i
			}
		}
		t.Fatalf("no column %q in %q", h, head)
		return 0
	}
	if got := first[idx("Tanggal")]; got != "12 Januari 2024" {
		t.Errorf("date shown as %q, want 12 Januari 2024", got)
	}
	if got := first[idx("Jumlah")]; got != "2" {
		t.Errorf("jumlah shown as %q", got)
	}
	if got := first[idx("Kurun Waktu")]; got != "2023-2024" {
		t.Errorf("kurun waktu shown as %q", got)
	}
	if !strings.Contains(data.String(), "DAFTAR ARSIP AKTIF") {
		t.Errorf("no title in\n%s", data.String())
	}
}
