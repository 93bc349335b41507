package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

// Page is a window of a long list: Limit rows from Offset (Limit 0 = 50).
type Page struct {
	Offset, Limit int
}

// BerkasSort orders a list of files.
type BerkasSort int

// Sort orders. SortBest (the zero value) ranks search results by
// relevance, an exact code first, and lists newest first; every other
// order sorts search results too ("sort means sort").
const (
	SortBest   BerkasSort = iota // relevance for a search, newest first for a list
	SortNewest                   // last registered first
	SortKode                     // classification code, then closing year
	SortTahun                    // closing year, newest first (then opening year)
)

// BerkasFilter narrows a list or a search. Zero fields do not filter.
// KodePrefix "000.1" keeps "000.1" and everything under it; PlaceID keeps
// the files in that place and all places below it; Status Dipinjam keeps
// the files on loan.
type BerkasFilter struct {
	KodePrefix string
	Year       int    // a year inside the file's kurun waktu, or the first year of a range
	YearTo     int    // with Year: the kurun waktu overlaps Year..YearTo (0: Year alone)
	Unit       string // the unit pengolah, as written (case does not matter)
	Status     arsip.Status
	Kategori   string
	PlaceID    int64
	BoksID     int64
	Sort       BerkasSort
	Deleted    bool // list the bin instead
}

// BerkasPage is one page of files and how many match in all. The whole
// list (no text, no filter) is counted exactly; otherwise counting stops
// after CountCap: when more match, TotalCapped is set and a list shows
// "1.000+" (counting every match of a common word in 200,000 files would
// cost more than the page itself). TotalCapped always means "at least
// Total": Total is CountCap, or more when the page asked for lies deeper;
// a search also stops counting the files found only through their items
// after countItems item matches.
type BerkasPage struct {
	Rows        []arsip.Berkas
	Total       int
	TotalCapped bool
}

// CountCap is where SearchBerkas stops counting.
const CountCap = 1000

func (f BerkasFilter) where(ctx context.Context, tx *sql.Tx) (string, []any, error) {
	var conds []string
	var args []any
	if f.Deleted {
		conds = append(conds, "b.deleted_at IS NOT NULL")
	} else {
		conds = append(conds, "b.deleted_at IS NULL")
	}
	if k := arsip.NormalizeKlasifikasiCode(f.KodePrefix); k != "" {
		conds = append(conds, "(b.kode = ? OR (b.kode >= ? AND b.kode < ?))")
		args = append(args, k, k+".", k+"/") // '/' sorts right after '.'
	}
	if f.Year != 0 {
		conds = append(conds, "b.tahun_sampai >= ? AND b.tahun_dari <= ?")
		args = append(args, f.Year, max(f.Year, f.YearTo))
	}
	if u := strings.TrimSpace(f.Unit); u != "" {
		conds = append(conds, "b.unit = ? COLLATE NOCASE")
		args = append(args, u)
	}
	switch f.Status {
	case "":
	case arsip.StatusDipinjam:
		conds = append(conds, "b.on_loan_id IS NOT NULL")
	default:
		conds = append(conds, byIndex(f.Sort != SortKode)+"b.status = ?")
		args = append(args, f.Status)
	}
	if f.Kategori != "" {
		conds = append(conds, byIndex(f.Sort != SortKode)+"b.kategori = ?")
		args = append(args, f.Kategori)
	}
	if f.BoksID != 0 {
		conds = append(conds, "b.boks_id = ?")
		args = append(args, f.BoksID)
	}
	if f.PlaceID != 0 {
		ids, err := placeSubtree(ctx, tx, f.PlaceID)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, "b.place_id IN ("+strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")+")")
		for _, id := range ids {
			args = append(args, id)
		}
	}
	return strings.Join(conds, " AND "), args, nil
}

// byIndex is "" or the unary "+" that keeps SQLite from answering a
// condition with its index. A status or a category keeps about half or a
// quarter of the files: sorted by code, reading the code index in order
// and checking them finds a page at once, while taking them from their own
// index means sorting tens of thousands of rows.
func byIndex(ok bool) string {
	if ok {
		return ""
	}
	return "+"
}

func placeSubtree(ctx context.Context, tx *sql.Tx, root int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT p.id FROM place p JOIN t ON p.parent_id = t.id)
		SELECT id FROM t`, root)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// SearchBerkas lists the files matching text (full text over code, nomor
// berkas, classification codes, kode lama, uraian, unit, notes and the
// items' letter numbers, descriptions and remarks) and the filter, one
// page at a time, with the count (capped, see BerkasPage). A file whose
// code or kode lama equals the text comes first, then the files whose own
// fields match, best first, then the files found only through one of
// their items, newest first. Empty text lists by the filter's sort.
//
// Ranking is bounded: up to rankWindow matches are ranked by relevance
// (bm25, the code and numbers weighing most); when more match (a common
// word in 200,000 files) they are listed newest first, and the count says
// "1.000+", so the clerk adds a word.
func (s *Store) SearchBerkas(ctx context.Context, text string, f BerkasFilter, p Page) (BerkasPage, error) {
	if p.Limit <= 0 {
		p.Limit = 50
	}
	p.Offset = max(p.Offset, 0)
	var out BerkasPage
	err := s.read(ctx, "search berkas", func(tx *sql.Tx) error {
		return searchPage(ctx, tx, text, f, p, &out)
	})
	return out, err
}

// searchPage is one page of SearchBerkas inside tx.
func searchPage(ctx context.Context, tx *sql.Tx, text string, f BerkasFilter, p Page, out *BerkasPage) error {
	where, args, err := f.where(ctx, tx)
	if err != nil {
		return err
	}
	q := ftsQuery(text)
	if strings.TrimSpace(text) == "" || q == "" {
		return listBerkas(ctx, tx, f, where, args, p, out)
	}
	if f.Sort != SortBest {
		return sortedSearch(ctx, tx, text, q, f, where, args, p, out)
	}
	return searchBerkas(ctx, tx, text, q, where, args, p, out)
}

// rankWindow is the most matches ranked by relevance; more are listed
// newest first.
const rankWindow = 1000

// with returns args followed by more, never sharing args' backing array.
func with(args []any, more ...any) []any {
	out := make([]any, 0, len(args)+len(more))
	return append(append(out, args...), more...)
}

func (out *BerkasPage) setTotal(n int) {
	out.Total, out.TotalCapped = min(n, CountCap), n > CountCap
}

// plain reports whether f keeps every file (of the list or of the bin).
func (f BerkasFilter) plain() bool {
	return arsip.NormalizeKlasifikasiCode(f.KodePrefix) == "" && f.Year == 0 && f.Status == "" && f.Kategori == "" &&
		f.PlaceID == 0 && f.BoksID == 0 && strings.TrimSpace(f.Unit) == ""
}

func listBerkas(ctx context.Context, tx *sql.Tx, f BerkasFilter, where string, args []any, p Page, out *BerkasPage) error {
	// The whole list is counted exactly (one pass over an index, a few ms
	// at 200,000 files); a filtered list up to CountCap.
	if f.plain() {
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM berkas b WHERE "+where, args...).Scan(&out.Total); err != nil {
			return err
		}
	} else {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM berkas b WHERE "+where+" LIMIT ?)",
			with(args, CountCap+1)...).Scan(&n); err != nil {
			return err
		}
		out.setTotal(n)
	}
	// Each order is the order of an index (0002, 0008), so the first page
	// reads a page's worth of entries instead of sorting every match.
	order := f.order()
	if f.Status == arsip.StatusDipinjam && f.Sort != SortNewest && f.Sort != SortBest {
		// a few hundred files on loan: take them from their index and sort
		order = "+" + strings.ReplaceAll(order, ", ", ", +")
	}
	var err error
	out.Rows, err = queryBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas b WHERE "+where+
		" ORDER BY "+order+" LIMIT ? OFFSET ?", with(args, p.Limit, p.Offset)...)
	return err
}

// order is the ORDER BY of f's sort.
func (f BerkasFilter) order() string {
	switch f.Sort {
	case SortKode:
		return "b.kode, b.tahun_sampai, b.tahun_dari, b.id"
	case SortTahun:
		return "b.tahun_sampai DESC, b.tahun_dari DESC, b.id DESC"
	}
	return "b.id DESC"
}

func searchBerkas(ctx context.Context, tx *sql.Tx, text, q, where string, args []any, p Page, out *BerkasPage) error {
	need := p.Offset + p.Limit
	var ids []int64
	seen := map[int64]bool{}
	add := func(id int64) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	// 1. What is written on the folder, exactly: its code or kode lama.
	// (Two queries, each answered by its own index.)
	exact, err := queryIDs(ctx, tx, `SELECT b.id FROM berkas b WHERE b.code = ? AND `+where, 0,
		with([]any{model.NormalizeCode(text)}, args...)...)
	if err != nil {
		return err
	}
	lama, err := queryIDs(ctx, tx, `SELECT b.id FROM berkas b WHERE b.kode_lama <> '' AND b.kode_lama = ? COLLATE NOCASE
		AND `+where+` ORDER BY b.id DESC`, need, with([]any{strings.TrimSpace(text)}, args...)...)
	if err != nil {
		return err
	}
	exact = append(exact, lama...)
	for _, id := range exact {
		add(id)
	}
	// 2. The files' own fields, best first.
	ranked, complete, err := rankBerkas(ctx, tx, q, where, args, need)
	if err != nil {
		return err
	}
	for _, id := range ranked {
		add(id)
	}
	// 3. Files found only through their items, once every file matching
	// by its own fields is listed.
	all := false // every match is in ids
	if complete && len(ids) < need {
		all = true
		if err := itemMatches(ctx, tx, q, where, args, func(id int64) bool {
			add(id)
			all = len(ids) < need
			return all
		}); err != nil {
			return err
		}
	}
	if all {
		out.setTotal(len(ids))
	} else if err := countMatches(ctx, tx, q, where, args, len(exact), out); err != nil {
		return err
	} else if out.Total < len(ids) {
		out.Total = len(ids) // found for the page beyond what was counted
	}
	if p.Offset >= len(ids) {
		out.Rows = []arsip.Berkas{}
		return nil
	}
	ids = ids[p.Offset:min(need, len(ids))]
	out.Rows, err = berkasByIDs(ctx, tx, ids)
	return err
}

// streamRows runs q and hands each row to fn until fn says stop.
func streamRows(ctx context.Context, tx *sql.Tx, q string, args []any, fn func(scan func(...any) error) (bool, error)) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		goOn, err := fn(rows.Scan)
		if err != nil || !goOn {
			return err
		}
	}
	return rows.Err()
}

// streamIDs runs a query of one id column and hands each id to fn until
// fn returns false.
func streamIDs(ctx context.Context, tx *sql.Tx, q string, args []any, fn func(int64) bool) error {
	return streamRows(ctx, tx, q, args, func(sc func(...any) error) (bool, error) {
		var id int64
		if err := sc(&id); err != nil {
			return false, err
		}
		return fn(id), nil
	})
}

// queryIDs returns the ids a query of one id column gives (at most limit
// of them when limit > 0).
func queryIDs(ctx context.Context, tx *sql.Tx, q string, limit int, args ...any) ([]int64, error) {
	var ids []int64
	err := streamIDs(ctx, tx, q, args, func(id int64) bool {
		ids = append(ids, id)
		return limit <= 0 || len(ids) < limit
	})
	return ids, err
}

// berkasByIDs reads the files with these ids, in the order given.
func berkasByIDs(ctx context.Context, tx *sql.Tx, ids []int64) ([]arsip.Berkas, error) {
	if len(ids) == 0 {
		return []arsip.Berkas{}, nil
	}
	args := make([]any, len(ids))
	pos := make(map[int64]int, len(ids))
	for i, id := range ids {
		args[i] = id
		pos[id] = i
	}
	list, err := queryBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas WHERE id IN ("+
		strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")+")", args...)
	if err != nil {
		return nil, err
	}
	out := make([]arsip.Berkas, len(ids))
	for _, b := range list {
		out[pos[b.ID]] = b
	}
	return out, nil
}

// Hit is what a scan or a search shows for one thing found: a file, a
// box or a place, with where it is and, when on loan, who has it.
type Hit struct {
	Kind        model.CodeKind `json:"kind"` // CodeBerkas, CodeBoks, CodePlace, CodeAsset, CodeMeeting, CodeInvitee or CodeBooking
	ID          int64          `json:"id"`
	Code        string         `json:"code"`
	Title       string         `json:"title"`
	Klasifikasi string         `json:"klasifikasi,omitempty"`
	PlacePath   string         `json:"place"`
	Status      arsip.Status   `json:"status,omitempty"`
	Borrower    string         `json:"borrower,omitempty"`
	Due         *time.Time     `json:"due,omitempty"`
	// An asset's official number, holder and condition (CodeAsset only).
	KodeBarang string `json:"kode_barang,omitempty"`
	Register   string `json:"register,omitempty"`
	Holder     string `json:"holder,omitempty"`
	Kondisi    string `json:"kondisi,omitempty"`
	// The meeting an invitee's code belongs to (CodeInvitee only).
	RapatID   int64  `json:"rapat_id,omitempty"`
	RapatCode string `json:"rapat_code,omitempty"`
}

func berkasHit(b arsip.Berkas) Hit {
	h := Hit{Kind: model.CodeBerkas, ID: b.ID, Code: b.Code, Title: b.Uraian, Klasifikasi: b.KodeKlasifikasi,
		PlacePath: b.PlacePath, Status: b.ShownStatus()}
	if b.Loan != nil {
		h.Borrower = b.Loan.Borrower
		d := b.Loan.Due
		h.Due = &d
	}
	return h
}

func boksHit(b arsip.Boks) Hit {
	h := Hit{Kind: model.CodeBoks, ID: b.ID, Code: b.Code, Title: b.Label(), PlacePath: b.PlacePath}
	if b.KodeMin != "" {
		h.Klasifikasi = b.KodeMin
		if b.KodeMax != b.KodeMin {
			h.Klasifikasi += " – " + b.KodeMax
		}
	}
	if b.Loan != nil {
		h.Status, h.Borrower = arsip.StatusDipinjam, b.Loan.Borrower
		d := b.Loan.Due
		h.Due = &d
	}
	return h
}

// FindCode looks a label code up exactly, in files, then boxes, then
// assets, then meetings and invitees, then bookings, then places. It reads a handful of index entries: a scan answers at once.
// Failing that, it looks for what is written by hand on old folders and
// boxes: a file's kode lama (any case, e.g. "12/BU/2019"), then a box's
// number ("15" finds box "0015").
func (s *Store) FindCode(ctx context.Context, code string) (Hit, error) {
	typed := strings.TrimSpace(code)
	code = model.NormalizeCode(code)
	var h Hit
	asetFirst := isAsetCode(code)
	err := s.read(ctx, "find code", func(tx *sql.Tx) error {
		if asetFirst {
			if found, err := asetHitTx(ctx, tx, code, &h); found || err != nil {
				return err
			}
		}
		list, err := queryBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas WHERE code=? AND deleted_at IS NULL", code)
		if err != nil {
			return err
		}
		if len(list) > 0 {
			h = berkasHit(list[0])
			return nil
		}
		boxes, err := queryBoks(ctx, tx, "SELECT "+boksCols+" FROM boks WHERE code=? AND deleted_at IS NULL", code)
		if err != nil {
			return err
		}
		if len(boxes) > 0 {
			h = boksHit(boxes[0])
			return nil
		}
		if !asetFirst {
			if found, err := asetHitTx(ctx, tx, code, &h); found || err != nil {
				return err
			}
		}
		if found, err := rapatHitTx(tx, code, &h); found || err != nil {
			return err
		}
		if found, err := bookingHitTx(tx, code, &h); found || err != nil {
			return err
		}
		var id int64
		var name string
		err = tx.QueryRowContext(ctx, "SELECT id, name FROM place WHERE code=? AND deleted_at IS NULL", code).Scan(&id, &name)
		if err == nil {
			paths, err := placePaths(ctx, tx)
			h = Hit{Kind: model.CodePlace, ID: id, Code: code, Title: name, PlacePath: paths[id]}
			return err
		}
		if err != sql.ErrNoRows {
			return err
		}
		hits, err := legacyHits(ctx, tx, typed, 1)
		if err != nil {
			return err
		}
		if len(hits) == 0 {
			return model.ErrNotFound
		}
		h = hits[0]
		return nil
	})
	return h, err
}

// legacyHits finds files by their kode lama, boxes by their number and
// assets by the code of their older sticker, exactly as written (case
// aside), newest first.
func legacyHits(ctx context.Context, tx *sql.Tx, typed string, limit int) ([]Hit, error) {
	if typed == "" {
		return nil, nil
	}
	var out []Hit
	list, err := queryBerkas(ctx, tx, "SELECT "+berkasCols+` FROM berkas WHERE kode_lama <> '' AND kode_lama = ? COLLATE NOCASE
		AND deleted_at IS NULL ORDER BY id DESC LIMIT ?`, typed, limit)
	if err != nil {
		return nil, err
	}
	for _, b := range list {
		out = append(out, berkasHit(b))
	}
	if len(out) >= limit {
		return out, nil
	}
	nomor := []any{typed, typed, typed}
	if n, err := strconv.Atoi(typed); err == nil && n > 0 {
		nomor[1], nomor[2] = strconv.Itoa(n), fmt.Sprintf("%04d", n)
	}
	boxes, err := queryBoks(ctx, tx, "SELECT "+boksCols+" FROM boks WHERE nomor IN (?,?,?) AND deleted_at IS NULL ORDER BY id DESC LIMIT ?",
		append(nomor, limit-len(out))...)
	if err != nil {
		return nil, err
	}
	for _, b := range boxes {
		out = append(out, boksHit(b))
	}
	if len(out) >= limit {
		return out, nil
	}
	assets, err := asetLegacyHits(ctx, tx, typed, limit-len(out)) // aset_find.go
	return append(out, assets...), err
}

// Find is what a scan or the search box does with text: a code finds its
// record exactly; a kode lama or a box number written by hand finds those
// records first; anything else searches the files (up to limit hits).
func (s *Store) Find(ctx context.Context, text string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 20
	}
	if model.ValidCode(model.NormalizeCode(text)) {
		h, err := s.FindCode(ctx, text)
		if err == nil {
			return []Hit{h}, nil
		}
		if !isNotFound(err) {
			return nil, err
		}
	}
	var out []Hit
	if err := s.read(ctx, "find", func(tx *sql.Tx) error {
		var err error
		out, err = legacyHits(ctx, tx, strings.TrimSpace(text), limit)
		return err
	}); err != nil {
		return nil, err
	}
	assets, err := s.textAsetHits(ctx, text, limit/2)
	if err != nil {
		return nil, err
	}
	page, err := s.SearchBerkas(ctx, text, BerkasFilter{}, Page{Limit: limit})
	if err != nil {
		return nil, err
	}
	type key struct {
		kind model.CodeKind
		id   int64
	}
	shown := map[key]bool{}
	for _, h := range out {
		shown[key{h.Kind, h.ID}] = true
	}
	for _, b := range page.Rows { // files first, assets keep up to half the hits
		if len(out) >= limit-len(assets) {
			break
		}
		if !shown[key{model.CodeBerkas, b.ID}] {
			out = append(out, berkasHit(b))
		}
	}
	for _, h := range assets {
		if !shown[key{h.Kind, h.ID}] {
			out = append(out, h)
		}
	}
	if out == nil {
		out = []Hit{}
	}
	return out, nil
}

func isNotFound(err error) bool { return errors.Is(err, model.ErrNotFound) }
