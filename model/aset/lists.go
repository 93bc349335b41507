package aset

import (
	"strconv"
	"strings"
	"time"

	"rapi/model"
)

// The official asset lists (KIB A..F, KIR, Buku Inventaris, mutasi),
// defined once: their columns, headers and the value of every cell. The
// Excel export writes every column as a typed cell and the printed form
// writes the same cells as text (Text), so a workbook and a signed paper
// never disagree.

// CellKind says how a cell is written in a workbook.
type CellKind int

// Cell kinds: plain text, a whole number, a date, a code kept as text
// (registers keep their zeros), money in whole rupiah.
const (
	CellText CellKind = iota
	CellInt
	CellDate
	CellCode
	CellMoney
	CellYear // a calendar year: a number printed without a thousands dot
)

// ListRow is what one row of an asset list is made from.
type ListRow struct {
	N      int
	Aset   *Aset // the (first) unit of the row
	Jumlah int   // units in the row: more than 1 when identical units are grouped
	Last   int   // the register of the row's last unit
	// Buku Inventaris: one KIB group with its count and total value.
	Group KIB
	Total int64
	// Mutasi report.
	Mutasi *Mutasi
}

// Registers is the row's register, or the range of a grouped row: "0001 - 0040".
func (r *ListRow) Registers() string {
	if r.Aset == nil {
		return ""
	}
	first := FormatRegister(r.Aset.Register)
	if r.Jumlah > 1 && r.Last != r.Aset.Register {
		return first + " - " + FormatRegister(r.Last)
	}
	return first
}

// Harga is the value of the row: the unit price times the units.
func (r *ListRow) Harga() int64 {
	if r.Aset == nil {
		return r.Total
	}
	return r.Aset.Harga * int64(max(r.Jumlah, 1))
}

// ListColumn is one column of an asset list.
type ListColumn struct {
	Header string
	Kind   CellKind
	Value  func(r *ListRow) any // nil value: an empty cell
	// Wide asks the printed form for a share of the page (names,
	// addresses); the others get a narrow fixed column.
	Wide bool
	// Sum: the printed form adds the column up in its JUMLAH row.
	Sum bool
}

// List is the definition of one asset list.
type List struct {
	Title   string // as printed: "KARTU INVENTARIS BARANG (KIB) B"
	Sheet   string // the workbook's sheet name
	KIB     KIB    // the group the list holds ("" for KIR, Buku Inventaris, mutasi)
	Columns []ListColumn
	// Grouped lists print identical units without a factory number in
	// one row (register range, jumlah).
	Grouped bool
}

// Cells are the row's values, one per column.
func (l *List) Cells(r *ListRow) []any {
	out := make([]any, len(l.Columns))
	for i, c := range l.Columns {
		out[i] = c.Value(r)
	}
	return out
}

// Texts are the row's cells as the printed form writes them.
func (l *List) Texts(r *ListRow) []string {
	out := make([]string, len(l.Columns))
	for i, c := range l.Columns {
		out[i] = FormatCell(c.Kind, c.Value(r))
	}
	return out
}

// Headers are the list's column headers.
func (l *List) Headers() []string {
	out := make([]string, len(l.Columns))
	for i, c := range l.Columns {
		out[i] = c.Header
	}
	return out
}

// FormatCell is a cell as printed: money "Rp12.500.000", dates "12 Januari 2025".
func FormatCell(k CellKind, v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int:
		if k == CellMoney {
			return model.FormatRupiah(int64(v))
		}
		return strconv.Itoa(v)
	case int64:
		if k == CellMoney {
			return model.FormatRupiah(v)
		}
		return strconv.FormatInt(v, 10)
	case float64:
		return formatFloat(v)
	case time.Time:
		if v.IsZero() {
			return ""
		}
		return model.FormatDate(v)
	}
	return ""
}

// formatFloat writes a measure the Indonesian way, with as many decimals
// as it has: 1250.5 -> "1.250,5", 7650 -> "7.650".
func formatFloat(f float64) string {
	if f == 0 {
		return ""
	}
	_, frac, _ := strings.Cut(strconv.FormatFloat(f, 'f', -1, 64), ".")
	return model.FormatDecimal(f, len(frac))
}

func col(h string, k CellKind, v func(r *ListRow) any) ListColumn {
	return ListColumn{Header: h, Kind: k, Value: v}
}

func wide(c ListColumn) ListColumn { c.Wide = true; return c }

func summed(c ListColumn) ListColumn { c.Sum = true; return c }

// asetCol is a column of the row's unit, empty on rows without one.
func asetCol(h string, k CellKind, v func(a *Aset) any) ListColumn {
	return col(h, k, func(r *ListRow) any {
		if r.Aset == nil {
			return nil
		}
		return v(r.Aset)
	})
}

func nz(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func nzf(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

func yesNo(b bool) string {
	if b {
		return "Ya"
	}
	return "Tidak"
}

// The cells the lists share.
var (
	colNo       = col("No", CellInt, func(r *ListRow) any { return r.N })
	colKode     = asetCol("Kode Barang", CellCode, func(a *Aset) any { return string(a.KodeBarang) })
	colNama     = wide(asetCol("Nama/Jenis Barang", CellText, func(a *Aset) any { return a.Nama }))
	colRegister = col("Nomor Register", CellCode, func(r *ListRow) any { return r.Registers() })
	colTahun    = asetCol("Tahun Pembelian", CellYear, func(a *Aset) any { return nz(a.Tahun) })
	colAsal     = asetCol("Asal-usul/Cara Perolehan", CellText, func(a *Aset) any { return a.CaraPerolehan.Name() })
	colHarga    = summed(col("Harga (Rp)", CellMoney, func(r *ListRow) any { return r.Harga() }))
	colKet      = wide(asetCol("Keterangan", CellText, func(a *Aset) any { return a.Keterangan }))
	colJumlah   = summed(col("Jumlah", CellInt, func(r *ListRow) any { return max(r.Jumlah, 1) }))
	colCode     = asetCol("Kode Label", CellCode, func(a *Aset) any { return a.Code })
)

func mesin(f func(m *Mesin) string) func(a *Aset) any {
	return func(a *Aset) any {
		if a.Detail.B == nil {
			return nil
		}
		return f(a.Detail.B)
	}
}

// KIBBList is KIB B, Peralatan dan Mesin.
var KIBBList = List{Title: "KARTU INVENTARIS BARANG (KIB) B", Sheet: "KIB B", KIB: KIBB, Grouped: true, Columns: []ListColumn{
	colNo, colKode, colNama, colRegister,
	asetCol("Merk/Type", CellText, func(a *Aset) any { return a.Merk }),
	asetCol("Ukuran/CC", CellText, func(a *Aset) any { return a.Ukuran }),
	asetCol("Bahan", CellText, func(a *Aset) any { return a.Bahan }),
	colTahun,
	asetCol("Nomor Pabrik", CellText, func(a *Aset) any { return a.NomorSeri }),
	asetCol("Nomor Rangka", CellText, mesin(func(m *Mesin) string { return m.NomorRangka })),
	asetCol("Nomor Mesin", CellText, mesin(func(m *Mesin) string { return m.NomorMesin })),
	asetCol("Nomor Polisi", CellText, mesin(func(m *Mesin) string { return m.NomorPolisi })),
	asetCol("Nomor BPKB", CellText, mesin(func(m *Mesin) string { return m.NomorBPKB })),
	colAsal, colJumlah, colHarga, colKet}}

func tanah(f func(t *Tanah) any) func(a *Aset) any {
	return func(a *Aset) any {
		if a.Detail.A == nil {
			return nil
		}
		return f(a.Detail.A)
	}
}

// KIBAList is KIB A, Tanah.
var KIBAList = List{Title: "KARTU INVENTARIS BARANG (KIB) A", Sheet: "KIB A", KIB: KIBA, Columns: []ListColumn{
	colNo, colNama, colKode, colRegister,
	asetCol("Luas (m²)", CellText, tanah(func(t *Tanah) any { return nzf(t.Luas) })),
	asetCol("Tahun Pengadaan", CellYear, func(a *Aset) any { return nz(a.Tahun) }),
	wide(asetCol("Letak/Alamat", CellText, tanah(func(t *Tanah) any { return t.Alamat }))),
	asetCol("Hak", CellText, tanah(func(t *Tanah) any { return t.StatusHak })),
	asetCol("Sertifikat Tanggal", CellDate, tanah(func(t *Tanah) any { return t.SertifikatTanggal })),
	asetCol("Sertifikat Nomor", CellText, tanah(func(t *Tanah) any { return t.SertifikatNomor })),
	asetCol("Penggunaan", CellText, tanah(func(t *Tanah) any { return t.Penggunaan })),
	colAsal, colHarga, colKet}}

func gedung(f func(g *Gedung) any) func(a *Aset) any {
	return func(a *Aset) any {
		if a.Detail.C == nil {
			return nil
		}
		return f(a.Detail.C)
	}
}

// KIBCList is KIB C, Gedung dan Bangunan.
var KIBCList = List{Title: "KARTU INVENTARIS BARANG (KIB) C", Sheet: "KIB C", KIB: KIBC, Columns: []ListColumn{
	colNo, colNama, colKode, colRegister,
	asetCol("Kondisi Bangunan (B/KB/RB)", CellText, func(a *Aset) any { return a.Kondisi.KIR() }),
	asetCol("Bertingkat/Tidak", CellText, gedung(func(g *Gedung) any { return yesNo(g.Bertingkat) })),
	asetCol("Beton/Tidak", CellText, gedung(func(g *Gedung) any { return yesNo(g.Beton) })),
	asetCol("Luas Lantai (m²)", CellText, gedung(func(g *Gedung) any { return nzf(g.LuasLantai) })),
	wide(asetCol("Letak/Alamat", CellText, gedung(func(g *Gedung) any { return g.Alamat }))),
	asetCol("Dokumen Tanggal", CellDate, gedung(func(g *Gedung) any { return g.DokumenTanggal })),
	asetCol("Dokumen Nomor", CellText, gedung(func(g *Gedung) any { return g.DokumenNomor })),
	asetCol("Luas Tanah (m²)", CellText, gedung(func(g *Gedung) any { return nzf(g.LuasTanah) })),
	asetCol("Status Tanah", CellText, gedung(func(g *Gedung) any { return g.StatusTanah })),
	asetCol("Nomor Kode Tanah", CellCode, gedung(func(g *Gedung) any { return g.KodeTanah })),
	colAsal, colHarga, colKet}}

func jalan(f func(j *Jalan) any) func(a *Aset) any {
	return func(a *Aset) any {
		if a.Detail.D == nil {
			return nil
		}
		return f(a.Detail.D)
	}
}

// KIBDList is KIB D, Jalan, Irigasi dan Jaringan.
var KIBDList = List{Title: "KARTU INVENTARIS BARANG (KIB) D", Sheet: "KIB D", KIB: KIBD, Columns: []ListColumn{
	colNo, colNama, colKode, colRegister,
	asetCol("Konstruksi", CellText, jalan(func(j *Jalan) any { return j.Konstruksi })),
	asetCol("Panjang (km)", CellText, jalan(func(j *Jalan) any { return nzf(j.Panjang) })),
	asetCol("Lebar (m)", CellText, jalan(func(j *Jalan) any { return nzf(j.Lebar) })),
	asetCol("Luas (m²)", CellText, jalan(func(j *Jalan) any { return nzf(j.Luas) })),
	wide(asetCol("Letak", CellText, jalan(func(j *Jalan) any { return j.Alamat }))),
	asetCol("Dokumen Tanggal", CellDate, jalan(func(j *Jalan) any { return j.DokumenTanggal })),
	asetCol("Dokumen Nomor", CellText, jalan(func(j *Jalan) any { return j.DokumenNomor })),
	asetCol("Status Tanah", CellText, jalan(func(j *Jalan) any { return j.StatusTanah })),
	asetCol("Nomor Kode Tanah", CellCode, jalan(func(j *Jalan) any { return j.KodeTanah })),
	colAsal, colHarga,
	asetCol("Kondisi (B/KB/RB)", CellText, func(a *Aset) any { return a.Kondisi.KIR() }),
	colKet}}

func lainnya(f func(e *Lainnya) any) func(a *Aset) any {
	return func(a *Aset) any {
		if a.Detail.E == nil {
			return nil
		}
		return f(a.Detail.E)
	}
}

// KIBEList is KIB E, Aset Tetap Lainnya.
var KIBEList = List{Title: "KARTU INVENTARIS BARANG (KIB) E", Sheet: "KIB E", KIB: KIBE, Grouped: true, Columns: []ListColumn{
	colNo, colNama, colKode, colRegister,
	wide(asetCol("Buku Judul/Pencipta", CellText, lainnya(func(e *Lainnya) any { return e.BukuJudul }))),
	asetCol("Buku Spesifikasi", CellText, lainnya(func(e *Lainnya) any { return e.BukuSpesifikasi })),
	asetCol("Kesenian Asal Daerah", CellText, lainnya(func(e *Lainnya) any { return e.SeniAsal })),
	asetCol("Kesenian Pencipta", CellText, lainnya(func(e *Lainnya) any { return e.SeniPencipta })),
	asetCol("Kesenian Bahan", CellText, lainnya(func(e *Lainnya) any { return e.SeniBahan })),
	asetCol("Hewan/Tumbuhan Jenis", CellText, lainnya(func(e *Lainnya) any { return e.HewanJenis })),
	asetCol("Hewan/Tumbuhan Ukuran", CellText, lainnya(func(e *Lainnya) any { return e.HewanUkuran })),
	colJumlah, asetCol("Tahun", CellYear, func(a *Aset) any { return nz(a.Tahun) }),
	colAsal, colHarga, colKet}}

func konstruksi(f func(k *Konstruksi) any) func(a *Aset) any {
	return func(a *Aset) any {
		if a.Detail.F == nil {
			return nil
		}
		return f(a.Detail.F)
	}
}

// KIBFList is KIB F, Konstruksi Dalam Pengerjaan.
var KIBFList = List{Title: "KARTU INVENTARIS BARANG (KIB) F", Sheet: "KIB F", KIB: KIBF, Columns: []ListColumn{
	colNo, colNama, colKode, colRegister,
	asetCol("Bangunan (P/SP/D)", CellText, konstruksi(func(k *Konstruksi) any { return k.Bangunan })),
	asetCol("Bertingkat/Tidak", CellText, konstruksi(func(k *Konstruksi) any { return yesNo(k.Bertingkat) })),
	asetCol("Beton/Tidak", CellText, konstruksi(func(k *Konstruksi) any { return yesNo(k.Beton) })),
	asetCol("Luas (m²)", CellText, konstruksi(func(k *Konstruksi) any { return nzf(k.Luas) })),
	wide(asetCol("Letak/Lokasi", CellText, konstruksi(func(k *Konstruksi) any { return k.Alamat }))),
	asetCol("Dokumen Tanggal", CellDate, konstruksi(func(k *Konstruksi) any { return k.DokumenTanggal })),
	asetCol("Dokumen Nomor", CellText, konstruksi(func(k *Konstruksi) any { return k.DokumenNomor })),
	asetCol("Tanggal Mulai", CellDate, konstruksi(func(k *Konstruksi) any { return k.TanggalMulai })),
	asetCol("Status Tanah", CellText, konstruksi(func(k *Konstruksi) any { return k.StatusTanah })),
	asetCol("Nomor Kode Tanah", CellCode, konstruksi(func(k *Konstruksi) any { return k.KodeTanah })),
	colAsal,
	summed(asetCol("Nilai Kontrak (Rp)", CellMoney, konstruksi(func(k *Konstruksi) any { return k.NilaiKontrak }))),
	colKet}}

// keadaan is one of the KIR's three condition columns: the units of the
// row in that condition.
func keadaan(h string, want string) ListColumn {
	return summed(col(h, CellInt, func(r *ListRow) any {
		if r.Aset == nil || r.Aset.Kondisi.KIR() != want {
			return nil
		}
		return max(r.Jumlah, 1)
	}))
}

// KIRList is the Kartu Inventaris Ruangan, posted on the room's wall.
var KIRList = List{Title: "KARTU INVENTARIS RUANGAN (KIR)", Sheet: "KIR", Grouped: true, Columns: []ListColumn{
	col("No Urut", CellInt, func(r *ListRow) any { return r.N }),
	colNama,
	asetCol("Merk/Model", CellText, func(a *Aset) any { return a.Merk }),
	asetCol("No Seri Pabrik", CellText, func(a *Aset) any { return a.NomorSeri }),
	asetCol("Ukuran", CellText, func(a *Aset) any { return a.Ukuran }),
	asetCol("Bahan", CellText, func(a *Aset) any { return a.Bahan }),
	asetCol("Tahun Pembuatan/Pembelian", CellYear, func(a *Aset) any { return nz(a.Tahun) }),
	colKode,
	col("Jumlah/Register", CellCode, func(r *ListRow) any {
		if r.Jumlah > 1 {
			return strconv.Itoa(r.Jumlah) + " / " + r.Registers()
		}
		return r.Registers()
	}),
	summed(col("Harga Beli/Perolehan", CellMoney, func(r *ListRow) any { return r.Harga() })),
	keadaan("Baik (B)", "B"), keadaan("Kurang Baik (KB)", "KB"), keadaan("Rusak Berat (RB)", "RB"),
	wide(asetCol("Keterangan Mutasi", CellText, func(a *Aset) any { return a.Keterangan }))}}

// BukuInventarisList sums the assets per KIB group: the Buku Inventaris recap.
var BukuInventarisList = List{Title: "BUKU INVENTARIS", Sheet: "Buku Inventaris", Columns: []ListColumn{
	colNo,
	col("Golongan", CellText, func(r *ListRow) any { return "KIB " + string(r.Group) }),
	col("Kode", CellCode, func(r *ListRow) any { return string(r.Group.Jenis()) }),
	wide(col("Nama Golongan", CellText, func(r *ListRow) any { return r.Group.Name() })),
	summed(col("Jumlah Barang", CellInt, func(r *ListRow) any { return r.Jumlah })),
	summed(col("Jumlah Harga (Rp)", CellMoney, func(r *ListRow) any { return r.Total }))}}

func mutasiCol(h string, k CellKind, v func(m *Mutasi) any) ListColumn {
	return col(h, k, func(r *ListRow) any {
		if r.Mutasi == nil {
			return nil
		}
		return v(r.Mutasi)
	})
}

// MutasiList is the report of the changes of a period.
var MutasiList = List{Title: "LAPORAN MUTASI BARANG", Sheet: "Mutasi", Columns: []ListColumn{
	colNo,
	mutasiCol("Tanggal", CellDate, func(m *Mutasi) any { return m.Tanggal }),
	mutasiCol("Kode Label", CellCode, func(m *Mutasi) any { return m.AsetCode }),
	mutasiCol("Kode Barang / Register", CellCode, func(m *Mutasi) any { return m.Nomor }),
	wide(mutasiCol("Nama Barang", CellText, func(m *Mutasi) any { return m.AsetNama })),
	mutasiCol("Jenis Mutasi", CellText, func(m *Mutasi) any { return m.Jenis.Name() }),
	wide(mutasiCol("Dari", CellText, func(m *Mutasi) any { return m.Dari })),
	wide(mutasiCol("Ke", CellText, func(m *Mutasi) any { return m.Ke })),
	mutasiCol("Nomor BAST", CellText, func(m *Mutasi) any { return m.NomorBAST }),
	wide(mutasiCol("Alasan", CellText, func(m *Mutasi) any { return m.Alasan })),
	mutasiCol("Petugas", CellText, func(m *Mutasi) any { return m.Petugas })}}

// KIBList is the card of a KIB group.
func KIBList(k KIB) *List {
	switch k {
	case KIBA:
		return &KIBAList
	case KIBB:
		return &KIBBList
	case KIBC:
		return &KIBCList
	case KIBD:
		return &KIBDList
	case KIBE:
		return &KIBEList
	case KIBF:
		return &KIBFList
	}
	return nil
}

// Groupable reports whether next may join the printed row of prev: the
// same item bought together (same code, name, merk, size, material, year,
// price, condition, acquisition, room), the next register, and neither
// with a factory number or vehicle papers of its own.
func Groupable(prev, next *Aset) bool {
	if prev.NomorSeri != "" || next.NomorSeri != "" || hasPapers(prev) || hasPapers(next) {
		return false
	}
	return next.Register == prev.Register+1 && next.KodeBarang == prev.KodeBarang && next.Nama == prev.Nama &&
		next.Merk == prev.Merk && next.Ukuran == prev.Ukuran && next.Bahan == prev.Bahan && next.Tahun == prev.Tahun &&
		next.Harga == prev.Harga && next.Kondisi == prev.Kondisi && next.CaraPerolehan == prev.CaraPerolehan &&
		next.RuangID == prev.RuangID && next.Keterangan == prev.Keterangan
}

func hasPapers(a *Aset) bool {
	m := a.Detail.B
	return m != nil && (m.NomorRangka != "" || m.NomorMesin != "" || m.NomorPolisi != "" || m.NomorBPKB != "")
}

// Grouper turns a stream of units (kode/register order) into the rows of
// a list: Add hands back the row it closes, if any; Flush the last.
type Grouper struct {
	List *List
	n    int
	cur  *ListRow
	last Aset
}

// Add takes the next unit; it returns a finished row when a is not part
// of the row being built.
func (g *Grouper) Add(a *Aset) (ListRow, bool) {
	if g.cur != nil && g.List.Grouped && Groupable(&g.last, a) {
		g.cur.Jumlah++
		g.cur.Last = a.Register
		g.last = *a
		return ListRow{}, false
	}
	done, ok := g.Flush()
	g.n++
	first := *a
	g.cur, g.last = &ListRow{N: g.n, Aset: &first, Jumlah: 1, Last: a.Register}, *a
	return done, ok
}

// Flush returns the row being built.
func (g *Grouper) Flush() (ListRow, bool) {
	if g.cur == nil {
		return ListRow{}, false
	}
	r := *g.cur
	g.cur = nil
	return r, true
}

// Totals adds up the summed columns of rows cell by cell (nil where a
// column is not summed): the JUMLAH row under a printed list.
type Totals struct {
	List *List
	sums []int64
}

// Add counts one row's cells.
func (t *Totals) Add(cells []any) {
	if t.sums == nil {
		t.sums = make([]int64, len(t.List.Columns))
	}
	for i, c := range t.List.Columns {
		if !c.Sum {
			continue
		}
		switch v := cells[i].(type) {
		case int:
			t.sums[i] += int64(v)
		case int64:
			t.sums[i] += v
		}
	}
}

// Texts is the JUMLAH row as printed, the label in the first wide column.
func (t *Totals) Texts() []string {
	out := make([]string, len(t.List.Columns))
	labelled := false
	for i, c := range t.List.Columns {
		switch {
		case c.Sum && t.sums != nil:
			out[i] = FormatCell(c.Kind, t.sums[i])
		case c.Wide && !labelled:
			out[i], labelled = "JUMLAH", true
		}
	}
	return out
}
