package storage

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/value"
	"rapi/storage/sheet"
)

// The columns of KIB A and C–F as offices and SIMDA-style systems write
// them. The two-row headers join ("Status Tanah" over "Hak" gives "Status
// Tanah Hak"), so each field lists the joined form, the sub-header alone
// and the header with and without its unit ("Luas (M2)", "Luas"), and
// the headers of Rapi's own export ("Buku Judul/Pencipta"). One key
// serves several cards: "luas" is the land of KIB A, the ground of KIB C
// and the area of KIB D and F; the row's kode barang says which.
var asetDetailFields = []sheet.Field{
	{Key: "luas", Label: "Luas (M2)", Kind: sheet.Text,
		Synonyms: []string{"Luas", "Luas M2", "Luas (m²)", "Luas Tanah", "Luas Tanah (M2)", "Luas Tanah (m²)"}},
	{Key: "luas_lantai", Label: "Luas Lantai (M2)", Kind: sheet.Text,
		Synonyms: []string{"Luas Lantai", "Luas Lantai (m²)", "Luas Bangunan", "Luas Bangunan (M2)"}},
	{Key: "alamat", Label: "Letak/Alamat", Kind: sheet.Text,
		Synonyms: []string{"Alamat", "Letak", "Lokasi", "Letak/Lokasi", "Letak/Lokasi Alamat", "Letak Lokasi Alamat", "Lokasi/Alamat"}},
	{Key: "status_tanah", Label: "Status Tanah", Kind: sheet.Text,
		Synonyms: []string{"Status Tanah Hak", "Hak", "Status Hak", "Hak Tanah", "Status Hak Tanah"}},
	{Key: "dokumen_tanggal", Label: "Tanggal Dokumen", Kind: sheet.Date,
		Synonyms: []string{"Status Tanah Tanggal Sertifikat", "Tanggal Sertifikat", "Sertifikat Tanggal", "Dokumen Gedung Tanggal",
			"Dokumen Tanggal", "Tanggal Dokumen Gedung", "Dokumen Gedung/Tanggal"}},
	{Key: "dokumen_nomor", Label: "Nomor Dokumen", Kind: sheet.Text,
		Synonyms: []string{"Status Tanah Nomor Sertifikat", "Nomor Sertifikat", "Sertifikat Nomor", "Dokumen Gedung Nomor",
			"Dokumen Nomor", "Nomor Dokumen Gedung", "No Sertifikat"}},
	{Key: "penggunaan", Label: "Penggunaan", Kind: sheet.Text, Synonyms: []string{"Peruntukan", "Penggunaan Tanah"}},
	{Key: "bertingkat", Label: "Bertingkat/Tidak", Kind: sheet.Text,
		Synonyms: []string{"Konstruksi Bangunan Bertingkat/Tidak", "Bertingkat", "Konstruksi Bangunan Bertingkat", "Tingkat"}},
	{Key: "beton", Label: "Beton/Tidak", Kind: sheet.Text,
		Synonyms: []string{"Konstruksi Bangunan Beton/Tidak", "Beton", "Konstruksi Bangunan Beton"}},
	{Key: "kode_tanah", Label: "Nomor Kode Tanah", Kind: sheet.Text, Synonyms: []string{"Kode Tanah", "No Kode Tanah"}},
	{Key: "konstruksi", Label: "Konstruksi", Kind: sheet.Text, Synonyms: []string{"Jenis Konstruksi", "Konstruksi Jalan"}},
	{Key: "panjang", Label: "Panjang (Km)", Kind: sheet.Text, Synonyms: []string{"Panjang", "Panjang Km"}},
	{Key: "lebar", Label: "Lebar (M)", Kind: sheet.Text, Synonyms: []string{"Lebar", "Lebar M"}},
	{Key: "buku_judul", Label: "Judul/Pencipta", Kind: sheet.Text,
		Synonyms: []string{"Buku/Perpustakaan Judul/Pencipta", "Buku Perpustakaan Judul Pencipta", "Judul", "Judul Buku", "Buku Judul/Pencipta"}},
	{Key: "buku_spesifikasi", Label: "Spesifikasi", Kind: sheet.Text,
		Synonyms: []string{"Buku/Perpustakaan Spesifikasi", "Spesifikasi Buku", "Buku Spesifikasi"}},
	{Key: "seni_asal", Label: "Asal Daerah", Kind: sheet.Text,
		Synonyms: []string{"Barang Bercorak Kesenian/Kebudayaan Asal Daerah", "Barang Bercorak Kesenian Asal Daerah", "Kesenian Asal Daerah"}},
	{Key: "seni_pencipta", Label: "Pencipta", Kind: sheet.Text,
		Synonyms: []string{"Barang Bercorak Kesenian/Kebudayaan Pencipta", "Barang Bercorak Kesenian Pencipta", "Kesenian Pencipta"}},
	{Key: "seni_bahan", Label: "Bahan Barang Kesenian", Kind: sheet.Text,
		Synonyms: []string{"Barang Bercorak Kesenian/Kebudayaan Bahan", "Barang Bercorak Kesenian Bahan", "Kesenian Bahan"}},
	{Key: "hewan_jenis", Label: "Hewan/Tumbuhan Jenis", Kind: sheet.Text,
		Synonyms: []string{"Hewan/Ternak dan Tumbuhan Jenis", "Hewan Ternak dan Tumbuhan Jenis", "Jenis Hewan", "Jenis Hewan/Tumbuhan"}},
	{Key: "hewan_ukuran", Label: "Hewan/Tumbuhan Ukuran", Kind: sheet.Text,
		Synonyms: []string{"Hewan/Ternak dan Tumbuhan Ukuran", "Hewan Ternak dan Tumbuhan Ukuran", "Ukuran Hewan", "Ukuran Hewan/Tumbuhan"}},
	{Key: "bangunan", Label: "Bangunan (P,SP,D)", Kind: sheet.Text,
		Synonyms: []string{"Bangunan", "Bangunan (P, SP, D)", "Bangunan P/SP/D", "Jenis Bangunan"}},
	{Key: "tanggal_mulai", Label: "Tanggal Mulai", Kind: sheet.Date, Synonyms: []string{"Tgl Mulai", "Mulai", "Tanggal Mulai Pengerjaan"}},
	{Key: "nilai_kontrak", Label: "Nilai Kontrak (Rp)", Kind: sheet.Text, Synonyms: []string{"Nilai Kontrak", "Kontrak"}},
}

// detailReader reads the detail cells of one row, noting each bad cell.
type detailReader struct {
	rec  sheet.Record
	bad  func(field string, err error)
	text func(key string) string
}

func (r detailReader) date(key string) time.Time {
	t, _ := r.rec.Values[key].(time.Time) // the engine parsed it (serial or any written form)
	return t
}

// measure reads an area or length: "1.250,50", "1250.5", "12,5 m2".
func (r detailReader) measure(key string) float64 {
	t := r.text(key)
	if t == "" {
		return 0
	}
	n, ok := parseMeasure(t)
	if !ok {
		r.bad(key, model.Invalid(key, t, "error.aset_import_angka"))
	}
	return n
}

// yes reads "Ya"/"Tidak" (and the words clerks put instead).
func (r detailReader) yes(key string) bool {
	t := r.text(key)
	if t == "" {
		return false
	}
	b, ok := yaTidak[value.Fold(t)]
	if !ok {
		r.bad(key, model.Invalid(key, t, "error.aset_import_ya_tidak"))
	}
	return b
}

var yaTidak = map[string]bool{
	"ya": true, "y": true, "iya": true, "1": true, "bertingkat": true, "beton": true, "true": true, "v": true,
	"tidak": false, "t": false, "tdk": false, "0": false, "bukan": false, "false": false, "tidak bertingkat": false,
	"tidak beton": false, "non beton": false, "x": false,
}

// parseMeasure reads an area or length as registers write it:
// "1.250,50", "1.250", "0,125", "12.5" (a number cell), "12,5 m2". It is
// not value.ParseMoney: a measure keeps its third decimal ("0,125" km),
// and a lone comma is the Indonesian decimal. A unit after the number is
// dropped.
func parseMeasure(s string) (float64, bool) {
	t := value.Clean(s)
	if i := strings.IndexFunc(t, func(r rune) bool { return r == ' ' || unicode.IsLetter(r) }); i > 0 {
		t = t[:i]
	}
	dot, comma := strings.LastIndexByte(t, '.'), strings.LastIndexByte(t, ',')
	switch {
	case dot >= 0 && comma >= 0: // the last one is the decimal
		group := "."
		if comma < dot {
			group = ","
		}
		t = strings.ReplaceAll(t, group, "")
	case strings.Count(t, ".") > 1 || dot > 0 && dot <= 3 && len(t)-dot == 4 && t[:dot] != "0":
		t = strings.ReplaceAll(t, ".", "") // Indonesian thousands: "1.250"
	case strings.Count(t, ",") > 1:
		t = strings.ReplaceAll(t, ",", "")
	}
	f, err := strconv.ParseFloat(strings.Replace(t, ",", ".", 1), 64)
	return f, err == nil && f >= 0 && !math.IsInf(f, 0) && !math.IsNaN(f)
}

// readDetail fills the card of the row's KIB group; a row of a group
// with no detail columns filled keeps none.
func readDetail(a *aset.Aset, r detailReader) {
	switch a.KodeBarang.KIB() {
	case aset.KIBA:
		d := aset.Tanah{Luas: r.measure("luas"), Alamat: r.text("alamat"), StatusHak: r.text("status_tanah"),
			SertifikatNomor: r.text("dokumen_nomor"), SertifikatTanggal: r.date("dokumen_tanggal"), Penggunaan: r.text("penggunaan")}
		if d != (aset.Tanah{}) {
			a.Detail.A = &d
		}
	case aset.KIBC:
		d := aset.Gedung{Bertingkat: r.yes("bertingkat"), Beton: r.yes("beton"), LuasLantai: r.measure("luas_lantai"),
			Alamat: r.text("alamat"), DokumenNomor: r.text("dokumen_nomor"), DokumenTanggal: r.date("dokumen_tanggal"),
			LuasTanah: r.measure("luas"), StatusTanah: r.text("status_tanah"), KodeTanah: r.text("kode_tanah")}
		if d != (aset.Gedung{}) {
			a.Detail.C = &d
		}
	case aset.KIBD:
		d := aset.Jalan{Konstruksi: r.text("konstruksi"), Panjang: r.measure("panjang"), Lebar: r.measure("lebar"),
			Luas: r.measure("luas"), Alamat: r.text("alamat"), DokumenNomor: r.text("dokumen_nomor"),
			DokumenTanggal: r.date("dokumen_tanggal"), StatusTanah: r.text("status_tanah"), KodeTanah: r.text("kode_tanah")}
		if d != (aset.Jalan{}) {
			a.Detail.D = &d
		}
	case aset.KIBE:
		d := aset.Lainnya{BukuJudul: r.text("buku_judul"), BukuSpesifikasi: r.text("buku_spesifikasi"),
			SeniAsal: r.text("seni_asal"), SeniPencipta: r.text("seni_pencipta"), SeniBahan: r.text("seni_bahan"),
			HewanJenis: r.text("hewan_jenis"), HewanUkuran: r.text("hewan_ukuran")}
		if d != (aset.Lainnya{}) {
			a.Detail.E = &d
		}
	case aset.KIBF:
		readKonstruksi(a, r)
	}
}

// readKonstruksi fills KIB F. Its card has no Harga column: a KDP is
// worth its contract until it is finished, so the contract stands in.
func readKonstruksi(a *aset.Aset, r detailReader) {
	d := aset.Konstruksi{Bertingkat: r.yes("bertingkat"), Beton: r.yes("beton"),
		Luas: r.measure("luas"), Alamat: r.text("alamat"), DokumenNomor: r.text("dokumen_nomor"),
		DokumenTanggal: r.date("dokumen_tanggal"), TanggalMulai: r.date("tanggal_mulai"),
		StatusTanah: r.text("status_tanah"), KodeTanah: r.text("kode_tanah")}
	if t := r.text("bangunan"); t != "" { // "Semi Permanen" is SP, as the card prints it
		var err error
		if d.Bangunan, err = aset.ParseBangunan(t); err != nil {
			r.bad("bangunan", err)
		}
	}
	if t := r.text("nilai_kontrak"); t != "" {
		var err error
		if d.NilaiKontrak, err = value.ParseRupiah(t); err != nil {
			r.bad("nilai_kontrak", err)
		}
	}
	if d != (aset.Konstruksi{}) {
		a.Detail.F = &d
	}
	if a.Harga == 0 {
		a.Harga = d.NilaiKontrak
	}
}
