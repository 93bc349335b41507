package storage

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"rapi/model"
)

// Page is a window of a long list: Limit rows from Offset (Limit 0 = 50).
type Page struct {
	Offset, Limit int
}

// BerkasSort orders a list of files.
type BerkasSort int

// Sort orders. Search results are ranked by relevance, an exact code first.
const (
	SortNewest BerkasSort = iota // last registered first
	SortKode                     // classification code, then closing year
	SortTahun                    // closing year, newest first
)

// BerkasFilter narrows a list or a search. Zero fields do not filter.
// KodePrefix "000.1" keeps "000.1" and everything under it; PlaceID keeps
// the files in that place and all places below it; Status Dipinjam keeps
// the files on loan.
type BerkasFilter struct {
	KodePrefix string
	Year       int // a year inside the file's kurun waktu
	Status     model.Status
	Kategori   string
	PlaceID    int64
	BoksID     int64
	Sort       BerkasSort
	Deleted    bool // list the bin instead
}

// BerkasPage is one page of files and how many match in all.
type BerkasPage struct {
	Rows  []model.Berkas
	Total int
}

func (f BerkasFilter) where(ctx context.Context, tx *sql.Tx) (string, []any, error) {
	var conds []string
	var args []any
	if f.Deleted {
		conds = append(conds, "b.deleted_at IS NOT NULL")
	} else {
		conds = append(conds, "b.deleted_at IS NULL")
	}
	if k := model.NormalizeKlasifikasiCode(f.KodePrefix); k != "" {
		conds = append(conds, "(b.kode = ? OR (b.kode >= ? AND b.kode < ?))")
		args = append(args, k, k+".", k+"/") // '/' sorts right after '.'
	}
	if f.Year != 0 {
		conds = append(conds, "b.tahun_sampai >= ? AND b.tahun_dari <= ?")
		args = append(args, f.Year, f.Year)
	}
	switch f.Status {
	case "":
	case model.StatusDipinjam:
		conds = append(conds, "b.on_loan_id IS NOT NULL")
	default:
		conds = append(conds, "b.status = ?")
		args = append(args, f.Status)
	}
	if f.Kategori != "" {
		conds = append(conds, "b.kategori = ?")
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

// ftsQuery turns what a clerk typed into an FTS5 query: every word must
// appear, the last one as a prefix (search as you type). Quotes keep
// punctuation such as "000.1.5" or "B-000123" from being read as syntax.
func ftsQuery(text string) string {
	words := strings.Fields(text)
	var parts []string
	for i, w := range words {
		w = strings.Map(func(r rune) rune {
			if r == '"' || r == '*' || r == '^' {
				return -1
			}
			return r
		}, w)
		if strings.IndexFunc(w, func(r rune) bool {
			return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127
		}) < 0 {
			continue
		}
		q := `"` + w + `"`
		if i == len(words)-1 {
			q += "*"
		}
		parts = append(parts, q)
	}
	return strings.Join(parts, " ")
}

// SearchBerkas lists the files matching text (full text over code, nomor
// berkas, classification codes, uraian, unit, notes and the items'
// letter numbers, descriptions and remarks) and the filter, one page at a
// time, with the total count. A file whose code equals the text comes
// first, then the best matches. Empty text lists by the filter's sort.
func (s *Store) SearchBerkas(ctx context.Context, text string, f BerkasFilter, p Page) (BerkasPage, error) {
	if p.Limit <= 0 {
		p.Limit = 50
	}
	var out BerkasPage
	err := s.read(ctx, "search berkas", func(tx *sql.Tx) error {
		where, args, err := f.where(ctx, tx)
		if err != nil {
			return err
		}
		q := ftsQuery(text)
		if strings.TrimSpace(text) == "" || q == "" {
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM berkas b WHERE "+where, args...).Scan(&out.Total); err != nil {
				return err
			}
			order := "b.id DESC"
			switch f.Sort {
			case SortKode:
				order = "b.kode, b.tahun_sampai, b.id"
			case SortTahun:
				order = "b.tahun_sampai DESC, b.id DESC"
			}
			out.Rows, err = queryBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas b WHERE "+where+
				" ORDER BY "+order+" LIMIT ? OFFSET ?", append(args, p.Limit, p.Offset)...)
			return err
		}
		match := `WITH m(id, rank) AS (
				SELECT rowid, bm25(berkas_fts, 20, 5, 5, 2, 1, 1, 1) FROM berkas_fts WHERE berkas_fts MATCH ?
				UNION ALL
				SELECT i.berkas_id, bm25(isi_fts) / 2 FROM isi_fts JOIN isi_berkas i ON i.id = isi_fts.rowid WHERE isi_fts MATCH ?),
			r AS (SELECT id, min(rank) AS rank FROM m GROUP BY id) `
		margs := append([]any{q, q}, args...)
		if err := tx.QueryRowContext(ctx, match+"SELECT count(*) FROM r JOIN berkas b ON b.id = r.id WHERE "+where, margs...).Scan(&out.Total); err != nil {
			return err
		}
		code := model.NormalizeCode(text)
		out.Rows, err = queryBerkas(ctx, tx, match+"SELECT "+berkasCols+" FROM (SELECT b.*, (b.code = ?) AS exact, r.rank AS rank FROM r JOIN berkas b ON b.id = r.id WHERE "+where+
			") ORDER BY exact DESC, rank, id DESC LIMIT ? OFFSET ?", append(append([]any{q, q, code}, args...), p.Limit, p.Offset)...)
		return err
	})
	return out, err
}

// Hit is what a scan or a search shows for one thing found: a file, a
// box or a place, with where it is and, when on loan, who has it.
type Hit struct {
	Kind        string       `json:"kind"` // "berkas", "boks", "place"
	ID          int64        `json:"id"`
	Code        string       `json:"code"`
	Title       string       `json:"title"`
	Klasifikasi string       `json:"klasifikasi,omitempty"`
	PlacePath   string       `json:"place"`
	Status      model.Status `json:"status,omitempty"`
	Borrower    string       `json:"borrower,omitempty"`
	Due         *time.Time   `json:"due,omitempty"`
}

func berkasHit(b model.Berkas) Hit {
	h := Hit{Kind: "berkas", ID: b.ID, Code: b.Code, Title: b.Uraian, Klasifikasi: b.KodeKlasifikasi,
		PlacePath: b.PlacePath, Status: b.ShownStatus()}
	if b.Loan != nil {
		h.Borrower = b.Loan.Borrower
		d := b.Loan.Due
		h.Due = &d
	}
	return h
}

// FindCode looks a label code up exactly, in files, then boxes, then
// places. It reads a handful of index entries: a scan answers at once.
func (s *Store) FindCode(ctx context.Context, code string) (Hit, error) {
	code = model.NormalizeCode(code)
	var h Hit
	err := s.read(ctx, "find code", func(tx *sql.Tx) error {
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
			b := boxes[0]
			h = Hit{Kind: "boks", ID: b.ID, Code: b.Code, Title: b.Label(), PlacePath: b.PlacePath}
			if b.KodeMin != "" {
				h.Klasifikasi = b.KodeMin
				if b.KodeMax != b.KodeMin {
					h.Klasifikasi += " – " + b.KodeMax
				}
			}
			if b.Loan != nil {
				h.Status, h.Borrower = model.StatusDipinjam, b.Loan.Borrower
				d := b.Loan.Due
				h.Due = &d
			}
			return nil
		}
		var id int64
		var name string
		err = tx.QueryRowContext(ctx, "SELECT id, name FROM place WHERE code=? AND deleted_at IS NULL", code).Scan(&id, &name)
		if err != nil {
			return err // sql.ErrNoRows becomes ErrNotFound
		}
		paths, err := placePaths(ctx, tx)
		h = Hit{Kind: "place", ID: id, Code: code, Title: name, PlacePath: paths[id]}
		return err
	})
	return h, err
}

// Find is what a scan or the search box does with text: a code finds its
// record exactly; anything else searches the files (up to limit hits).
func (s *Store) Find(ctx context.Context, text string, limit int) ([]Hit, error) {
	if model.ValidCode(model.NormalizeCode(text)) {
		h, err := s.FindCode(ctx, text)
		if err == nil {
			return []Hit{h}, nil
		}
		if !isNotFound(err) {
			return nil, err
		}
	}
	page, err := s.SearchBerkas(ctx, text, BerkasFilter{}, Page{Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]Hit, len(page.Rows))
	for i, b := range page.Rows {
		out[i] = berkasHit(b)
	}
	return out, nil
}

func isNotFound(err error) bool { return errors.Is(err, model.ErrNotFound) }
