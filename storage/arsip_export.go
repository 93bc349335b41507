package storage

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/arsip"
	"rapi/storage/sheet"
)

// ArsipList names an official list to export.
type ArsipList string

// The lists rapictl and the GUI export.
const (
	ListBerkas     ArsipList = "berkas"      // Daftar Berkas (any filter); imports back as is
	ListAktif      ArsipList = "aktif"       // Daftar Arsip Aktif: Daftar Berkas + isi, one row per item
	ListInaktif    ArsipList = "inaktif"     // Daftar Arsip Inaktif
	ListIsi        ArsipList = "isi"         // Daftar Isi Berkas
	ListUsulPindah ArsipList = "usul-pindah" // files whose active period is over
	ListUsulMusnah ArsipList = "usul-musnah" // inactive files due for destruction
	ListPinjam     ArsipList = "pinjam"      // open loans
)

// ArsipLists lists every list in menu order.
var ArsipLists = []ArsipList{ListAktif, ListInaktif, ListIsi, ListUsulPindah, ListUsulMusnah, ListPinjam, ListBerkas}

// officialLists are the definitions (model/arsip) of the lists of files.
var officialLists = map[ArsipList]*arsip.OfficialList{
	ListBerkas: &arsip.DaftarBerkas, "": &arsip.DaftarBerkas, ListAktif: &arsip.DaftarArsipAktif,
	ListInaktif: &arsip.DaftarArsipInaktif, ListIsi: &arsip.DaftarIsiBerkas,
	ListUsulPindah: &arsip.UsulPindah, ListUsulMusnah: &arsip.UsulMusnah,
}

// Official is the definition of a list of files (nil for ListPinjam).
func (l ArsipList) Official() *arsip.OfficialList { return officialLists[l] }

// Title is the list's official name, as printed above the table.
func (l ArsipList) Title() string {
	if l == ListPinjam {
		return "DAFTAR PEMINJAMAN ARSIP"
	}
	if o := l.Official(); o != nil {
		return o.Title
	}
	return arsip.DaftarBerkas.Title
}

// ExportArsipOptions choose what ExportArsip writes. Text and Filter
// narrow ListBerkas, ListAktif, ListInaktif and ListIsi as SearchBerkas
// does (the list on screen); AsOf is the day of the retention lists
// (default today).
type ExportArsipOptions struct {
	List        ArsipList
	Text        string
	Filter      BerkasFilter
	AsOf        time.Time
	OverdueOnly bool // the loans list: only loans past due on AsOf
}

// ExportArsip writes a list as an xlsx workbook: the institution's header
// lines and the list's title on top, then a bold frozen header with
// autofilter, dates as date cells in Indonesian, counts as numbers. Rows
// stream from the database in one read transaction. It returns the
// number of rows written.
func (s *Store) ExportArsip(ctx context.Context, w io.Writer, opt ExportArsipOptions) (int, error) {
	inst, err := s.Institution(ctx)
	if err != nil {
		return 0, err
	}
	if opt.AsOf.IsZero() {
		opt.AsOf = s.now()
	}
	titles := append([]string(nil), inst.Lines...)
	titles = append(titles, opt.List.Title(), "Keadaan per "+model.FormatDate(opt.AsOf))
	if opt.List != ListPinjam {
		line, err := s.FilterLine(ctx, opt.List, opt.Text, opt.Filter)
		if err != nil {
			return 0, err
		}
		if line != "" {
			titles = append(titles, line)
		}
	}
	spec := sheet.ExportSpec{SheetName: "Peminjaman", Titles: titles}
	if opt.List == ListPinjam {
		spec.Columns = loanColumns
		return sheet.Export(w, spec, s.loanRows(ctx, opt))
	}
	list := opt.List.Official()
	if list == nil {
		return 0, model.Invalid("list", string(opt.List), "error.arsip_choice")
	}
	spec.SheetName, spec.Columns = list.Sheet, exportColumns(list)
	pencipta := ""
	if len(inst.Lines) > 0 {
		pencipta = inst.Lines[len(inst.Lines)-1]
	}
	return sheet.Export(w, spec, s.listRows(ctx, opt, list, pencipta))
}

// cellKinds are how the sheet writes each kind of cell of a list.
var cellKinds = map[arsip.CellKind]sheet.Kind{arsip.CellText: sheet.Text, arsip.CellInt: sheet.Int,
	arsip.CellDate: sheet.Date, arsip.CellCode: sheet.Code}

func exportColumns(l *arsip.OfficialList) []sheet.ExportColumn {
	out := make([]sheet.ExportColumn, len(l.Columns))
	for i, c := range l.Columns {
		out[i] = sheet.ExportColumn{Header: c.Header, Kind: cellKinds[c.Kind]}
	}
	return out
}

// listRows streams the rows of a list of files: the retention lists from
// their work list, the others from the files the filter keeps.
func (s *Store) listRows(ctx context.Context, opt ExportArsipOptions, list *arsip.OfficialList,
	pencipta string) func(yield func([]any, error) bool) {
	return func(yield func([]any, error) bool) {
		n := 0
		var err error
		switch opt.List {
		case ListUsulPindah, ListUsulMusnah:
			a := retensiAction(opt.List)
			err = s.eachRetensi(ctx, a, opt.AsOf, opt.Filter, func(b *arsip.Berkas) bool {
				n++
				r := arsip.ListRow{N: n, Berkas: b, Due: b.Retensi.PindahOn}
				if a != arsip.RetensiPindah {
					r.Due = b.Retensi.AkhirOn
				}
				return yield(list.Cells(&r), nil)
			})
		default:
			opt.Filter.Status = listStatus(opt.List, opt.Filter.Status)
			err = s.eachGroup(ctx, opt, list.Items, func(b *arsip.Berkas, items []arsip.IsiBerkas) bool {
				return emit(&n, b, items, list, pencipta, yield)
			})
		}
		if err != nil {
			yield(nil, err)
		}
	}
}

// retensiAction is the retention action a usul list proposes.
func retensiAction(l ArsipList) arsip.RetensiAction {
	if l == ListUsulMusnah {
		return arsip.RetensiMusnah
	}
	return arsip.RetensiPindah
}

// listStatus is the status a list keeps: the aktif and inaktif lists
// their own, the others what the filter says.
func listStatus(l ArsipList, filter arsip.Status) arsip.Status {
	switch l {
	case ListAktif:
		return arsip.StatusAktif
	case ListInaktif:
		return arsip.StatusInaktif
	}
	return filter
}

var loanColumns = []sheet.ExportColumn{{Header: "No", Kind: sheet.Int}, {Header: "Kode", Kind: sheet.Code},
	{Header: "Uraian", Kind: sheet.Text}, {Header: "Peminjam", Kind: sheet.Text}, {Header: "NIP", Kind: sheet.Text},
	{Header: "Unit", Kind: sheet.Text}, {Header: "Tanggal Pinjam", Kind: sheet.Date}, {Header: "Jatuh Tempo", Kind: sheet.Date},
	{Header: "Keperluan", Kind: sheet.Text}, {Header: "Petugas", Kind: sheet.Text}, {Header: "Terlambat", Kind: sheet.Text}}

// loanRows are the open loans (only the overdue ones with OverdueOnly).
func (s *Store) loanRows(ctx context.Context, opt ExportArsipOptions) func(yield func([]any, error) bool) {
	return func(yield func([]any, error) bool) {
		loans, err := s.OpenArsipLoans(ctx)
		if err != nil {
			yield(nil, err)
			return
		}
		n := 0
		for _, l := range loans {
			late := ""
			if l.Overdue(opt.AsOf) {
				late = "Ya"
			} else if opt.OverdueOnly {
				continue
			}
			n++
			if !yield([]any{n, l.Code, l.Title, l.Borrower, l.NIP, l.Unit, l.Tanggal, l.Due, l.Purpose, l.Clerk, late}, nil) {
				return
			}
		}
	}
}

// eachGroup streams the files of a list, each with its items when
// withItems, through fn until fn returns false. With search text the list
// follows SearchBerkas page by page; else one query streams it in the
// filter's order.
func (s *Store) eachGroup(ctx context.Context, opt ExportArsipOptions, withItems bool,
	fn func(b *arsip.Berkas, items []arsip.IsiBerkas) bool) error {
	if strings.TrimSpace(opt.Text) != "" {
		return s.eachSearched(ctx, opt, withItems, fn)
	}
	return s.read(ctx, "export berkas", func(tx *sql.Tx) error {
		where, args, err := opt.Filter.where(ctx, tx)
		if err != nil {
			return err
		}
		paths, err := placePaths(ctx, tx)
		if err != nil {
			return err
		}
		list, err := tx.QueryContext(ctx, groupQuery(opt, withItems, where), args...)
		if err != nil {
			return err
		}
		defer list.Close()
		return scanGroups(list, paths, fn)
	})
}

// eachSearched is eachGroup for a list narrowed by search text: the pages
// of SearchBerkas, all read in one read transaction (one snapshot), with
// the items of each page read in one query.
func (s *Store) eachSearched(ctx context.Context, opt ExportArsipOptions, withItems bool,
	fn func(b *arsip.Berkas, items []arsip.IsiBerkas) bool) error {
	return s.read(ctx, "export search", func(tx *sql.Tx) error {
		for off := 0; ; off += 500 {
			var p BerkasPage
			if err := searchPage(ctx, tx, opt.Text, opt.Filter, Page{Offset: off, Limit: 500}, &p); err != nil {
				return err
			}
			items, err := pageItems(ctx, tx, p.Rows, withItems)
			if err != nil {
				return err
			}
			for i := range p.Rows {
				if !fn(&p.Rows[i], items[p.Rows[i].ID]) {
					return nil
				}
			}
			if len(p.Rows) < 500 {
				return nil
			}
		}
	})
}

// pageItems reads the items of a page of files in one query, when wanted.
func pageItems(ctx context.Context, tx *sql.Tx, page []arsip.Berkas, want bool) (map[int64][]arsip.IsiBerkas, error) {
	if !want || len(page) == 0 {
		return nil, nil
	}
	ids := make([]any, len(page))
	for i := range page {
		ids[i] = page[i].ID
	}
	return queryIsi(ctx, tx, "berkas_id IN ("+inList(len(ids))+")", ids...)
}

// groupQuery selects the files of a list (joined with their items when
// withItems) in the list's order.
func groupQuery(opt ExportArsipOptions, withItems bool, where string) string {
	order := "b.kode, b.tahun_sampai, b.nomor_sort, b.id"
	switch opt.Filter.Sort {
	case SortBest, SortNewest: // the list without text: newest first
		if opt.List == ListBerkas || opt.List == "" {
			order = "b.id DESC"
		}
	case SortTahun:
		order = "b.tahun_sampai DESC, b.kode, b.nomor_sort, b.id"
	}
	itemCols := ", 0, '', '', '', '', 0"
	join := ""
	if withItems {
		itemCols = ", coalesce(i.nomor_item,0), coalesce(i.nomor_surat,''), coalesce(i.tanggal,''), coalesce(i.uraian,''), coalesce(i.tingkat,''), coalesce(i.jumlah,0)"
		join = " LEFT JOIN isi_berkas i ON i.berkas_id = b.id"
		order += ", i.nomor_item, i.id"
	}
	return `SELECT b.id, b.code, b.nomor_berkas, b.kode, b.kode_lama, b.uraian, b.unit, b.tahun_dari, b.tahun_sampai, b.jumlah_item,
		b.tingkat, b.media, b.keamanan, b.kategori, coalesce(b.place_id,0), coalesce(x.nomor,''), coalesce(x.code,''), b.status,
		b.on_loan_id IS NOT NULL, b.note` + itemCols + ` FROM berkas b LEFT JOIN boks x ON x.id = b.boks_id` + join +
		` WHERE ` + where + ` ORDER BY ` + order
}

// scanGroups reads groupQuery's rows, one file with all its item rows at
// a time, and hands each file to fn until fn returns false.
func scanGroups(list *sql.Rows, paths map[int64]string, fn func(b *arsip.Berkas, items []arsip.IsiBerkas) bool) error {
	var cur arsip.Berkas
	var items []arsip.IsiBerkas
	have := false
	for list.Next() {
		var b arsip.Berkas
		var it arsip.IsiBerkas
		var place int64
		var boksNomor, boksCode, tgl string
		var onLoan bool
		if err := list.Scan(&b.ID, &b.Code, &b.NomorBerkas, &b.KodeKlasifikasi, &b.KodeLama, &b.Uraian, &b.UnitPengolah,
			&b.TahunDari, &b.TahunSampai, &b.JumlahItem, &b.Tingkat, &b.Media, &b.Keamanan, &b.Kategori, &place, &boksNomor,
			&boksCode, &b.Status, &onLoan, &b.Note, &it.NomorItem, &it.NomorSurat, &tgl, &it.Uraian, &it.Tingkat, &it.Jumlah); err != nil {
			return err
		}
		if have && b.ID != cur.ID {
			if !fn(&cur, items) {
				return nil
			}
			items = items[:0]
		}
		if b.ID != cur.ID || !have {
			b.PlacePath = paths[place]
			if boksNomor != "" {
				bx := arsip.Boks{Nomor: boksNomor, Code: boksCode}
				b.PlacePath = model.JoinPath(b.PlacePath, bx.Label())
				b.BoksCode = boksNomor
			}
			if onLoan {
				b.Loan = &arsip.Loan{}
			}
			cur, have = b, true
		}
		if it.NomorItem > 0 {
			it.Tanggal = parseDate(tgl)
			items = append(items, it)
		}
	}
	if err := list.Err(); err != nil {
		return err
	}
	if have {
		fn(&cur, items)
	}
	return nil
}

// emit yields the rows of one file: one per item when the list has items
// (a file without items gets its own row unless the list is of items only).
func emit(n *int, b *arsip.Berkas, items []arsip.IsiBerkas, list *arsip.OfficialList, pencipta string,
	yield func([]any, error) bool) bool {
	if !list.Items || len(items) == 0 {
		if list.ItemsOnly {
			return true
		}
		*n++
		return yield(list.Cells(&arsip.ListRow{N: *n, Berkas: b, Pencipta: pencipta}), nil)
	}
	for i := range items {
		*n++
		if !yield(list.Cells(&arsip.ListRow{N: *n, Berkas: b, Item: &items[i], Pencipta: pencipta}), nil) {
			return false
		}
	}
	return true
}

// ExportFileName suggests a file name for a list: "Daftar Arsip Aktif 2025-01-12.xlsx".
func ExportFileName(l ArsipList, day time.Time) string {
	t := strings.ToLower(l.Title())
	return fmt.Sprintf("%s %s.xlsx", model.TitleCase(t), day.Format("2006-01-02"))
}
