package printout

import (
	"bytes"
	"context"
	"os"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/paper"
)

// The official asset lists on paper: KIB A..F, the KIR of a room, the
// Buku Inventaris and the mutasi report. The rows and cells come from the
// same definitions (model/aset) and the same read (storage.EachAsetRow)
// as their Excel export.

// AsetLists are the asset lists that print as a table, in menu order.
var AsetLists = storage.AsetPaperLists

// AsetOptions choose an asset list to print.
type AsetOptions struct {
	List     storage.AsetPaperList
	RuangID  int64       // the KIR's room
	Paper    label.Paper // label.PaperA4 or label.PaperF4 (default F4; a KIR A4)
	Portrait bool        // the lists are landscape unless asked
	AsOf     time.Time   // the day of the list and the signatures (default today)
	From, To time.Time   // the mutasi report's period
}

// AsetReader is what laying out an asset list reads: *storage.Store.
type AsetReader interface {
	Institution(ctx context.Context) (model.Institution, error)
	KodeLokasi(ctx context.Context) (string, error)
	PlacePath(ctx context.Context, id int64) (string, error)
	EachAsetRow(ctx context.Context, opt storage.AsetListOptions, fn func(r *aset.ListRow) bool) error
	AsetSigners(ctx context.Context) (model.AsetSigners, error)
	RuangPJ(ctx context.Context, id int64) (model.Signer, int64, error)
}

// AsetHeader is what the cards say about where they are: the province,
// the unit and the satuan kerja from the letterhead, and the kode lokasi.
type AsetHeader struct {
	Provinsi, Unit, SatuanKerja, KodeLokasi string
}

// asetHeader reads the header from the institution's lines:
// "PEMERINTAH PROVINSI BANTEN / SEKRETARIAT DAERAH / BIRO UMUM".
func asetHeader(inst model.Institution, kodeLokasi string) AsetHeader {
	h := AsetHeader{KodeLokasi: kodeLokasi}
	lines := inst.Lines
	for i, l := range lines {
		up := strings.ToUpper(l)
		if j := strings.Index(up, "PROVINSI "); j >= 0 && h.Provinsi == "" {
			h.Provinsi = strings.TrimSpace(l[j+len("PROVINSI "):])
			lines = append(append([]string(nil), lines[:i]...), lines[i+1:]...)
			break
		}
	}
	if len(lines) > 0 {
		h.SatuanKerja = lines[len(lines)-1]
		h.Unit = lines[0]
	}
	return h
}

// AsetForm gathers an asset list and lays it out as a printed form. Any
// read error is returned with no rows: a signed card is never short.
func AsetForm(ctx context.Context, s AsetReader, opt AsetOptions) (paper.FormSpec, paper.Rows, error) {
	def := opt.List.Definition()
	if def == nil {
		return paper.FormSpec{}, nil, model.Invalid("list", string(opt.List), "error.aset_paper_list")
	}
	if opt.List == storage.ListKIR && opt.RuangID == 0 {
		return paper.FormSpec{}, nil, model.Invalid("ruang", "", "error.aset_paper_ruang")
	}
	inst, err := s.Institution(ctx)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	kode, err := s.KodeLokasi(ctx)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	asOf := opt.AsOf
	if asOf.IsZero() {
		asOf = time.Now()
	}
	h := asetHeader(inst, kode)
	ruang := ""
	if opt.List == storage.ListKIR {
		if ruang, err = s.PlacePath(ctx, opt.RuangID); err != nil {
			return paper.FormSpec{}, nil, err
		}
		if ruang == "" {
			return paper.FormSpec{}, nil, model.ErrNotFound
		}
	}
	sig, pj, err := listSigners(ctx, s, opt)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	var rows [][]string
	tot := aset.Totals{List: def}
	lopt := storage.AsetListOptions{List: opt.List, RuangID: opt.RuangID, From: opt.From, To: opt.To, AsOf: asOf}
	err = s.EachAsetRow(ctx, lopt, func(r *aset.ListRow) bool {
		tot.Add(def.Cells(r))
		rows = append(rows, def.Texts(r))
		return ctx.Err() == nil
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	if len(rows) > 0 && opt.List != storage.ListMutasi {
		rows = append(rows, tot.Texts())
	}
	spec := paper.FormSpec{Header: inst.Lines, Address: inst.Address, Title: def.Title,
		Subtitles: asetSubtitles(opt, h, ruang, asOf), Paper: asetPaper(opt), Landscape: !opt.Portrait,
		Columns: asetColumns(def), Signatures: asetSignatures(opt.List, h, asOf, sig, pj)}
	switch {
	case opt.List == storage.ListKIR:
		spec.FontSize = 8.5 // read on a wall
	case len(def.Columns) > 14:
		spec.FontSize = 7 // KIB B: seventeen columns on one page's width
	}
	wordWidths(&spec, rows)
	fitColumns(&spec)
	headerFloor(&spec)
	return spec, paper.SliceRows(rows), nil
}

func asetPaper(opt AsetOptions) label.Paper {
	switch {
	case opt.Paper == label.PaperA4 || opt.Paper == label.PaperF4:
		return opt.Paper
	case opt.List == storage.ListKIR:
		return label.PaperA4
	}
	return label.PaperF4
}

// asetSubtitles are the header lines of a card: a KIR names province,
// unit, satuan kerja, room and kode lokasi; the KIBs province, kode
// lokasi and unit.
func asetSubtitles(opt AsetOptions, h AsetHeader, ruang string, asOf time.Time) []string {
	var out []string
	add := func(k, v string) { out = append(out, k+" : "+v) }
	add("PROVINSI", h.Provinsi)
	if opt.List == storage.ListKIR {
		add("UNIT", h.Unit)
		add("SATUAN KERJA", h.SatuanKerja)
		add("RUANGAN", ruang)
		add("KODE LOKASI", h.KodeLokasi)
	} else {
		add("KODE LOKASI", h.KodeLokasi)
		add("NAMA UNIT", h.SatuanKerja)
	}
	if opt.List == storage.ListMutasi {
		from, to := storage.AsetListOptions{From: opt.From, To: opt.To}.MutasiPeriod(asOf)
		out = append(out, "Periode "+model.FormatDate(from)+" s.d. "+model.FormatDate(to))
	} else {
		out = append(out, "Keadaan per "+model.FormatDate(asOf))
	}
	return out
}

// asetColumns are the printed columns of a list: the numbers narrow,
// money right-aligned, names and addresses sharing what is left.
func asetColumns(def *aset.List) []paper.Column {
	out := make([]paper.Column, len(def.Columns))
	for i, c := range def.Columns {
		pc := paper.Column{Header: c.Header, Wrap: true, Weight: 1}
		if w, ok := asetWidths[c.Header]; ok {
			pc.Width = w
			out[i] = pc
			continue
		}
		switch {
		case c.Header == "No" || c.Header == "No Urut":
			pc = paper.Column{Header: c.Header, Width: 9, Align: paper.Center}
		case c.Kind == aset.CellMoney:
			pc.Width, pc.Align = 27, paper.Right
		case c.Wide:
			pc.Weight = 2.2
		case c.Kind == aset.CellInt || c.Kind == aset.CellYear:
			pc.Width, pc.Align = 13, paper.Center
		case c.Kind == aset.CellDate:
			pc.Width = 18 // "30 November" on one line, the year under it
		case c.Kind == aset.CellCode && strings.HasPrefix(c.Header, "Kode Barang"):
			pc.Width = 31 // 1.3.2.05.01.05.043 on one line
		case c.Kind == aset.CellCode:
			pc.Width = 24
		}
		out[i] = pc
	}
	return out
}

// wordPad is the room (mm) a column keeps beside its longest word: the
// cell's padding (2 × 1.2 mm) even after fitColumns shrinks the column
// with the type, down to 5.5/8 of it.
const wordPad = 4

// shortText is how wide (mm) a cell's whole text may make a column that
// has no width of its own: a date or "Hak Pakai" stays on one line,
// longer texts wrap at spaces.
const shortText = 24

// wordWidths makes each narrow column at least as wide as the longest
// word of its cells, so a certificate number, a kode tanah or
// "Pengelolaan" is never broken in the middle; a column without a width
// of its own also takes a short cell's whole text. The wide columns
// (names, addresses) share what is left.
func wordWidths(spec *paper.FormSpec, rows [][]string) {
	size := spec.FontSize
	if size == 0 {
		size = 8
	}
	for i := range spec.Columns {
		c := &spec.Columns[i]
		if c.Weight > 1 {
			continue
		}
		own := c.Width > 0
		w := 0.0
		for _, r := range rows {
			if !own {
				w = max(w, min(paper.TextWidth(r[i], size, false), shortText))
			}
			for _, word := range strings.Fields(r[i]) {
				w = max(w, paper.TextWidth(word, size, false))
			}
		}
		if own {
			c.Width = max(c.Width, w+wordPad)
		} else {
			c.Width = min(max(w+wordPad, 10), 45)
		}
	}
}

// headerWordSize is the type a header word must fit at: headers shrink
// to fit their column, but not below what reads at arm's length.
const headerWordSize = 6

// headerFloor widens a fixed column to its longest header word (or part
// of a word between slashes) at headerWordSize, so no header word is cut
// ("Bertingk…") or shrunk to nothing however much fitColumns narrowed
// the columns.
func headerFloor(spec *paper.FormSpec) {
	for i := range spec.Columns {
		c := &spec.Columns[i]
		if c.Width == 0 {
			continue
		}
		for _, word := range strings.Fields(c.Header) {
			for _, part := range strings.SplitAfter(word, "/") { // a header line may end after a slash
				c.Width = max(c.Width, paper.TextWidth(part, headerWordSize, true)+3)
			}
		}
	}
}

// fitColumns narrows the fixed columns (and the type with them) when
// they would leave the names too little room: a KIB B on A4.
func fitColumns(spec *paper.FormSpec) {
	pw, _ := spec.PageSize()
	room := (pw - 30) * 0.66
	fixed := 0.0
	for _, c := range spec.Columns {
		fixed += c.Width
	}
	if fixed <= room {
		return
	}
	size := spec.FontSize
	if size == 0 {
		size = 8
	}
	// The type shrinks with the columns, but not below 5.5 pt; then the
	// columns shrink only as much as the type, so their words still fit.
	spec.FontSize = max(size*room/fixed, 5.5)
	f := spec.FontSize / size
	for i := range spec.Columns {
		spec.Columns[i].Width *= f
	}
}

// asetWidths are the columns whose cells must stay on one line (a
// nomor polisi, a register range) or whose headers are long words.
var asetWidths = map[string]float64{"Nomor Polisi": 19, "Asal-usul/Cara Perolehan": 20,
	"Jumlah/Register": 28, "Baik (B)": 11, "Kurang Baik (KB)": 13, "Rusak Berat (RB)": 12, "Nomor Register": 21,
	"Tahun Pembuatan/Pembelian": 20, "Tahun Pembelian": 15, "Tahun Pengadaan": 15, "Merk/Model": 24, "Ukuran/CC": 14,
	"No Seri Pabrik": 22, "Ukuran": 14, "Bahan": 14, "Nomor Pabrik": 17, "Nomor Rangka": 17, "Nomor Mesin": 17, "Nomor BPKB": 17,
	// The cards' numbers on one line ("IMB/123/2015", a certificate
	// "10.01.02.03.4.00012"), and header words that would be cut with "…".
	"Sertifikat Nomor": 32, "Dokumen Nomor": 22, "Nomor BAST": 22, "Bertingkat/Tidak": 16, "Konstruksi": 17,
	"Kondisi Bangunan (B/KB/RB)": 16, "Bangunan (P/SP/D)": 16, "Luas (m²)": 14, "Luas Lantai (m²)": 14, "Luas Tanah (m²)": 14}

// WriteAsetPDF lays out an asset list as a PDF at path; on any error
// there is no file, not a short one.
func WriteAsetPDF(ctx context.Context, s AsetReader, opt AsetOptions, path string) error {
	spec, rows, err := AsetForm(ctx, s, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := paper.RenderTablePDF(&buf, spec, rows); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
