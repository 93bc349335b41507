package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"rapi/model/aset"
	"rapi/storage/sheet"
)

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// writeUntidyKIBC writes a KIB C register with its three two-row groups.
func writeUntidyKIBC(t *testing.T, rows [][]any) string {
	top := []string{"No", "Nama Barang", "Kode Barang", "Register", "Kondisi Bangunan (B, KB, RB)", "Konstruksi Bangunan", "",
		"Luas Lantai (M2)", "Letak/Lokasi Alamat", "Dokumen Gedung", "", "Luas (M2)", "Status Tanah", "Nomor Kode Tanah",
		"Asal Usul", "Harga", "Keterangan"}
	sub := []string{"", "", "", "", "", "Bertingkat/Tidak", "Beton/Tidak", "", "", "Tanggal", "Nomor", "", "", "", "", "", ""}
	return writeKIB(t, "C", "GEDUNG DAN BANGUNAN", top, sub, rows)
}

func untidyKIBC() [][]any {
	return [][]any{
		{1, "Gedung Kantor Utama", "1.3.3.01.01.01.001", "1", "B", "Bertingkat", "Beton", "2.400,75", "Jl. Sudirman No. 1",
			"2015-06-30", "648/IMB/2015", "1.250", "Hak Pakai", "1.3.1.01.01.04.001/0001", "Pembelian", 12500000000, ""},
		{2, "Gedung Arsip", "1.3.3.01.01.01.002", "0001", "KB", "Tidak", "Tidak Beton", 300, "Jl. Ahmad Yani",
			"Senin, 5 Januari 2009", "12/IMB/2009", "", "Hak Pakai", "", "Hibah", "Rp 450.000.000", ""},
		{3, "Pos Jaga", "1.3.3.01.01.01.002", "0002", "RB", "T", "Y", "12", "Jl. Ahmad Yani", "05-01-09", "", "", "", "", "APBD", "25.000.000", ""},
	}
}

// A changed cell of a building's card updates that building only; the
// others stay unchanged.
func TestImportKIBCChangedCellUpdatesThatBuildingOnly(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	rep, err := s.ImportAset(ctx, writeUntidyKIBC(t, untidyKIBC()), ImportAsetOptions{})
	must(t, err)
	if !rep.Written || rep.Created != 3 {
		t.Fatalf("import: %+v problems %+v", rep, rep.Read.Problems)
	}
	rows := untidyKIBC()
	rows[1][7] = "320"
	rep, err = s.ImportAset(ctx, writeUntidyKIBC(t, rows), ImportAsetOptions{})
	must(t, err)
	if rep.Created != 0 || rep.Updated != 1 || rep.Unchanged != 2 {
		t.Errorf("changed luas lantai: created %d updated %d unchanged %d", rep.Created, rep.Updated, rep.Unchanged)
	}
	arsip, err := s.AsetByNomor(ctx, "1.3.3.01.01.01.002", 1)
	must(t, err)
	if g := arsip.Detail.C; g == nil || g.LuasLantai != 320 || g.Beton || !g.DokumenTanggal.Equal(ymd(2009, time.January, 5)) {
		t.Errorf("arsip after the update: %+v", g)
	}
}

func TestImportKIBCRefusesAWordThatIsNotYaOrTidak(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	rows := untidyKIBC()
	rows[2][5] = "mungkin"
	rep, err := s.ImportAset(ctx, writeUntidyKIBC(t, rows), ImportAsetOptions{})
	must(t, err)
	if rep.Written || len(rep.Read.Problems) != 1 {
		t.Fatalf("written %v problems %+v", rep.Written, rep.Read.Problems)
	}
	if p := rep.Read.Problems[0]; p.Row != 9 || p.Column != "Konstruksi Bangunan Bertingkat/Tidak" || p.Letter != "F" || p.Reason != "error.aset_import_ya_tidak" {
		t.Errorf("problem %+v", p)
	}
}

// The headers of KIB D and F cards each reach their field, with or
// without units and in their two-row forms.
func TestKIBDAndFHeadersMapToTheirFields(t *testing.T) {
	for _, c := range []struct{ header, field string }{
		{"Konstruksi", "konstruksi"}, {"Panjang (Km)", "panjang"}, {"Panjang", "panjang"}, {"Lebar (M)", "lebar"},
		{"Lebar", "lebar"}, {"Luas (M2)", "luas"}, {"Luas (m²)", "luas"}, {"Luas", "luas"}, {"Letak/Lokasi", "alamat"},
		{"Dokumen Tanggal", "dokumen_tanggal"}, {"Dokumen Nomor", "dokumen_nomor"}, {"Tgl. Dokumen", "dokumen_tanggal"},
		{"Bangunan (P,SP,D)", "bangunan"}, {"Bangunan (P, SP, D)", "bangunan"}, {"Konstruksi Bangunan Bertingkat/Tidak", "bertingkat"},
		{"Konstruksi Bangunan Beton/Tidak", "beton"}, {"Tanggal Mulai", "tanggal_mulai"}, {"Tgl Mulai", "tanggal_mulai"},
		{"Status Tanah", "status_tanah"}, {"Nomor Kode Tanah", "kode_tanah"}, {"Asal Usul Pembiayaan", "cara_perolehan"},
		{"Nilai Kontrak (Rp)", "nilai_kontrak"}, {"Nilai Kontrak", "nilai_kontrak"},
		{"Status Tanah Hak", "status_tanah"}, {"Tanggal Sertifikat", "dokumen_tanggal"}, {"No. Sertifikat", "dokumen_nomor"},
	} {
		m := sheet.AutoMap([]sheet.Column{{Letter: "A", Header: c.header}}, AsetSchema)
		if m[0].Field != c.field {
			t.Errorf("%q -> %q, want %q", c.header, m[0].Field, c.field)
		}
	}
}

// A KIB C written by Rapi's own export imports into another database with
// the same buildings: the export's headers are names the import knows.
func TestKIBCExportImportsBackWithItsDetail(t *testing.T) {
	src, _ := openTemp(t, "Siti")
	rep, err := src.ImportAset(ctx, writeUntidyKIBC(t, untidyKIBC()), ImportAsetOptions{})
	must(t, err)
	if rep.Created != 3 {
		t.Fatalf("import: %+v %+v", rep, rep.Read.Problems)
	}
	p := filepath.Join(t.TempDir(), "kib-c-export.xlsx")
	var buf bytes.Buffer
	if _, err := src.ExportAsetList(ctx, &buf, AsetListOptions{List: ListKIBC}); err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(p, buf.Bytes(), 0o644))
	dst, _ := openTemp(t, "Budi")
	rep, err = dst.ImportAset(ctx, p, ImportAsetOptions{})
	must(t, err)
	if !rep.Written || rep.Created != 3 {
		t.Fatalf("re-import of the export: %+v %+v", rep, rep.Read.Problems)
	}
	for _, k := range []struct {
		kode aset.Kode
		reg  int
	}{{"1.3.3.01.01.01.001", 1}, {"1.3.3.01.01.01.002", 1}, {"1.3.3.01.01.01.002", 2}} {
		a, err := src.AsetByNomor(ctx, k.kode, k.reg)
		must(t, err)
		b, err := dst.AsetByNomor(ctx, k.kode, k.reg)
		must(t, err)
		if asetImportFieldsOf(&a) != asetImportFieldsOf(&b) {
			t.Errorf("%s/%04d after export and import:\n%+v\nwas\n%+v", k.kode, k.reg, asetImportFieldsOf(&b), asetImportFieldsOf(&a))
		}
	}
}

// KIB D and KIB F registers import whole once their kode barang are in
// the list (the seed has none at the unit level).
func TestImportKIBDAndKIBF(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	must(t, s.SetAdminPIN(ctx, "", "1234"))
	addKode(t, s, "1.3.4.01.01.01.001", "Jalan Provinsi")
	addKode(t, s, "1.3.6.01.01.01.001", "Konstruksi Dalam Pengerjaan Gedung")
	d := writeKIB(t, "D", "JALAN, IRIGASI DAN JARINGAN",
		[]string{"No", "Nama Barang", "Kode Barang", "Register", "Konstruksi", "Panjang (Km)", "Lebar (M)", "Luas (M2)", "Letak/Lokasi",
			"Dokumen", "", "Status Tanah", "Nomor Kode Tanah", "Asal Usul", "Harga", "Kondisi (B, KB, RB)", "Keterangan"},
		[]string{"", "", "", "", "", "", "", "", "", "Tanggal", "Nomor", "", "", "", "", "", ""},
		[][]any{{1, "Jalan Lingkungan Kantor", "1.3.4.01.01.01.001", "0001", "Aspal Hotmix", "0,125", 6, "750", "Kawasan KP3B",
			"2 April 2018", "SPK/027/2018", "Hak Pakai", "", "Pembelian", "Rp 2.000.000.000", "KB", ""}})
	f := writeKIB(t, "F", "KONSTRUKSI DALAM PENGERJAAN",
		[]string{"No", "Nama Barang", "Kode Barang", "Register", "Bangunan (P,SP,D)", "Konstruksi Bangunan", "", "Luas (M2)",
			"Letak/Lokasi Alamat", "Dokumen", "", "Tanggal Mulai", "Status Tanah", "Nomor Kode Tanah", "Asal Usul Pembiayaan",
			"Nilai Kontrak", "Keterangan"},
		[]string{"", "", "", "", "", "Bertingkat/Tidak", "Beton/Tidak", "", "", "Tanggal", "Nomor", "", "", "", "", "", ""},
		[][]any{{1, "Gedung Arsip", "1.3.6.01.01.01.001", "0001", "Semi Permanen", "Bertingkat", "Tidak", "600", "Kawasan KP3B",
			"", "", "02/03/2026", "Hak Pakai", "1.3.1.01.01.04.001/0001", "APBD", "Rp 2.500.000.000,00", ""}})
	bad := writeKIB(t, "F", "KONSTRUKSI DALAM PENGERJAAN", []string{"No", "Nama Barang", "Kode Barang", "Register", "Bangunan (P,SP,D)"},
		[]string{"", "", "", "", ""}, [][]any{{1, "Gedung Arsip", "1.3.6.01.01.01.001", "0001", "Kayu"}})
	rep, err := s.ImportAset(ctx, bad, ImportAsetOptions{})
	must(t, err)
	if rep.Written || len(rep.Read.Problems) != 1 || rep.Read.Problems[0].Column != "Bangunan (P,SP,D)" ||
		rep.Read.Problems[0].Reason != "error.aset_bangunan" {
		t.Errorf("a building neither P, SP nor D: written %v %+v", rep.Written, rep.Read.Problems)
	}
	for _, p := range []string{d, f} {
		rep, err := s.ImportAset(ctx, p, ImportAsetOptions{})
		must(t, err)
		if !rep.Written || rep.Created != 1 {
			t.Fatalf("%s: %+v %+v", filepath.Base(p), rep, rep.Read.Problems)
		}
	}
	road, err := s.AsetByNomor(ctx, "1.3.4.01.01.01.001", 1)
	must(t, err)
	wantRoad := aset.Jalan{Konstruksi: "Aspal Hotmix", Panjang: 0.125, Lebar: 6, Luas: 750, Alamat: "Kawasan KP3B",
		DokumenNomor: "SPK/027/2018", DokumenTanggal: ymd(2018, time.April, 2), StatusTanah: "Hak Pakai"}
	if road.Detail.D == nil || *road.Detail.D != wantRoad || road.Kondisi != aset.KondisiRR || road.Harga != 2000000000 {
		t.Errorf("road %+v %+v", road.Detail.D, road)
	}
	kdp, err := s.AsetByNomor(ctx, "1.3.6.01.01.01.001", 1)
	must(t, err)
	wantKDP := aset.Konstruksi{Bangunan: "SP", Bertingkat: true, Luas: 600, Alamat: "Kawasan KP3B", TanggalMulai: ymd(2026, time.March, 2),
		StatusTanah: "Hak Pakai", KodeTanah: "1.3.1.01.01.04.001/0001", NilaiKontrak: 2500000000}
	if kdp.Detail.F == nil || *kdp.Detail.F != wantKDP || kdp.CaraPerolehan != aset.PerolehanPengadaan {
		t.Errorf("konstruksi %+v %+v", kdp.Detail.F, kdp)
	}
}
