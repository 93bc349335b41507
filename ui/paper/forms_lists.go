package paper

import (
	"strconv"

	"rapi/model"
	"rapi/model/label"
)

// The official archive lists. Column names are the ones the regulations
// and SRIKANDI use, in Indonesian whatever the UI language: they are part
// of the form. The archive screens map their records onto the plain row
// types below; these builders only arrange them.

// FormInfo is what every list shares: the letterhead, the lines under the
// title (unit, period) and the signature blocks.
type FormInfo struct {
	Institution model.Institution
	Subtitles   []string
	Signatures  []Signature
	Paper       label.Paper // A4 or F4; empty means F4, the usual paper for these lists
	// PageLabel as in FormSpec (nil: Indonesian).
	PageLabel func(page, total int) string
}

func (f FormInfo) spec(title string, landscape bool, cols []Column) FormSpec {
	p := f.Paper
	if p != label.PaperA4 {
		p = label.PaperF4
	}
	return FormSpec{Header: f.Institution.Lines, Address: f.Institution.Address, Title: title,
		Subtitles: f.Subtitles, Paper: p, Landscape: landscape, Columns: cols,
		Signatures: f.Signatures, PageLabel: f.PageLabel}
}

// BerkasRow is one file (berkas) of a Daftar Berkas.
type BerkasRow struct {
	KodeKlasifikasi string
	NomorBerkas     string
	UnitPengolah    string
	Uraian          string // uraian informasi berkas
	KurunWaktu      string
	Jumlah          string // number of items, e.g. "12 lembar"
	Keterangan      string
}

// IsiBerkasRow is one item inside a file (Daftar Isi Berkas).
type IsiBerkasRow struct {
	NomorBerkas         string
	NomorItem           string
	KodeKlasifikasi     string
	Uraian              string // uraian informasi arsip
	Tanggal             string
	TingkatPerkembangan string // asli, copy, ...
	Jumlah              string
	Lokasi              string // filing cabinet, laci, folder
	KeamananAkses       string // klasifikasi keamanan & akses
}

// ArsipAktifRow is one file and its items, for the Daftar Arsip Aktif.
type ArsipAktifRow struct {
	Berkas BerkasRow
	Items  []IsiBerkasRow
}

// ArsipInaktifRow is one line of the Daftar Arsip Inaktif.
type ArsipInaktifRow struct {
	PenciptaArsip       string
	UnitPengolah        string
	Nomor               string
	KodeKlasifikasi     string
	Uraian              string
	KurunWaktu          string
	Jumlah              string
	TingkatPerkembangan string
	Keterangan          string // media, kondisi
	NomorFolder         string
	NomorBoks           string
	Lokasi              string // ruang, rak
}

// UsulRow is one file proposed for moving to the records centre (usul
// pindah) or for destruction (usul musnah).
type UsulRow struct {
	KodeKlasifikasi     string
	NomorBerkas         string
	Uraian              string
	KurunWaktu          string
	Jumlah              string
	TingkatPerkembangan string
	Retensi             string // when the retention ran out, or its rule
	NomorBoks           string // usul musnah: the box the file is in
	Keterangan          string
}

func num(i int) string { return strconv.Itoa(i) }

var (
	colNo     = Column{Header: "No", Width: 9, Align: Center}
	colKode   = Column{Header: "Kode Klasifikasi", Width: 22}
	colUraian = Column{Header: "Uraian Informasi Berkas", Weight: 3, Wrap: true}
	colKurun  = Column{Header: "Kurun Waktu", Width: 22, Align: Center, Wrap: true}
	colJumlah = Column{Header: "Jumlah", Width: 16, Align: Center, Wrap: true}
	colKet    = Column{Header: "Keterangan", Weight: 1, Wrap: true}
)

// DaftarBerkas is the list of files of a unit.
func DaftarBerkas(info FormInfo, rows []BerkasRow) (FormSpec, Rows) {
	cols := []Column{colNo, colKode, {Header: "Nomor Berkas", Width: 16, Align: Center},
		{Header: "Unit Pengolah", Weight: 1, Wrap: true}, colUraian, colKurun, colJumlah, colKet}
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = []string{num(i + 1), r.KodeKlasifikasi, r.NomorBerkas, r.UnitPengolah, r.Uraian, r.KurunWaktu, r.Jumlah, r.Keterangan}
	}
	return info.spec("DAFTAR BERKAS", true, cols), SliceRows(out)
}

// DaftarIsiBerkas lists the items inside files.
func DaftarIsiBerkas(info FormInfo, rows []IsiBerkasRow) (FormSpec, Rows) {
	cols := isiColumns()
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = isiCells(num(i+1), r)
	}
	return info.spec("DAFTAR ISI BERKAS", true, cols), SliceRows(out)
}

func isiColumns() []Column {
	return []Column{colNo, {Header: "Nomor Berkas", Width: 16, Align: Center}, {Header: "Nomor Item", Width: 14, Align: Center},
		colKode, {Header: "Uraian Informasi Arsip", Weight: 3, Wrap: true}, {Header: "Tanggal", Width: 22, Align: Center, Wrap: true},
		{Header: "Tingkat Perkembangan", Width: 24, Align: Center, Wrap: true}, colJumlah,
		{Header: "Lokasi", Weight: 1, Wrap: true}, {Header: "Klasifikasi Keamanan & Akses", Width: 26, Wrap: true}}
}

func isiCells(no string, r IsiBerkasRow) []string {
	return []string{no, r.NomorBerkas, r.NomorItem, r.KodeKlasifikasi, r.Uraian, r.Tanggal,
		r.TingkatPerkembangan, r.Jumlah, r.Lokasi, r.KeamananAkses}
}

// DaftarArsipAktif is the Daftar Berkas and the Daftar Isi Berkas in one
// table: each file's line, then one line per item under it.
func DaftarArsipAktif(info FormInfo, rows []ArsipAktifRow) (FormSpec, Rows) {
	cols := []Column{colNo, colKode, {Header: "Nomor Berkas", Width: 14, Align: Center},
		{Header: "Uraian Informasi Berkas", Weight: 2, Wrap: true}, colKurun,
		{Header: "Nomor Item", Width: 12, Align: Center}, {Header: "Uraian Informasi Arsip", Weight: 2, Wrap: true},
		{Header: "Tanggal", Width: 20, Align: Center, Wrap: true}, {Header: "Tingkat Perkembangan", Width: 22, Align: Center, Wrap: true},
		colJumlah, {Header: "Lokasi", Weight: 1, Wrap: true}, {Header: "Klasifikasi Keamanan & Akses", Width: 22, Wrap: true}, colKet}
	seq := func(yield func([]string) bool) {
		for i, r := range rows {
			b := r.Berkas
			if !yield([]string{num(i + 1), b.KodeKlasifikasi, b.NomorBerkas, b.Uraian, b.KurunWaktu, "", "", "", "", b.Jumlah, "", "", b.Keterangan}) {
				return
			}
			for _, it := range r.Items {
				if !yield([]string{"", it.KodeKlasifikasi, it.NomorBerkas, "", "", it.NomorItem, it.Uraian, it.Tanggal,
					it.TingkatPerkembangan, it.Jumlah, it.Lokasi, it.KeamananAkses, ""}) {
					return
				}
			}
		}
	}
	return info.spec("DAFTAR ARSIP AKTIF", true, cols), seq
}

// DaftarArsipInaktif is the list of inactive files with their boxes and places.
func DaftarArsipInaktif(info FormInfo, rows []ArsipInaktifRow) (FormSpec, Rows) {
	cols := []Column{colNo, {Header: "Pencipta Arsip", Weight: 1, Wrap: true}, {Header: "Unit Pengolah", Weight: 1, Wrap: true},
		{Header: "Nomor", Width: 13, Align: Center}, colKode, {Header: "Uraian", Weight: 3, Wrap: true}, colKurun, colJumlah,
		{Header: "Tingkat Perkembangan", Width: 22, Align: Center, Wrap: true}, {Header: "Keterangan (media, kondisi)", Weight: 1, Wrap: true},
		{Header: "Nomor Folder", Width: 14, Align: Center}, {Header: "Nomor Boks", Width: 14, Align: Center},
		{Header: "Lokasi Simpan (ruang, rak)", Weight: 1, Wrap: true}}
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = []string{num(i + 1), r.PenciptaArsip, r.UnitPengolah, r.Nomor, r.KodeKlasifikasi, r.Uraian, r.KurunWaktu,
			r.Jumlah, r.TingkatPerkembangan, r.Keterangan, r.NomorFolder, r.NomorBoks, r.Lokasi}
	}
	return info.spec("DAFTAR ARSIP INAKTIF", true, cols), SliceRows(out)
}

// UsulPindah lists files whose active retention has run out, proposed for
// moving to the records centre.
func UsulPindah(info FormInfo, rows []UsulRow) (FormSpec, Rows) {
	return usul(info, "DAFTAR ARSIP USUL PINDAH", "Retensi Aktif Berakhir", false, rows)
}

// UsulMusnah lists files whose inactive retention has run out and whose
// final disposition is destruction.
func UsulMusnah(info FormInfo, rows []UsulRow) (FormSpec, Rows) {
	return usul(info, "DAFTAR ARSIP USUL MUSNAH", "Retensi Inaktif Berakhir", true, rows)
}

func usul(info FormInfo, title, retensi string, boks bool, rows []UsulRow) (FormSpec, Rows) {
	cols := []Column{colNo, colKode, {Header: "Nomor Berkas", Width: 16, Align: Center}, colUraian, colKurun, colJumlah,
		{Header: "Tingkat Perkembangan", Width: 24, Align: Center, Wrap: true}, {Header: retensi, Width: 24, Align: Center, Wrap: true}}
	if boks {
		cols = append(cols, Column{Header: "Nomor Boks", Width: 15, Align: Center})
	}
	cols = append(cols, colKet)
	out := make([][]string, len(rows))
	for i, r := range rows {
		cells := []string{num(i + 1), r.KodeKlasifikasi, r.NomorBerkas, r.Uraian, r.KurunWaktu, r.Jumlah, r.TingkatPerkembangan, r.Retensi}
		if boks {
			cells = append(cells, r.NomorBoks)
		}
		out[i] = append(cells, r.Keterangan)
	}
	return info.spec(title, true, cols), SliceRows(out)
}
