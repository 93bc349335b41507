package printout

import (
	"context"
	"strings"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// kibStore is asetStore (chairs and a car in the Aula) with two units of
// each of KIB A, C, D, E and F carrying their card's fields, and a move.
func kibStore(t *testing.T) (*storage.Store, model.Place) {
	t.Helper()
	ctx := context.Background()
	s, r := asetStore(t, 3, false)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range []aset.KodeBarang{{Kode: "1.3.4.01.01.01.001", Nama: "Jalan Provinsi"},
		{Kode: "1.3.6.01.01.01.001", Nama: "Konstruksi Dalam Pengerjaan Gedung"}, {Kode: "1.3.5.01.01.01.001", Nama: "Monografi"}} {
		if _, err := s.KodeBarang(ctx, k.Kode); err == nil {
			continue
		}
		must(s.SaveKodeBarangAdmin(ctx, &k, "1234"))
	}
	units := []aset.Aset{
		{KodeBarang: "1.3.1.01.01.04.001", Nama: "Tanah Kantor Gubernur", Tahun: 1998, Harga: 2500000000, Detail: aset.Detail{A: &aset.Tanah{
			Luas: 1250.5, Alamat: "Jl. Syekh Nawawi Al Bantani", StatusHak: "Hak Pakai", SertifikatNomor: "10.01.02.03.4.00012",
			SertifikatTanggal: day(2005, 3, 12), Penggunaan: "Kantor"}}},
		{KodeBarang: "1.3.1.01.01.04.001", Nama: "Tanah Rumah Dinas", Tahun: 2001, Harga: 750000000,
			Detail: aset.Detail{A: &aset.Tanah{Luas: 350, StatusHak: "Hak Pengelolaan", Penggunaan: "Rumah Dinas"}}},
		{KodeBarang: "1.3.3.01.01.01.001", Nama: "Gedung Kantor Biro Umum", Tahun: 2015, Harga: 12500000000, Detail: aset.Detail{C: &aset.Gedung{
			Bertingkat: true, Beton: true, LuasLantai: 2400, Alamat: "Jl. Syekh Nawawi", DokumenNomor: "IMB/123/2015",
			DokumenTanggal: day(2015, 4, 3), LuasTanah: 1250.5, StatusTanah: "Hak Pakai", KodeTanah: "1.3.1.01.01.04.001/0001"}}},
		{KodeBarang: "1.3.3.01.01.01.002", Nama: "Pos Jaga", Tahun: 2019, Harga: 85000000, Kondisi: aset.KondisiRR},
		{KodeBarang: "1.3.4.01.01.01.001", Nama: "Jalan Lingkungan KP3B", Tahun: 2012, Harga: 3200000000, Detail: aset.Detail{D: &aset.Jalan{
			Konstruksi: "Hotmix", Panjang: 1.275, Lebar: 6, Luas: 7650, Alamat: "Kawasan KP3B", DokumenNomor: "BAST/JL/07",
			DokumenTanggal: day(2012, 11, 30)}}},
		{KodeBarang: "1.3.4.01.01.01.001", Nama: "Jalan Parkir", Tahun: 2013, Harga: 800000000},
		{KodeBarang: "1.3.5.01.01.01.001", Nama: "Buku Sejarah Banten", Tahun: 2020, Harga: 350000, Detail: aset.Detail{E: &aset.Lainnya{
			BukuJudul: "Sejarah Banten / Halwany Michrob", BukuSpesifikasi: "Hard cover, 412 hlm"}}},
		{KodeBarang: "1.3.5.01.01.01.001", Nama: "Buku Profil Daerah", Tahun: 2021, Harga: 150000},
		{KodeBarang: "1.3.6.01.01.01.001", Nama: "Gedung Arsip (KDP)", Tahun: 2026, Harga: 4750000000, Detail: aset.Detail{F: &aset.Konstruksi{
			Bangunan: "P", Bertingkat: true, Luas: 600, Alamat: "Belakang Gedung B", DokumenNomor: "SPK/027/2026",
			DokumenTanggal: day(2026, 3, 2), TanggalMulai: day(2026, 3, 16), NilaiKontrak: 4750000000}}},
		{KodeBarang: "1.3.6.01.01.01.001", Nama: "Pagar Kawasan (KDP)", Tahun: 2026, Harga: 250000000, Detail: aset.Detail{F: &aset.Konstruksi{
			Bangunan: "SP", NilaiKontrak: 250000000}}},
	}
	for i := range units {
		units[i].RuangID = r.ID
		must(s.CreateAset(ctx, &units[i]))
	}
	return s, r
}

// mustContainCells checks the list's PDF shows every text, each whole in
// one cell (wrapped lines joined); the layout text is shown when one lacks.
func mustContainCells(t *testing.T, s AsetReader, opt AsetOptions, want ...string) {
	t.Helper()
	cells := pdfCells(t, s, opt)
	var missing []string
	for _, w := range want {
		if !strings.Contains(cells, flat(w)) {
			missing = append(missing, w)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%s lacks %q:\n%s", opt.List, missing, strings.Join(pdfPages(t, s, opt), "\n"))
	}
}

func noErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// headerAndSignatures are what every KIB, the Buku Inventaris and the
// mutasi report print above and below the table.
var headerAndSignatures = []string{"PEMERINTAH PROVINSI BANTEN", "PROVINSI : BANTEN", "KODE LOKASI : 12.01.01.03",
	"NAMA UNIT : BIRO UMUM", "Mengetahui,", "Kepala Biro Umum", "Pengurus Barang", "NIP."}

func TestKIBsACToFPrintTheirCards(t *testing.T) {
	s, _ := kibStore(t)
	for _, c := range []struct {
		list storage.AsetPaperList
		want []string
	}{
		{storage.ListKIBA, []string{"KARTU INVENTARIS BARANG (KIB) A", "Luas (m²)", "Tahun Pengadaan", "Letak/Alamat", "Hak",
			"Sertifikat", "Penggunaan", "Tanah Kantor Gubernur", "1.3.1.01.01.04.001", "1.250,5", "Hak Pakai",
			"10.01.02.03.4.00012", "12 Maret 2005", "Rp2.500.000.000", "Rp750.000.000", "Rp3.250.000.000", "JUMLAH"}},
		{storage.ListKIBC, []string{"KARTU INVENTARIS BARANG (KIB) C", "Bertingkat/Tidak", "Beton/Tidak", "Luas Lantai",
			"Dokumen", "Status Tanah", "Nomor Kode Tanah", "Gedung Kantor Biro Umum", "2.400", "IMB/123/2015", "3 April 2015",
			"Rp12.500.000.000", "Pos Jaga", "KB", "Rp12.585.000.000"}},
		{storage.ListKIBD, []string{"KARTU INVENTARIS BARANG (KIB) D", "Konstruksi", "Panjang (km)", "Lebar (m)",
			"Jalan Lingkungan KP3B", "Hotmix", "1,275", "7.650", "BAST/JL/07", "30 November 2012", "Rp3.200.000.000", "Rp4.000.000.000"}},
		{storage.ListKIBE, []string{"KARTU INVENTARIS BARANG (KIB) E", "Judul/Pencipta", "Spesifikasi", "Asal Daerah",
			"Buku Sejarah Banten", "Halwany Michrob", "Hard cover, 412 hlm", "Rp350.000", "Rp500.000"}},
		{storage.ListKIBF, []string{"KARTU INVENTARIS BARANG (KIB) F", "Bangunan (P/SP/D)", "Tanggal Mulai", "Nilai Kontrak",
			"Gedung Arsip (KDP)", "SPK/027/2026", "16 Maret 2026", "Rp4.750.000.000", "Pagar Kawasan (KDP)", "SP", "Rp5.000.000.000"}},
	} {
		mustContainCells(t, s, AsetOptions{List: c.list}, append(c.want, headerAndSignatures...)...)
	}
}

// The Buku Inventaris sums every group; the mutasi report lists a
// period's moves.
func TestBukuInventarisAndMutasiReportPrint(t *testing.T) {
	s, aula := kibStore(t)
	mustContainCells(t, s, AsetOptions{List: storage.ListBukuInventaris}, append([]string{"BUKU INVENTARIS", "Golongan", "Nama Golongan", "Jumlah Barang",
		"Jumlah Harga (Rp)", "KIB A", "Tanah", "KIB B", "Peralatan dan Mesin", "KIB F", "Konstruksi Dalam Pengerjaan",
		"Rp3.250.000.000", "Rp427.250.000", "Rp12.585.000.000", "Rp4.000.000.000", "Rp500.000", "Rp5.000.000.000",
		"Rp25.262.750.000"}, headerAndSignatures...)...)

	ctx := context.Background()
	var car aset.Aset
	noErr(t, s.EachAsetUnit(ctx, storage.AsetFilter{Text: "Minibus"}, func(a *aset.Aset) bool { car = *a; return false }))
	gudang := model.Place{Kind: model.PlaceRuang, Name: "Gudang", ParentID: aula.ParentID}
	noErr(t, s.CreatePlace(ctx, &gudang))
	_, err := s.AsetPindah(ctx, car.ID, car.Version, gudang.ID, aset.Catatan{Tanggal: day(2026, 2, 10), Alasan: "servis berkala",
		NomorBAST: "BAST/09/2026"})
	noErr(t, err)
	mustContainCells(t, s, AsetOptions{List: storage.ListMutasi, From: day(2026, 1, 1), To: day(2026, 3, 31)}, append([]string{"LAPORAN MUTASI BARANG", "Periode 1 Januari 2026 s.d. 31 Maret 2026",
		"Tanggal", "Kode Label", "Nama Barang", "Jenis", "Dari", "Ke", "Alasan", "Petugas", car.Code, "Minibus",
		"10 Februari", "Gedung A › Aula", "Gedung A › Gudang", "BAST/09/2026", "servis berkala"}, headerAndSignatures...)...)
	if empty := pdfCells(t, s, AsetOptions{List: storage.ListMutasi, From: day(2025, 1, 1), To: day(2025, 12, 31)}); strings.Contains(empty, "Minibus") {
		t.Errorf("a move of 2026 in the report of 2025:\n%s", empty)
	}
}
