package storage

import (
	"context"
	"database/sql"
	"strings"
	"unicode"

	"rapi/model"
)

// SQLite: the full-text search of files and items, with FTS5 (MATCH,
// bm25, the berkas_fts and isi_fts tables of the migrations). A PostgreSQL
// backend replaces this file (tsvector, ts_rank) behind SearchBerkas.

// itemMatches streams the ids of the files whose items match q, newest
// item first, until fn returns false.
func itemMatches(ctx context.Context, tx *sql.Tx, q, where string, args []any, fn func(int64) bool) error {
	return streamIDs(ctx, tx, `SELECT i.berkas_id FROM isi_fts JOIN isi_berkas i ON i.id = isi_fts.rowid
		JOIN berkas b ON b.id = i.berkas_id WHERE isi_fts MATCH ? AND `+where+` ORDER BY isi_fts.rowid DESC`,
		with([]any{q}, args...), fn)
}

// countItems is the most item matches looked at to count the files found
// only through their items.
const countItems = 10000

// ftsQuery turns what a clerk typed into an FTS5 query: every word must
// appear, the last one as a prefix (search as you type). Quotes keep
// punctuation such as "000.1.5" or "B-000123" from being read as syntax.
func ftsQuery(text string) string {
	words := strings.Fields(text)
	var parts []string
	for i, w := range words {
		w = strings.Map(func(r rune) rune {
			// A control character (NUL ends FTS5's string) is dropped
			// like the syntax characters (found by fuzzing).
			if r == '"' || r == '*' || r == '^' || unicode.IsControl(r) {
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

// countMatches counts, up to CountCap+1, the distinct files matching q
// and where: those matching by their own fields (a code or kode lama
// always does), then those found only through an item. Only the newest
// countItems item matches are looked at: a word in a hundred thousand
// items, with a filter that keeps few of their files, would otherwise be
// read item by item just to be counted; then TotalCapped says "at least".
func countMatches(ctx context.Context, tx *sql.Tx, q, where string, args []any, exact int, out *BerkasPage) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM berkas_fts JOIN berkas b ON b.id = berkas_fts.rowid
		WHERE berkas_fts MATCH ? AND `+where+` LIMIT ?)`, with(with([]any{q}, args...), CountCap+1)...).Scan(&n); err != nil {
		return err
	}
	if n > CountCap {
		out.setTotal(n)
		return nil
	}
	var items, m int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM isi_fts WHERE isi_fts MATCH ? LIMIT ?)`,
		q, countItems+1).Scan(&items); err != nil {
		return err
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT DISTINCT i.berkas_id FROM
		(SELECT rowid AS id FROM isi_fts WHERE isi_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m
		JOIN isi_berkas i ON i.id = m.id JOIN berkas b ON b.id = i.berkas_id
		WHERE `+where+` AND i.berkas_id NOT IN (SELECT rowid FROM berkas_fts WHERE berkas_fts MATCH ?) LIMIT ?)`,
		with(with([]any{q, countItems}, args...), q, CountCap+1-n)...).Scan(&m); err != nil {
		return err
	}
	out.setTotal(max(n+m, exact))
	out.TotalCapped = out.TotalCapped || items > countItems
	return nil
}

// rankBerkas returns the ids of the files whose own fields match q and
// that pass where, best first (newest first when more than rankWindow
// match), at least need of them when there are that many. complete
// reports that every match was looked at.
//
// bm25 first counts, for every word, all the files that contain it; with
// tens of thousands of matches that alone takes longer than a page may,
// and ranking that many says little anyway, so it ranks small sets only.
func rankBerkas(ctx context.Context, tx *sql.Tx, q, where string, args []any, need int) (ids []int64, complete bool, err error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM berkas_fts WHERE berkas_fts MATCH ? LIMIT ?)`,
		q, rankWindow+1).Scan(&n); err != nil {
		return nil, false, err
	}
	if n <= rankWindow {
		ids, err = queryIDs(ctx, tx, `SELECT b.id FROM berkas_fts JOIN berkas b ON b.id = berkas_fts.rowid
			WHERE berkas_fts MATCH ? AND `+where+` ORDER BY bm25(berkas_fts, 20, 5, 5, 2, 1, 1, 1), b.id DESC LIMIT ?`, 0,
			with(with([]any{q}, args...), need)...)
		return ids, true, err
	}
	ids, err = queryIDs(ctx, tx, `SELECT b.id FROM berkas_fts JOIN berkas b ON b.id = berkas_fts.rowid
		WHERE berkas_fts MATCH ? AND `+where+` ORDER BY berkas_fts.rowid DESC LIMIT ?`, 0, with(with([]any{q}, args...), need)...)
	return ids, len(ids) < need, err
}

// sortedSearch is a search in the order the clerk chose (newest, code,
// year) instead of by relevance: every match, by its code, kode lama, own
// fields or an item, sorted in SQL and read one page at a time, counted
// up to CountCap.
func sortedSearch(ctx context.Context, tx *sql.Tx, text, q string, f BerkasFilter, where string, args []any, p Page, out *BerkasPage) error {
	match := `(b.code = ? OR (b.kode_lama <> '' AND b.kode_lama = ? COLLATE NOCASE)
		OR b.id IN (SELECT rowid FROM berkas_fts WHERE berkas_fts MATCH ?)
		OR b.id IN (SELECT i.berkas_id FROM isi_fts JOIN isi_berkas i ON i.id = isi_fts.rowid WHERE isi_fts MATCH ?))`
	margs := with([]any{model.NormalizeCode(text), strings.TrimSpace(text), q, q}, args...)
	cond := match + " AND " + where
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM berkas b WHERE "+cond+" LIMIT ?)",
		with(margs, CountCap+1)...).Scan(&n); err != nil {
		return err
	}
	out.setTotal(n)
	var err error
	out.Rows, err = queryBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas b WHERE "+cond+
		" ORDER BY "+f.order()+" LIMIT ? OFFSET ?", with(margs, p.Limit, p.Offset)...)
	return err
}
