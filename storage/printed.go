package storage

import (
	"context"
	"database/sql"
	"strings"
	"time"
)

// Printed is one label printed: which record (kind + code), on which
// template, when and by whom.
type Printed struct {
	Kind     string // "lokasi", "berkas", "boks", ...
	Code     string
	Template string
	At       time.Time
	By       string
}

// RecordPrinted remembers that the labels of codes (of one kind) were
// printed now on template, in one transaction.
func (s *Store) RecordPrinted(ctx context.Context, kind, template string, codes []string) error {
	if len(codes) == 0 {
		return nil
	}
	return s.write(ctx, "record printed labels", func(tx *sql.Tx) error {
		now, by := fmtTime(s.now()), s.Actor().Label()
		st, err := tx.Prepare(`INSERT INTO printed(kind, code, template, at, "by") VALUES (?,?,?,?,?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, c := range codes {
			if _, err := st.Exec(kind, strings.TrimSpace(c), template, now, by); err != nil {
				return err
			}
		}
		return nil
	})
}

// LastPrinted maps each code of kind that was ever printed to the last
// time it was.
func (s *Store) LastPrinted(ctx context.Context, kind string) (map[string]time.Time, error) {
	out := map[string]time.Time{}
	err := s.read(ctx, "read printed labels", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT code, max(at) FROM printed WHERE kind=? GROUP BY code", kind)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var code, at string
			if err := rows.Scan(&code, &at); err != nil {
				return err
			}
			out[code] = parseTime(at)
		}
		return rows.Err()
	})
	return out, err
}

// PrintHistory lists every printing of one record's label, newest first.
func (s *Store) PrintHistory(ctx context.Context, kind, code string) ([]Printed, error) {
	var out []Printed
	err := s.read(ctx, "read printed labels", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT kind, code, template, at, "by" FROM printed
			WHERE kind=? AND code=? ORDER BY at DESC, id DESC`, kind, code)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var p Printed
			var at string
			if err := rows.Scan(&p.Kind, &p.Code, &p.Template, &at, &p.By); err != nil {
				return err
			}
			p.At = parseTime(at)
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, err
}
