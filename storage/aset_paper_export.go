package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/value"
	"rapi/storage/sheet"
)

// AsetPaperList names an official asset list to print or export.
type AsetPaperList string

// The asset lists rapictl and the GUI print and export.
const (
	ListKIBA           AsetPaperList = "kib-a"
	ListKIBB           AsetPaperList = "kib-b"
	ListKIBC           AsetPaperList = "kib-c"
	ListKIBD           AsetPaperList = "kib-d"
	ListKIBE           AsetPaperList = "kib-e"
	ListKIBF           AsetPaperList = "kib-f"
	ListKIR            AsetPaperList = "kir" // one room's card: needs RuangID
	ListBukuInventaris AsetPaperList = "buku-inventaris"
	ListMutasi         AsetPaperList = "mutasi" // the changes of a period
)

// AsetPaperLists lists every asset list in menu order.
var AsetPaperLists = []AsetPaperList{ListKIBA, ListKIBB, ListKIBC, ListKIBD, ListKIBE, ListKIBF, ListKIR,
	ListBukuInventaris, ListMutasi}

// KIB is the group a KIB list holds ("" for the others).
func (l AsetPaperList) KIB() aset.KIB {
	if g, ok := strings.CutPrefix(string(l), "kib-"); ok {
		if k, err := aset.ParseKIB(g); err == nil {
			return k
		}
	}
	return ""
}

// Definition is the list's columns (nil for an unknown name).
func (l AsetPaperList) Definition() *aset.List {
	switch l {
	case ListKIR:
		return &aset.KIRList
	case ListBukuInventaris:
		return &aset.BukuInventarisList
	case ListMutasi:
		return &aset.MutasiList
	}
	return aset.KIBList(l.KIB())
}

// AsetListOptions choose what an asset list holds.
type AsetListOptions struct {
	List     AsetPaperList
	RuangID  int64     // KIR: the room; KIB lists: narrow to a place and the places below it
	From, To time.Time // mutasi: the period (default: this year up to today)
	AsOf     time.Time // the day the list is made (default today)
}

// EachAsetRow streams the rows of an asset list through fn (until fn
// returns false), in one read transaction: the units in kode barang and
// register order, identical units grouped where the list groups them.
func (s *Store) EachAsetRow(ctx context.Context, opt AsetListOptions, fn func(r *aset.ListRow) bool) error {
	def := opt.List.Definition()
	if def == nil {
		return model.Invalid("list", string(opt.List), "error.aset_paper_list")
	}
	switch opt.List {
	case ListBukuInventaris:
		return s.eachBukuInventaris(ctx, fn)
	case ListMutasi:
		return s.eachMutasiRow(ctx, opt, fn)
	case ListKIR:
		if opt.RuangID == 0 {
			return model.Invalid("ruang", "", "error.aset_paper_ruang")
		}
	}
	return s.read(ctx, "aset list", func(tx *sql.Tx) error {
		where, args, err := s.asetListWhere(ctx, tx, opt)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, "SELECT "+listRowCols+" FROM aset a WHERE "+where+
			" ORDER BY a.kode_barang, a.register", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		g := aset.Grouper{List: def}
		sc := newListRowScan()
		for rows.Next() {
			a, err := sc.scan(rows)
			if err != nil {
				return err
			}
			if r, ok := g.Add(a); ok && !fn(&r) {
				return nil
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if r, ok := g.Flush(); ok {
			fn(&r)
		}
		return nil
	})
}

// listRowCols are the columns the lists show or group by: no audit
// columns, no holder, no kode lama. A 100,000-unit KIB reads and
// converts 12 columns fewer per unit.
const listRowCols = `a.id, a.code, a.kode_barang, a.register, a.nama, a.merk, a.ukuran, a.bahan, a.tahun, a.nomor_seri,
	a.cara_perolehan, a.harga, a.kondisi, a.status, coalesce(a.ruang_id,0), a.keterangan, a.detail`

// listRowScan scans listRowCols into one reused Aset (the Grouper copies
// what it keeps), through plain string destinations, which database/sql
// fills without reflection.
type listRowScan struct {
	a                                     aset.Aset
	kode, perolehan, kondisi, status, det string
	dest                                  []any
}

func newListRowScan() *listRowScan {
	sc := &listRowScan{}
	a := &sc.a
	sc.dest = []any{&a.ID, &a.Code, &sc.kode, &a.Register, &a.Nama, &a.Merk, &a.Ukuran, &a.Bahan, &a.Tahun, &a.NomorSeri,
		&sc.perolehan, &a.Harga, &sc.kondisi, &sc.status, &a.RuangID, &a.Keterangan, &sc.det}
	return sc
}

func (sc *listRowScan) scan(rows *sql.Rows) (*aset.Aset, error) {
	if err := rows.Scan(sc.dest...); err != nil {
		return nil, err
	}
	a := &sc.a
	a.KodeBarang, a.CaraPerolehan = aset.Kode(sc.kode), aset.CaraPerolehan(sc.perolehan)
	a.Kondisi, a.Status = aset.Kondisi(sc.kondisi), aset.Status(sc.status)
	// a new Detail every unit: the previous row's copy shares its pointers
	a.Detail = aset.Detail{}
	if sc.det != "{}" && sc.det != "" { // most units have no KIB detail
		if err := json.Unmarshal([]byte(sc.det), &a.Detail); err != nil {
			return nil, fmt.Errorf("aset %d detail: %w", a.ID, err)
		}
	}
	return a, nil
}

// asetListWhere keeps the units a list holds: not in the bin, not
// removed from the books (status dihapus), of the list's group or room.
func (s *Store) asetListWhere(ctx context.Context, tx *sql.Tx, opt AsetListOptions) (string, []any, error) {
	if opt.List == ListKIR {
		return "a.ruang_id = ? AND a.deleted_at IS NULL AND a.status <> ?", []any{opt.RuangID, string(aset.StatusDihapus)}, nil
	}
	where, args, err := AsetFilter{KIB: opt.List.KIB(), RuangID: opt.RuangID}.where(ctx, tx)
	return where + " AND a.status <> ?", append(args, string(aset.StatusDihapus)), err
}

// eachBukuInventaris sums the units of every KIB group (one query).
func (s *Store) eachBukuInventaris(ctx context.Context, fn func(r *aset.ListRow) bool) error {
	type sum struct {
		n     int
		total int64
	}
	sums := map[aset.KIB]sum{}
	err := s.read(ctx, "buku inventaris", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT a.kib, count(*), coalesce(sum(a.harga),0) FROM aset a
			WHERE a.deleted_at IS NULL AND a.status <> ? GROUP BY a.kib`, string(aset.StatusDihapus))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			var x sum
			if err := rows.Scan(&k, &x.n, &x.total); err != nil {
				return err
			}
			sums[aset.KIB(k)] = x
		}
		return rows.Err()
	})
	if err != nil {
		return err
	}
	for i, k := range aset.KIBs { // every group, an empty one too: the recap has six lines
		x := sums[k]
		if !fn(&aset.ListRow{N: i + 1, Group: k, Jumlah: x.n, Total: x.total}) {
			return nil
		}
	}
	return nil
}

// eachMutasiRow lists the changes of the period, oldest first.
func (s *Store) eachMutasiRow(ctx context.Context, opt AsetListOptions, fn func(r *aset.ListRow) bool) error {
	from, to := opt.MutasiPeriod(s.now())
	list, err := s.AsetMutasiPeriod(ctx, from, to)
	if err != nil {
		return err
	}
	for i := range list {
		if !fn(&aset.ListRow{N: i + 1, Mutasi: &list[i]}) {
			return nil
		}
	}
	return nil
}

// MutasiPeriod is the report's period: From..To, by default the year so far.
func (o AsetListOptions) MutasiPeriod(now time.Time) (from, to time.Time) {
	from, to = o.From, o.To
	if to.IsZero() {
		to = now
	}
	if from.IsZero() {
		from = time.Date(to.Year(), 1, 1, 0, 0, 0, 0, to.Location())
	}
	return from, to
}

// asetCellKinds are how the sheet writes each kind of cell.
var asetCellKinds = map[aset.CellKind]sheet.Kind{aset.CellText: sheet.Text, aset.CellInt: sheet.Int,
	aset.CellDate: sheet.Date, aset.CellCode: sheet.Code, aset.CellMoney: sheet.Money, aset.CellYear: sheet.Year}

// ExportAsetList writes an asset list as an xlsx workbook: the
// institution's lines, the list's title, kode lokasi (and the room of a
// KIR) on top, then the list's columns with money as money cells and
// registers as text ("0007"). Rows stream from one read transaction. It
// returns the number of rows written.
func (s *Store) ExportAsetList(ctx context.Context, w io.Writer, opt AsetListOptions) (int, error) {
	def := opt.List.Definition()
	if def == nil {
		return 0, model.Invalid("list", string(opt.List), "error.aset_paper_list")
	}
	titles, err := s.asetListTitles(ctx, opt, def)
	if err != nil {
		return 0, err
	}
	cols := make([]sheet.ExportColumn, len(def.Columns))
	for i, c := range def.Columns {
		cols[i] = sheet.ExportColumn{Header: c.Header, Kind: asetCellKinds[c.Kind]}
	}
	spec := sheet.ExportSpec{SheetName: def.Sheet, Titles: titles, Columns: cols}
	// the rows are read on their own goroutine while the sheet is written
	return sheet.Export(w, spec, sheet.ReadAhead(func(yield func([]any, error) bool) {
		err := s.EachAsetRow(ctx, opt, func(r *aset.ListRow) bool {
			cells := def.Cells(r)
			for i, c := range def.Columns {
				cells[i] = exportCell(c.Kind, cells[i])
			}
			return yield(cells, nil)
		})
		if err != nil {
			yield(nil, err)
		}
	}))
}

// exportCell is a cell as the sheet takes it: money in value.Money.
func exportCell(k aset.CellKind, v any) any {
	switch x := v.(type) {
	case int64:
		if k == aset.CellMoney {
			return value.MoneyFromRupiah(x)
		}
	case float64:
		return aset.FormatCell(k, x)
	case time.Time:
		if x.IsZero() {
			return nil
		}
	}
	return v
}

// asetListTitles are the lines above an exported list.
func (s *Store) asetListTitles(ctx context.Context, opt AsetListOptions, def *aset.List) ([]string, error) {
	inst, err := s.Institution(ctx)
	if err != nil {
		return nil, err
	}
	kode, err := s.KodeLokasi(ctx)
	if err != nil {
		return nil, err
	}
	titles := append([]string(nil), inst.Lines...)
	titles = append(titles, def.Title)
	if kode != "" {
		titles = append(titles, "Kode Lokasi: "+kode)
	}
	if opt.List == ListKIR {
		path, err := s.PlacePath(ctx, opt.RuangID)
		if err != nil {
			return nil, err
		}
		if path == "" {
			return nil, model.ErrNotFound
		}
		titles = append(titles, "Ruangan: "+path)
	}
	if opt.List == ListMutasi {
		from, to := opt.MutasiPeriod(s.now())
		titles = append(titles, "Periode "+model.FormatDate(from)+" s.d. "+model.FormatDate(to))
	} else {
		asOf := opt.AsOf
		if asOf.IsZero() {
			asOf = s.now()
		}
		titles = append(titles, "Keadaan per "+model.FormatDate(asOf))
	}
	return titles, nil
}

// AsetExportFileName suggests a file name: "KIB B 2025-01-12.xlsx".
func AsetExportFileName(l AsetPaperList, day time.Time) string {
	def := l.Definition()
	name := string(l)
	if def != nil {
		name = def.Sheet
	}
	return fmt.Sprintf("%s %s.xlsx", name, day.Format("2006-01-02"))
}
