package storage

import (
	"database/sql"
	"strings"
	"sync"
	"testing"
)

var (
	ftsOnce sync.Once
	ftsDB   *sql.DB
	ftsErr  error
)

// ftsTable is an in-memory FTS5 table with Rapi's tokenizer settings, so a
// query the builder makes is checked by SQLite itself.
func ftsTable(t *testing.T) *sql.DB {
	ftsOnce.Do(func() {
		ftsDB, ftsErr = sql.Open("sqlite3", ":memory:")
		if ftsErr == nil {
			ftsDB.SetMaxOpenConns(1)
			_, ftsErr = ftsDB.Exec(`CREATE VIRTUAL TABLE f USING fts5(a, b, tokenize='unicode61 remove_diacritics 2');
				INSERT INTO f VALUES ('B-000123 surat keputusan', '000.1.5 Biro Umum');`)
		}
	})
	if ftsErr != nil {
		t.Fatal(ftsErr)
	}
	return ftsDB
}

// Whatever a clerk types in the search box becomes a query SQLite accepts:
// a syntax error would show as "database error" instead of "no results".
func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{"surat", "B-000123", "000.1.5", `"unclosed`, "a OR b", "NOT x", "x AND", "(", ")", "*", "^a",
		"kata-kata:kolom", "NEAR(a b)", "ä ö ü", "  ", "a\x00b", "surat keputusan 2024", "{a b}:c", "+-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := ftsQuery(s)
		if q == "" {
			return
		}
		if strings.Count(q, `"`)%2 != 0 {
			t.Fatalf("%q -> unbalanced quotes in %q", s, q)
		}
		var n int
		if err := ftsTable(t).QueryRow("SELECT count(*) FROM f WHERE f MATCH ?", q).Scan(&n); err != nil {
			t.Fatalf("%q -> %q: %v", s, q, err)
		}
	})
}
