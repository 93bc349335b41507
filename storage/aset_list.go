package storage

import (
	"context"
	"database/sql"
	"strings"

	"rapi/model"
	"rapi/model/aset"
)

// AsetFilter narrows the asset list. Zero fields do not filter.
type AsetFilter struct {
	KIB        aset.KIB
	KodePrefix string // "1.3.2.05" (dots or not) keeps that code and every code below it
	RuangID    int64  // the place and every place below it: a building keeps all its rooms
	TanpaRuang bool   // only the assets with no room (an audit finding)
	Kondisi    aset.Kondisi
	Status     aset.Status
	Tahun      int    // tahun perolehan
	Pemegang   string // the holder's name (start of it, any case) or NIP
	// Text searches code, kode barang, name, merk, serial number, holder,
	// nomor polisi, kode lama and notes: every word, the last as a prefix
	// (search as you type); a label code or kode lama finds its asset.
	Text    string
	Deleted bool // list the bin instead
}

// AsetPage is one page of the asset list (in kode barang and register
// order) and how many assets match, counted as the archive's BerkasPage
// is: the whole list (or the whole bin) exactly, a filtered list up to
// CountCap. When more match, TotalCapped is set and the list shows
// "1.000+": counting 100,000 matches of a KIB or a common word cost more
// than the page itself.
type AsetPage struct {
	Rows        []aset.Aset
	Total       int
	TotalCapped bool
}

// plain reports whether f keeps every asset (of the list or of the bin).
func (f AsetFilter) plain() bool {
	return f.KIB == "" && strings.TrimSpace(f.KodePrefix) == "" && f.RuangID == 0 && !f.TanpaRuang && f.Kondisi == "" &&
		f.Status == "" && f.Tahun == 0 && strings.TrimSpace(f.Pemegang) == "" && strings.TrimSpace(f.Text) == ""
}

// where is f as SQL over the aset table named a.
func (f AsetFilter) where(ctx context.Context, tx *sql.Tx) (string, []any, error) {
	conds := []string{"a.deleted_at IS NULL"}
	if f.Deleted {
		conds[0] = "a.deleted_at IS NOT NULL"
	}
	var args []any
	add := func(cond string, a ...any) { conds, args = append(conds, cond), append(args, a...) }
	if f.KIB != "" {
		add("a.kib = ?", string(f.KIB))
	}
	if k, err := aset.ParseKode(f.KodePrefix); err == nil {
		// levels have fixed widths, so after the prefix comes '.' or
		// nothing: one range, read in index order ('/' sorts after '.')
		add("a.kode_barang >= ? AND a.kode_barang < ?", string(k), string(k)+"/")
	} else if strings.TrimSpace(f.KodePrefix) != "" {
		return "", nil, err
	}
	if f.RuangID != 0 {
		ids, err := placeSubtree(ctx, tx, f.RuangID)
		if err != nil {
			return "", nil, err
		}
		add("a.ruang_id IN ("+inList(len(ids))+")", int64sAny(ids)...)
	}
	if f.TanpaRuang {
		add("a.ruang_id IS NULL")
	}
	if f.Kondisi != "" {
		add("a.kondisi = ?", string(f.Kondisi))
	}
	if f.Status != "" {
		add("a.status = ?", string(f.Status))
	}
	if f.Tahun != 0 {
		add("a.tahun = ?", f.Tahun)
	}
	if p := strings.TrimSpace(f.Pemegang); p != "" {
		nip := strings.Join(strings.Fields(p), "")
		add(`(a.id IN (SELECT id FROM aset WHERE pemegang_nama <> '' AND pemegang_nama >= ? COLLATE NOCASE
			AND pemegang_nama < ? COLLATE NOCASE) OR (a.pemegang_nip <> '' AND a.pemegang_nip = ?))`, p, prefixEnd(p), nip)
	}
	if t := strings.TrimSpace(f.Text); t != "" {
		q := ftsQuery(t)
		if q == "" {
			add("0")
		} else {
			// one id set, so SQLite reads the matches by id instead of
			// testing three conditions on every asset
			add(`a.id IN (SELECT id FROM aset WHERE code = ? UNION SELECT id FROM aset WHERE kode_lama <> '' AND kode_lama = ? COLLATE NOCASE
				UNION SELECT rowid FROM aset_fts WHERE aset_fts MATCH ?)`, model.NormalizeCode(t), t, q)
		}
	}
	return strings.Join(conds, " AND "), args, nil
}

// prefixEnd is the first string after every string that starts with p
// (compared without case, as the holder index is): "budi" -> "budj".
func prefixEnd(p string) string {
	b := []byte(strings.ToLower(p))
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return "\xff\xff\xff\xff"
}

func int64sAny(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// AsetList reads one page of the assets matching f, in kode barang and
// register order, with their count (see AsetPage). The page is read in SQL (an
// index in that order), so the first page of 100,000 assets is as quick
// as the first page of 100.
func (s *Store) AsetList(ctx context.Context, f AsetFilter, p Page) (AsetPage, error) {
	if p.Limit <= 0 {
		p.Limit = 50
	}
	p.Offset = max(p.Offset, 0)
	var out AsetPage
	err := s.read(ctx, "list aset", func(tx *sql.Tx) error {
		where, args, err := f.where(ctx, tx)
		if err != nil {
			return err
		}
		if err := countAset(ctx, tx, f, where, args, &out); err != nil {
			return err
		}
		// the page's ids first: when the matches must be sorted (a word in
		// 10,000 assets) the sort holds ids and codes, not whole rows
		ids, err := queryIDs(ctx, tx, "SELECT a.id FROM aset a WHERE "+where+
			" ORDER BY a.kode_barang, a.register LIMIT ? OFFSET ?", 0, with(args, p.Limit, p.Offset)...)
		if err != nil || len(ids) == 0 {
			return err
		}
		out.Rows, err = queryAset(ctx, tx, "SELECT "+asetColsA+" FROM aset a WHERE a.id IN ("+inList(len(ids))+
			") ORDER BY a.kode_barang, a.register", int64sAny(ids)...)
		return err
	})
	return out, err
}

// countAset sets the page's count: the whole list is one pass over an
// index; a filter counts at most CountCap+1 matches (a LIMIT inside the
// count stops SQLite there).
func countAset(ctx context.Context, tx *sql.Tx, f AsetFilter, where string, args []any, out *AsetPage) error {
	if f.plain() {
		return tx.QueryRowContext(ctx, "SELECT count(*) FROM aset a WHERE "+where, args...).Scan(&out.Total)
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM aset a WHERE "+where+" LIMIT ?)",
		with(args, CountCap+1)...).Scan(&n); err != nil {
		return err
	}
	out.Total, out.TotalCapped = min(n, CountCap), n > CountCap
	return nil
}

// AsetCount counts the assets matching f (the list's count without a page).
func (s *Store) AsetCount(ctx context.Context, f AsetFilter) (int, error) {
	var n int
	err := s.read(ctx, "count aset", func(tx *sql.Tx) error {
		where, args, err := f.where(ctx, tx)
		if err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, "SELECT count(*) FROM aset a WHERE "+where, args...).Scan(&n)
	})
	return n, err
}

// AsetInRuang lists every asset registered in the room itself (not the
// places below it), in kode barang and register order: the rows of its KIR.
func (s *Store) AsetInRuang(ctx context.Context, ruangID int64) ([]aset.Aset, error) {
	var out []aset.Aset
	err := s.read(ctx, "list aset in ruang", func(tx *sql.Tx) error {
		var err error
		out, err = queryAset(ctx, tx, "SELECT "+asetColsA+` FROM aset a WHERE a.ruang_id = ? AND a.deleted_at IS NULL
			ORDER BY a.kode_barang, a.register`, ruangID)
		return err
	})
	return out, err
}
