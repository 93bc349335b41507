package arsip

import (
	"strconv"
	"strings"
	"time"

	"rapi/model"
)

// The official lists, defined once: their columns, headers and the value
// of every cell. The Excel export writes every column as a typed cell;
// the printed form takes the cells it has room for from the same
// definition (Text), so a workbook and a signed paper never disagree.

// CellKind says how a cell is written in a workbook.
type CellKind int

// Cell kinds: plain text, a whole number, a date, a code kept as text.
const (
	CellText CellKind = iota
	CellInt
	CellDate
	CellCode
)

// ListRow is what one row of an official list is made from.
type ListRow struct {
	N        int        // the row number ("No")
	Berkas   *Berkas    // the file of the row
	Item     *IsiBerkas // the item of the row in lists with items; nil on a file's own row
	Pencipta string     // the creator of the archive: the institution's last header line
	Due      time.Time  // usul lists: when the active or inactive period ran out
}

// ListColumn is one column of an official list.
type ListColumn struct {
	Header string
	Kind   CellKind
	Value  func(r *ListRow) any // nil for an empty cell
}

// OfficialList is the definition of one official list.
type OfficialList struct {
	Title   string // as printed above the table: "DAFTAR ARSIP AKTIF"
	Sheet   string // the workbook's sheet name
	Columns []ListColumn
	// Items lists one row per item (a file without items has one row of
	// its own); ItemsOnly leaves such files out.
	Items, ItemsOnly bool
}

// Cells are the row's values, one per column.
func (l *OfficialList) Cells(r *ListRow) []any {
	out := make([]any, len(l.Columns))
	for i, c := range l.Columns {
		out[i] = c.Value(r)
	}
	return out
}

// Text is the cell under header as the printed form writes it ("" for an
// unknown header or an empty cell).
func (l *OfficialList) Text(header string, r *ListRow) string {
	for _, c := range l.Columns {
		if c.Header == header {
			return cellText(c.Value(r))
		}
	}
	return ""
}

func cellText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case time.Time:
		if v.IsZero() {
			return ""
		}
		return model.FormatDate(v)
	}
	return ""
}

// item is a cell of the row's item, empty on a file's own row.
func item(f func(it *IsiBerkas) any) func(r *ListRow) any {
	return func(r *ListRow) any {
		if r.Item == nil {
			return nil
		}
		return f(r.Item)
	}
}

func column(h string, k CellKind, v func(r *ListRow) any) ListColumn {
	return ListColumn{Header: h, Kind: k, Value: v}
}

// The cells the lists share.
var (
	colNo       = column("No", CellInt, func(r *ListRow) any { return r.N })
	colKode     = column("Kode Klasifikasi", CellCode, func(r *ListRow) any { return r.Berkas.KodeKlasifikasi })
	colNomor    = column("Nomor Berkas", CellText, func(r *ListRow) any { return r.Berkas.NomorBerkas })
	colUnit     = column("Unit Pengolah", CellText, func(r *ListRow) any { return r.Berkas.UnitPengolah })
	colUraian   = column("Uraian Informasi Berkas", CellText, func(r *ListRow) any { return r.Berkas.Uraian })
	colKurun    = column("Kurun Waktu", CellText, func(r *ListRow) any { return r.Berkas.KurunWaktu() })
	colJumlah   = column("Jumlah", CellInt, func(r *ListRow) any { return r.Berkas.JumlahItem })
	colKet      = column("Keterangan", CellText, func(r *ListRow) any { return r.Berkas.Note })
	colCode     = column("Kode", CellCode, func(r *ListRow) any { return r.Berkas.Code })
	colLokasi   = column("Lokasi", CellText, func(r *ListRow) any { return r.Berkas.PlacePath })
	colTingkat  = column("Tingkat Perkembangan", CellText, func(r *ListRow) any { return r.Berkas.Tingkat.Official() })
	colMedia    = column("Media", CellText, func(r *ListRow) any { return r.Berkas.Media.Official() })
	colKeamanan = column("Klasifikasi Keamanan", CellText, func(r *ListRow) any { return r.Berkas.Keamanan.Official() })
	colNoItem   = column("Nomor Item", CellInt, item(func(it *IsiBerkas) any { return it.NomorItem }))
	colSurat    = column("Nomor Surat", CellText, item(func(it *IsiBerkas) any { return it.NomorSurat }))
	colUraianIt = column("Uraian Informasi Arsip", CellText, item(func(it *IsiBerkas) any { return it.Uraian }))
	colTanggal  = column("Tanggal", CellDate, item(func(it *IsiBerkas) any { return it.Tanggal }))
)

// DaftarBerkas is the register of files (any filter); it imports back as is.
var DaftarBerkas = OfficialList{Title: "DAFTAR BERKAS", Sheet: "Daftar Berkas", Columns: []ListColumn{
	colNo, colKode, colNomor, colUnit, colUraian, colKurun, colJumlah, colKet, colCode,
	column("Kode Lama", CellCode, func(r *ListRow) any { return r.Berkas.KodeLama }),
	colTingkat, colMedia, colKeamanan,
	column("Kategori", CellText, func(r *ListRow) any { return r.Berkas.Kategori }),
	column("Status", CellText, func(r *ListRow) any { return r.Berkas.ShownStatus().Official() }),
	colLokasi}}

// DaftarArsipAktif is the Daftar Berkas with the items, one row per item.
var DaftarArsipAktif = OfficialList{Title: "DAFTAR ARSIP AKTIF", Sheet: "Arsip Aktif", Items: true, Columns: []ListColumn{
	colNo, colKode, colNomor, colUnit, colUraian, colKurun, colJumlah, colNoItem, colSurat, colUraianIt, colTanggal,
	// an item's own copy kind, else the file's
	column("Tingkat Perkembangan", CellText, func(r *ListRow) any {
		if r.Item != nil {
			return r.Item.Tingkat.Official()
		}
		return r.Berkas.Tingkat.Official()
	}),
	colKeamanan, colLokasi, colKet, colCode}}

// DaftarArsipInaktif is the list of inactive files with their boxes.
var DaftarArsipInaktif = OfficialList{Title: "DAFTAR ARSIP INAKTIF", Sheet: "Arsip Inaktif", Columns: []ListColumn{
	colNo, column("Pencipta Arsip", CellText, func(r *ListRow) any { return r.Pencipta }), colUnit, colNomor, colKode,
	colUraian, colKurun, colJumlah, colTingkat, colMedia, colKet,
	column("Nomor Boks", CellText, func(r *ListRow) any { return r.Berkas.BoksCode }),
	column("Lokasi Simpan", CellText, func(r *ListRow) any { return r.Berkas.PlacePath }), colCode}}

// DaftarIsiBerkas lists the items of the files, one row each.
var DaftarIsiBerkas = OfficialList{Title: "DAFTAR ISI BERKAS", Sheet: "Isi Berkas", Items: true, ItemsOnly: true,
	Columns: []ListColumn{
		colNo, colNomor, colNoItem, colKode, colSurat, colUraianIt, colTanggal,
		column("Tingkat Perkembangan", CellText, item(func(it *IsiBerkas) any { return it.Tingkat.Official() })),
		column("Jumlah", CellInt, item(func(it *IsiBerkas) any { return it.Jumlah })), colLokasi,
		column("Klasifikasi Keamanan dan Akses", CellText, func(r *ListRow) any { return r.Berkas.Keamanan.Official() }),
		colCode}}

// UsulPindah and UsulMusnah are the retention work lists.
var (
	UsulPindah = usul("DAFTAR USUL PINDAH ARSIP INAKTIF", "Usul Pindah", "Jatuh Tempo Pindah")
	UsulMusnah = usul("DAFTAR USUL MUSNAH ARSIP", "Usul Musnah", "Jatuh Tempo Musnah")
)

func usul(title, sheet, due string) OfficialList {
	return OfficialList{Title: title, Sheet: sheet, Columns: []ListColumn{
		colNo, colKode, colNomor, colUnit, colUraian, colKurun, colJumlah,
		column(due, CellDate, func(r *ListRow) any { return r.Due }),
		column("Nasib Akhir", CellText, func(r *ListRow) any { return r.Berkas.Retensi.Nasib.Label() }),
		colLokasi, colCode}}
}

// JoinCells writes several cells of a row in one printed cell, leaving
// out the empty ones: "B-000123 · Gedung B › Rak 3".
func JoinCells(l *OfficialList, r *ListRow, headers ...string) string {
	var keep []string
	for _, h := range headers {
		if t := strings.TrimSpace(l.Text(h, r)); t != "" {
			keep = append(keep, t)
		}
	}
	return strings.Join(keep, " · ")
}
