package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rapi/model/aset"
)

var kibATop = []string{"No", "Nama Barang", "Kode Barang", "Register", "Luas (M2)", "Tahun Pengadaan", "Letak/Alamat",
	"Status Tanah", "", "", "Penggunaan", "Asal Usul", "Harga (Rp)", "Keterangan"}
var kibASub = []string{"", "", "", "", "", "", "", "Hak", "Tanggal Sertifikat", "Nomor Sertifikat", "", "", "", ""}

func messyKIBA() [][]any {
	return [][]any{
		{1, "Tanah Kantor Gubernur", "1.3.1.01.01.04.001", "0001", "1.250,50", 1998, "Jl. Syekh Nawawi Al Bantani No. 1",
			"Hak Pakai", "12 Maret 2005", "10.01.02.03.4.00012", "Kantor", "Pengadaan", "Rp 2.500.000.000,00", ""},
		{2, "Tanah Rumah Dinas", "131010104001", "2", 980, "2001", "Jl. Veteran",
			"Hak Pengelolaan", time.Date(2007, 8, 17, 0, 0, 0, 0, time.UTC), "00013", "Rumah Dinas", "Hibah", "750000000", "Sengketa batas"},
		{3, "Tanah Gudang", "1.3.1.1.1.4.1", "0003", "12.500 m2", 2010, "Kp. Pasir",
			"HPL", "05-06-2010", "", "Gudang", "Hasil Inventarisasi", "Rp1.000.000", ""},
	}
}

func TestImportMessyKIBAReadsTheLandCard(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	p := writeKIB(t, "A", "TANAH", kibATop, kibASub, messyKIBA())
	rep, err := s.ImportAset(ctx, p, ImportAsetOptions{})
	must(t, err)
	if !rep.Written || rep.Created != 3 || len(rep.Read.Problems) != 0 {
		t.Fatalf("import: %+v problems %+v", rep, rep.Read.Problems)
	}
	kantor, err := s.AsetByNomor(ctx, "1.3.1.01.01.04.001", 1)
	must(t, err)
	a := kantor.Detail.A
	if a == nil || a.Luas != 1250.5 || a.StatusHak != "Hak Pakai" || a.SertifikatNomor != "10.01.02.03.4.00012" ||
		!a.SertifikatTanggal.Equal(time.Date(2005, 3, 12, 0, 0, 0, 0, time.UTC)) || a.Penggunaan != "Kantor" ||
		a.Alamat != "Jl. Syekh Nawawi Al Bantani No. 1" || kantor.Harga != 2500000000 || kantor.Tahun != 1998 {
		t.Errorf("kantor %+v %+v", kantor, a)
	}
	rumah, err := s.AsetByNomor(ctx, "1.3.1.01.01.04.001", 2)
	must(t, err)
	if a := rumah.Detail.A; a == nil || a.Luas != 980 || !a.SertifikatTanggal.Equal(time.Date(2007, 8, 17, 0, 0, 0, 0, time.UTC)) ||
		a.StatusHak != "Hak Pengelolaan" || rumah.Keterangan != "Sengketa batas" {
		t.Errorf("rumah dinas (date cell, number cell) %+v %+v", rumah, a)
	}
	gudang, err := s.AsetByNomor(ctx, "1.3.1.01.01.04.001", 3)
	must(t, err)
	if a := gudang.Detail.A; a == nil || a.Luas != 12500 || !a.SertifikatTanggal.Equal(time.Date(2010, 6, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("gudang (12.500 m2, 05-06-2010) %+v", a)
	}
	rep, err = s.ImportAset(ctx, p, ImportAsetOptions{})
	must(t, err)
	if rep.Created != 0 || rep.Updated != 0 || rep.Unchanged != 3 {
		t.Errorf("second import: created %d updated %d unchanged %d", rep.Created, rep.Updated, rep.Unchanged)
	}
}

func TestImportMessyKIBCReadsTheBuildingCard(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	top := []string{"No", "Nama Barang", "Kode Barang", "Register", "Kondisi Bangunan (B, KB, RB)", "Konstruksi Bangunan", "",
		"Luas Lantai (M2)", "Letak/Lokasi Alamat", "Dokumen Gedung", "", "Luas (M2)", "Status Tanah", "Nomor Kode Tanah",
		"Asal-usul", "Harga (Rp)", "Keterangan"}
	sub := []string{"", "", "", "", "", "Bertingkat/Tidak", "Beton/Tidak", "", "", "Tanggal", "Nomor", "", "", "", "", "", ""}
	rows := [][]any{
		{1, "Gedung Kantor Biro Umum", "1.3.3.01.01.01.001", "0001", "Baik", "Bertingkat", "Ya", "2.400", "Jl. Syekh Nawawi",
			"3/4/2015", "IMB/123/2015", "1.250,50", "Hak Pakai", "1.3.1.01.01.04.001/0001", "Pengadaan", "Rp 12.500.000.000,00", ""},
		{2, "Pos Jaga", "1.3.3.01.01.01.002", "1", "KB", "Tidak", "tidak", "12,5", "Gerbang depan",
			"20 Januari 2019", "", "", "Hak Pakai", "", "APBD", "85.000.000", ""},
	}
	p := writeKIB(t, "C", "GEDUNG DAN BANGUNAN", top, sub, rows)
	rep, err := s.ImportAset(ctx, p, ImportAsetOptions{})
	must(t, err)
	if !rep.Written || rep.Created != 2 || len(rep.Read.Problems) != 0 {
		t.Fatalf("import: %+v problems %+v", rep, rep.Read.Problems)
	}
	gedung, err := s.AsetByNomor(ctx, "1.3.3.01.01.01.001", 1)
	must(t, err)
	c := gedung.Detail.C
	if c == nil || !c.Bertingkat || !c.Beton || c.LuasLantai != 2400 || c.LuasTanah != 1250.5 || c.Alamat != "Jl. Syekh Nawawi" ||
		c.DokumenNomor != "IMB/123/2015" || !c.DokumenTanggal.Equal(time.Date(2015, 4, 3, 0, 0, 0, 0, time.UTC)) ||
		c.StatusTanah != "Hak Pakai" || c.KodeTanah != "1.3.1.01.01.04.001/0001" || gedung.Harga != 12500000000 {
		t.Errorf("gedung %+v %+v", gedung, c)
	}
	pos, err := s.AsetByNomor(ctx, "1.3.3.01.01.01.002", 1)
	must(t, err)
	if c := pos.Detail.C; c == nil || c.Bertingkat || c.Beton || c.LuasLantai != 12.5 ||
		!c.DokumenTanggal.Equal(time.Date(2019, 1, 20, 0, 0, 0, 0, time.UTC)) || pos.Kondisi != "RR" {
		t.Errorf("pos jaga %+v %+v", pos, c)
	}
	rep, err = s.ImportAset(ctx, p, ImportAsetOptions{})
	must(t, err)
	if rep.Created != 0 || rep.Updated != 0 || rep.Unchanged != 2 {
		t.Errorf("second import: created %d updated %d unchanged %d", rep.Created, rep.Updated, rep.Unchanged)
	}
}

func TestImportBadKIBARefusedNamingRowAndColumnInIndonesian(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	rows := messyKIBA()
	rows[0][8] = "31/02/2024"
	rows[2][4] = "abc"
	rep, err := s.ImportAset(ctx, writeKIB(t, "A", "TANAH", kibATop, kibASub, rows), ImportAsetOptions{})
	must(t, err)
	if rep.Written || len(rep.Read.Problems) != 2 {
		t.Fatalf("written %v, problems %+v", rep.Written, rep.Read.Problems)
	}
	tr := idTranslator(t)
	want := []string{`baris 7, kolom "Status Tanah Tanggal Sertifikat": "31/02/2024"`, `baris 9, kolom "Luas (M2)": "abc" bukan angka`}
	for i, p := range rep.Read.Problems {
		if m := p.Message(tr); !strings.HasPrefix(m, want[i]) {
			t.Errorf("problem %d: %q, want %q…", i, m, want[i])
		}
	}
	if n, _ := s.AsetCount(ctx, AsetFilter{}); n != 0 {
		t.Errorf("%d assets saved from a refused register", n)
	}
}

func TestParseMeasureKeepsIndonesianDecimals(t *testing.T) {
	for in, want := range map[string]float64{"1.250,50": 1250.5, "0,125": 0.125, "1.250": 1250, "12.5": 12.5,
		"12,5 m2": 12.5, "1,250.75": 1250.75, "0.125": 0.125, "1.250.000": 1250000, "980": 980} {
		if got, ok := parseMeasure(in); !ok || got != want {
			t.Errorf("%q: %v %v, want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"abc", "-5", "Rp 5", "1,2,3.4.5x"} {
		if got, ok := parseMeasure(in); ok {
			t.Errorf("%q read as %v", in, got)
		}
	}
}

// addKode puts a kode barang the seed lacks into the list (admin PIN 1234).
func addKode(t *testing.T, s *Store, kode aset.Kode, nama string) {
	t.Helper()
	if _, err := s.KodeBarang(ctx, kode); err == nil {
		return
	}
	must(t, s.SaveKodeBarangAdmin(ctx, &aset.KodeBarang{Kode: kode, Nama: nama}, "1234"))
}

// A KIB D, E or F that Rapi exported imports back: into the same
// database it changes nothing, into another one it brings the card whole.
func TestRapisOwnKIBDEFExportsImportBack(t *testing.T) {
	s, r := asetPaperSample(t)
	addKode(t, s, "1.3.4.01.01.01.001", "Jalan Provinsi")
	addKode(t, s, "1.3.6.01.01.01.001", "Konstruksi Dalam Pengerjaan Gedung")
	d := time.Date
	units := []aset.Aset{
		newAset(t, s, r.ID, func(a *aset.Aset) {
			a.KodeBarang, a.Nama, a.Merk, a.Tahun, a.Harga = "1.3.4.01.01.01.001", "Jalan Lingkungan KP3B", "", 2012, 3200000000
			a.Detail.D = &aset.Jalan{Konstruksi: "Hotmix", Panjang: 1.275, Lebar: 6, Luas: 7650, Alamat: "Kawasan KP3B",
				DokumenNomor: "BAST/JL/07", DokumenTanggal: d(2012, 11, 30, 0, 0, 0, 0, time.UTC), StatusTanah: "Hak Pakai",
				KodeTanah: "1.3.1.01.01.04.001/0001"}
		}),
		newAset(t, s, r.ID, func(a *aset.Aset) {
			a.KodeBarang, a.Nama, a.Merk, a.Tahun, a.Harga = "1.3.5.01.01.01.001", "Buku Sejarah Banten", "", 2020, 350000
			a.Detail.E = &aset.Lainnya{BukuJudul: "Sejarah Banten / Halwany Michrob", BukuSpesifikasi: "Hard cover, 412 hlm",
				SeniAsal: "Banten", SeniBahan: "Kertas"}
		}),
		newAset(t, s, r.ID, func(a *aset.Aset) {
			a.KodeBarang, a.Nama, a.Merk, a.Tahun, a.Harga = "1.3.6.01.01.01.001", "Gedung Arsip (KDP)", "", 2026, 4750000000
			a.Detail.F = &aset.Konstruksi{Bangunan: "P", Bertingkat: true, Luas: 600.25, Alamat: "Belakang Gedung B",
				DokumenNomor: "SPK/027/2026", DokumenTanggal: d(2026, 3, 2, 0, 0, 0, 0, time.UTC),
				TanggalMulai: d(2026, 3, 16, 0, 0, 0, 0, time.UTC), StatusTanah: "Hak Pakai", NilaiKontrak: 4750000000}
		}),
	}
	other, _ := openTemp(t, "Budi")
	must(t, other.SetAdminPIN(ctx, "", "1234"))
	addKode(t, other, "1.3.4.01.01.01.001", "Jalan Provinsi")
	addKode(t, other, "1.3.6.01.01.01.001", "Konstruksi Dalam Pengerjaan Gedung")
	for i, l := range []AsetPaperList{ListKIBD, ListKIBE, ListKIBF} {
		p := filepath.Join(t.TempDir(), string(l)+".xlsx")
		f, err := os.Create(p)
		must(t, err)
		_, err = s.ExportAsetList(ctx, f, AsetListOptions{List: l})
		must(t, errors.Join(err, f.Close()))
		rep, err := s.ImportAset(ctx, p, ImportAsetOptions{})
		must(t, err)
		if rep.Created != 0 || rep.Updated != 0 || rep.Unchanged != 1 || len(rep.Read.Problems) != 0 {
			t.Errorf("%s back into its database: %+v %+v", l, rep, rep.Read.Problems)
		}
		rep, err = other.ImportAset(ctx, p, ImportAsetOptions{})
		must(t, err)
		if rep.Created != 1 {
			t.Fatalf("%s into another database: %+v %+v", l, rep, rep.Read.Problems)
		}
		want := units[i]
		got, err := other.AsetByNomor(ctx, want.KodeBarang, want.Register)
		must(t, err)
		if asetDetailJSON(&got) != asetDetailJSON(&want) || got.Harga != want.Harga || got.Nama != want.Nama {
			t.Errorf("%s card:\n got %s %d\nwant %s %d", l, asetDetailJSON(&got), got.Harga, asetDetailJSON(&want), want.Harga)
		}
	}
}

// KIB E and F as SIMDA-style systems write them: three groups of
// sub-headers on E; on F no Harga column (the contract is the value) and
// "Ya"/"Tidak" under Konstruksi Bangunan. A word that is neither is
// refused naming its column.
func TestImportSIMDAKIBEAndF(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	must(t, s.SetAdminPIN(ctx, "", "1234"))
	addKode(t, s, "1.3.6.01.01.01.001", "Konstruksi Dalam Pengerjaan Gedung")
	top := []string{"No", "Nama Barang", "Kode Barang", "Register", "Buku/Perpustakaan", "",
		"Barang Bercorak Kesenian/Kebudayaan", "", "", "Hewan/Ternak dan Tumbuhan", "", "Jumlah", "Tahun Cetak/Pembelian",
		"Asal Usul", "Harga (Rp)", "Keterangan"}
	sub := []string{"", "", "", "", "Judul/Pencipta", "Spesifikasi", "Asal Daerah", "Pencipta", "Bahan", "Jenis", "Ukuran",
		"", "", "", "", ""}
	e := writeKIB(t, "E", "ASET TETAP LAINNYA", top, sub, [][]any{
		{1, "Monografi Banten", "1.3.5.01.01.01.001", "0001", "Monografi Banten / Tim Penyusun", "A4, 210 hlm", "Banten", "", "Kertas",
			"", "", 1, 2018, "Pengadaan", "Rp 250.000", ""},
	})
	rep, err := s.ImportAset(ctx, e, ImportAsetOptions{})
	must(t, err)
	if rep.Created != 1 || len(rep.Read.Problems) != 0 {
		t.Fatalf("KIB E: %+v %+v", rep, rep.Read.Problems)
	}
	buku, err := s.AsetByNomor(ctx, "1.3.5.01.01.01.001", 1)
	must(t, err)
	if d := buku.Detail.E; d == nil || d.BukuJudul != "Monografi Banten / Tim Penyusun" || d.BukuSpesifikasi != "A4, 210 hlm" ||
		d.SeniAsal != "Banten" || d.SeniBahan != "Kertas" || buku.Bahan != "" || buku.Harga != 250000 || buku.Tahun != 2018 {
		t.Errorf("monografi %+v %+v", buku, d)
	}

	top = []string{"No", "Nama Barang", "Kode Barang", "Register", "Bangunan (P,SP,D)", "Konstruksi Bangunan", "", "Luas (M2)",
		"Letak/Lokasi Alamat", "Dokumen", "", "Tanggal Mulai", "Status Tanah", "Nomor Kode Tanah", "Asal-usul Pembiayaan",
		"Nilai Kontrak (Rp)", "Keterangan"}
	sub = []string{"", "", "", "", "", "Bertingkat/Tidak", "Beton/Tidak", "", "", "Tanggal", "Nomor", "", "", "", "", "", ""}
	rows := [][]any{
		{1, "Gedung Arsip", "1.3.6.01.01.01.001", "0001", "p", "Ya", "Tidak", "600,25", "Belakang Gedung B", "02-03-2026",
			"SPK/027/2026", "16 Maret 2026", "Hak Pakai", "", "APBD", "Rp 4.750.000.000,00", "Termin II"},
		{2, "Pagar Kawasan", "1.3.6.01.01.01.001", "0002", "SP", "Mungkin", "Tidak", "", "", "", "", "", "", "", "APBD", "250.000.000", ""},
	}
	rep, err = s.ImportAset(ctx, writeKIB(t, "F", "KONSTRUKSI DALAM PENGERJAAN", top, sub, rows), ImportAsetOptions{})
	must(t, err)
	if rep.Written || len(rep.Read.Problems) != 1 {
		t.Fatalf("a KIB F with \"Mungkin\" under Bertingkat: %+v %+v", rep, rep.Read.Problems)
	}
	if m := rep.Read.Problems[0].Message(idTranslator(t)); m != `baris 8, kolom "Konstruksi Bangunan Bertingkat/Tidak": "Mungkin" isi Ya atau Tidak` {
		t.Errorf("message %q", m)
	}
	rows[1][5] = "tidak"
	rep, err = s.ImportAset(ctx, writeKIB(t, "F", "KONSTRUKSI DALAM PENGERJAAN", top, sub, rows), ImportAsetOptions{})
	must(t, err)
	if rep.Created != 2 {
		t.Fatalf("KIB F: %+v %+v", rep, rep.Read.Problems)
	}
	kdp, err := s.AsetByNomor(ctx, "1.3.6.01.01.01.001", 1)
	must(t, err)
	f := kdp.Detail.F
	if f == nil || f.Bangunan != "P" || !f.Bertingkat || f.Beton || f.Luas != 600.25 || f.DokumenNomor != "SPK/027/2026" ||
		!f.DokumenTanggal.Equal(time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)) || !f.TanggalMulai.Equal(time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC)) ||
		f.NilaiKontrak != 4750000000 || kdp.Harga != 4750000000 || kdp.Keterangan != "Termin II" {
		t.Errorf("KDP %+v %+v", kdp, f)
	}
}
