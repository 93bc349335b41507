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

// Title is the list's official name, as printed above the table.
func (l ArsipList) Title() string {
	switch l {
	case ListAktif:
		return "DAFTAR ARSIP AKTIF"
	case ListInaktif:
		return "DAFTAR ARSIP INAKTIF"
	case ListIsi:
		return "DAFTAR ISI BERKAS"
	case ListUsulPindah:
		return "DAFTAR USUL PINDAH ARSIP INAKTIF"
	case ListUsulMusnah:
		return "DAFTAR USUL MUSNAH ARSIP"
	case ListPinjam:
		return "DAFTAR PEMINJAMAN ARSIP"
	}
	return "DAFTAR BERKAS"
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

func col(h string, k sheet.Kind) sheet.ExportColumn { return sheet.ExportColumn{Header: h, Kind: k} }

// ExportArsip writes a list as an xlsx workbook: the institution's header
// lines and the list's title on top, then a bold frozen header with
// autofilter, dates as date cells in Indonesian, counts as numbers. Rows
// stream from the database. It returns the number of rows written.
func (s *Store) ExportArsip(ctx context.Context, w io.Writer, opt ExportArsipOptions) (int, error) {
	inst, err := s.Institution(ctx)
	if err != nil {
		return 0, err
	}
	asOf := opt.AsOf
	if asOf.IsZero() {
		asOf = s.now()
	}
	titles := append([]string(nil), inst.Lines...)
	titles = append(titles, opt.List.Title(), "Keadaan per "+model.FormatDate(asOf))
	spec := sheet.ExportSpec{SheetName: sheetName(opt.List), Titles: titles}
	switch opt.List {
	case ListBerkas, "":
		spec.Columns = []sheet.ExportColumn{col("No", sheet.Int), col("Kode Klasifikasi", sheet.Code), col("Nomor Berkas", sheet.Int),
			col("Unit Pengolah", sheet.Text), col("Uraian Informasi Berkas", sheet.Text), col("Kurun Waktu", sheet.Text),
			col("Jumlah", sheet.Int), col("Keterangan", sheet.Text), col("Kode", sheet.Code), col("Kode Lama", sheet.Code),
			col("Tingkat Perkembangan", sheet.Text), col("Media", sheet.Text), col("Klasifikasi Keamanan", sheet.Text),
			col("Kategori", sheet.Text), col("Status", sheet.Text), col("Lokasi", sheet.Text)}
		return s.exportBerkas(ctx, w, spec, opt, false, func(n int, b *arsip.Berkas, _ *arsip.IsiBerkas) []any {
			return []any{n, b.KodeKlasifikasi, nomor(b.NomorBerkas), b.UnitPengolah, b.Uraian, b.KurunWaktu(), b.JumlahItem, b.Note,
				b.Code, b.KodeLama, b.Tingkat.Official(), b.Media.Official(), b.Keamanan.Official(), b.Kategori,
				b.ShownStatus().Official(), b.PlacePath}
		})
	case ListAktif:
		opt.Filter.Status = arsip.StatusAktif
		spec.Columns = []sheet.ExportColumn{col("No", sheet.Int), col("Kode Klasifikasi", sheet.Code), col("Nomor Berkas", sheet.Int),
			col("Unit Pengolah", sheet.Text), col("Uraian Informasi Berkas", sheet.Text), col("Kurun Waktu", sheet.Text),
			col("Jumlah", sheet.Int), col("Nomor Item", sheet.Int), col("Nomor Surat", sheet.Text), col("Uraian Informasi Arsip", sheet.Text),
			col("Tanggal", sheet.Date), col("Tingkat Perkembangan", sheet.Text), col("Klasifikasi Keamanan", sheet.Text),
			col("Lokasi", sheet.Text), col("Keterangan", sheet.Text), col("Kode", sheet.Code)}
		return s.exportBerkas(ctx, w, spec, opt, true, func(n int, b *arsip.Berkas, it *arsip.IsiBerkas) []any {
			r := []any{n, b.KodeKlasifikasi, nomor(b.NomorBerkas), b.UnitPengolah, b.Uraian, b.KurunWaktu(), b.JumlahItem,
				nil, nil, nil, nil, b.Tingkat.Official(), b.Keamanan.Official(), b.PlacePath, b.Note, b.Code}
			if it != nil {
				r[7], r[8], r[9], r[10], r[11] = it.NomorItem, it.NomorSurat, it.Uraian, it.Tanggal, it.Tingkat.Official()
			}
			return r
		})
	case ListInaktif:
		opt.Filter.Status = arsip.StatusInaktif
		pencipta := ""
		if len(inst.Lines) > 0 {
			pencipta = inst.Lines[len(inst.Lines)-1]
		}
		spec.Columns = []sheet.ExportColumn{col("No", sheet.Int), col("Pencipta Arsip", sheet.Text), col("Unit Pengolah", sheet.Text),
			col("Nomor Berkas", sheet.Int), col("Kode Klasifikasi", sheet.Code), col("Uraian Informasi Berkas", sheet.Text),
			col("Kurun Waktu", sheet.Text), col("Jumlah", sheet.Int), col("Tingkat Perkembangan", sheet.Text), col("Media", sheet.Text),
			col("Keterangan", sheet.Text), col("Nomor Boks", sheet.Text), col("Lokasi Simpan", sheet.Text), col("Kode", sheet.Code)}
		return s.exportBerkas(ctx, w, spec, opt, false, func(n int, b *arsip.Berkas, _ *arsip.IsiBerkas) []any {
			return []any{n, pencipta, b.UnitPengolah, nomor(b.NomorBerkas), b.KodeKlasifikasi, b.Uraian, b.KurunWaktu(), b.JumlahItem,
				b.Tingkat.Official(), b.Media.Official(), b.Note, b.BoksCode, b.PlacePath, b.Code}
		})
	case ListIsi:
		spec.Columns = []sheet.ExportColumn{col("No", sheet.Int), col("Nomor Berkas", sheet.Int), col("Nomor Item", sheet.Int),
			col("Kode Klasifikasi", sheet.Code), col("Nomor Surat", sheet.Text), col("Uraian Informasi Arsip", sheet.Text),
			col("Tanggal", sheet.Date), col("Tingkat Perkembangan", sheet.Text), col("Jumlah", sheet.Int), col("Lokasi", sheet.Text),
			col("Klasifikasi Keamanan dan Akses", sheet.Text), col("Kode", sheet.Code)}
		return s.exportBerkas(ctx, w, spec, opt, true, func(n int, b *arsip.Berkas, it *arsip.IsiBerkas) []any {
			if it == nil {
				return nil
			}
			return []any{n, nomor(b.NomorBerkas), it.NomorItem, b.KodeKlasifikasi, it.NomorSurat, it.Uraian, it.Tanggal,
				it.Tingkat.Official(), it.Jumlah, b.PlacePath, b.Keamanan.Official(), b.Code}
		})
	case ListUsulPindah, ListUsulMusnah:
		a, due := arsip.RetensiPindah, "Jatuh Tempo Pindah"
		if opt.List == ListUsulMusnah {
			a, due = arsip.RetensiMusnah, "Jatuh Tempo Musnah"
		}
		spec.Columns = []sheet.ExportColumn{col("No", sheet.Int), col("Kode Klasifikasi", sheet.Code), col("Nomor Berkas", sheet.Int),
			col("Unit Pengolah", sheet.Text), col("Uraian Informasi Berkas", sheet.Text), col("Kurun Waktu", sheet.Text),
			col("Jumlah", sheet.Int), col(due, sheet.Date), col("Nasib Akhir", sheet.Text), col("Lokasi", sheet.Text), col("Kode", sheet.Code)}
		rows := func(yield func([]any, error) bool) {
			n := 0
			err := s.eachRetensi(ctx, a, asOf, func(b *arsip.Berkas) bool {
				n++
				d := b.Retensi.PindahOn
				if a != arsip.RetensiPindah {
					d = b.Retensi.AkhirOn
				}
				return yield([]any{n, b.KodeKlasifikasi, nomor(b.NomorBerkas), b.UnitPengolah, b.Uraian, b.KurunWaktu(), b.JumlahItem,
					d, b.Retensi.Nasib.Label(), b.PlacePath, b.Code}, nil)
			})
			if err != nil {
				yield(nil, err)
			}
		}
		return sheet.Export(w, spec, rows)
	case ListPinjam:
		spec.Columns = []sheet.ExportColumn{col("No", sheet.Int), col("Kode", sheet.Code), col("Uraian", sheet.Text),
			col("Peminjam", sheet.Text), col("NIP", sheet.Text), col("Unit", sheet.Text), col("Tanggal Pinjam", sheet.Date),
			col("Jatuh Tempo", sheet.Date), col("Keperluan", sheet.Text), col("Petugas", sheet.Text), col("Terlambat", sheet.Text)}
		loans, err := s.OpenArsipLoans(ctx)
		if err != nil {
			return 0, err
		}
		rows := func(yield func([]any, error) bool) {
			n := 0
			for _, l := range loans {
				late := ""
				if l.Overdue(asOf) {
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
		return sheet.Export(w, spec, rows)
	}
	return 0, model.Invalid("list", string(opt.List), "error.arsip_choice")
}

func sheetName(l ArsipList) string {
	switch l {
	case ListAktif:
		return "Arsip Aktif"
	case ListInaktif:
		return "Arsip Inaktif"
	case ListIsi:
		return "Isi Berkas"
	case ListUsulPindah:
		return "Usul Pindah"
	case ListUsulMusnah:
		return "Usul Musnah"
	case ListPinjam:
		return "Peminjaman"
	}
	return "Daftar Berkas"
}

func nomor(n int) any {
	if n <= 0 {
		return nil
	}
	return n
}

// exportBerkas writes files (and, withItems, one row per item; a file
// without items gets one row) as the rows of a workbook.
func (s *Store) exportBerkas(ctx context.Context, w io.Writer, spec sheet.ExportSpec, opt ExportArsipOptions, withItems bool,
	row func(n int, b *arsip.Berkas, it *arsip.IsiBerkas) []any) (int, error) {
	rows := func(yield func([]any, error) bool) {
		n := 0
		err := s.eachGroup(ctx, opt, withItems, func(b *arsip.Berkas, items []arsip.IsiBerkas) bool {
			return emit(&n, b, items, withItems, row, yield)
		})
		if err != nil {
			yield(nil, err)
		}
	}
	return sheet.Export(w, spec, rows)
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
	order := "b.kode, b.tahun_sampai, b.nomor_berkas, b.id"
	switch opt.Filter.Sort {
	case SortNewest:
		if opt.List == ListBerkas || opt.List == "" {
			order = "b.id DESC"
		}
	case SortTahun:
		order = "b.tahun_sampai DESC, b.kode, b.nomor_berkas, b.id"
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

func emit(n *int, b *arsip.Berkas, items []arsip.IsiBerkas, withItems bool, row func(int, *arsip.Berkas, *arsip.IsiBerkas) []any,
	yield func([]any, error) bool) bool {
	if !withItems || len(items) == 0 {
		r := row(*n+1, b, nil)
		if r == nil {
			return true
		}
		*n++
		return yield(r, nil)
	}
	for i := range items {
		*n++
		if !yield(row(*n, b, &items[i]), nil) {
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
