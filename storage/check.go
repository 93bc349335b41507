package storage

import (
	"context"
	"database/sql"
	"fmt"
)

// QuickCheck runs PRAGMA quick_check. It reads the whole file, so the app
// runs it in the background. It returns the problems found; none is ok.
func (s *Store) QuickCheck(ctx context.Context) ([]string, error) {
	return s.pragmaCheck(ctx, "PRAGMA quick_check")
}

// CheckReport is what `rapictl check` finds, by kind, because each kind
// asks for a different remedy: damaged pages for restoring a backup,
// audit findings for asking who opened the file with another tool.
type CheckReport struct {
	Pages       []string // PRAGMA integrity_check: the file is damaged
	ForeignKeys []string // rows pointing to missing rows
	Audit       []string // audit rows edited or deleted outside Rapi
	Schema      string   // the file needs a newer Rapi
}

// All lists every problem of the report, damage first.
func (r CheckReport) All() []string {
	out := append(append(append([]string(nil), r.Pages...), r.ForeignKeys...), r.Audit...)
	if r.Schema != "" {
		out = append(out, r.Schema)
	}
	return out
}

// FullCheck runs the integrity check, the foreign-key check, the audit
// chain check and the schema check that `rapictl check` reports.
func (s *Store) FullCheck(ctx context.Context) ([]string, error) {
	r, err := s.Check(ctx)
	if err != nil {
		return nil, err
	}
	return r.All(), nil
}

// Check is FullCheck with the problems sorted by kind.
func (s *Store) Check(ctx context.Context) (CheckReport, error) {
	var r CheckReport
	var err error
	if r.Pages, err = s.pragmaCheck(ctx, "PRAGMA integrity_check"); err != nil {
		return r, err
	}
	if r.ForeignKeys, err = s.foreignKeyCheck(ctx); err != nil {
		return r, err
	}
	if r.Audit, err = s.CheckAuditChain(ctx); err != nil {
		return r, err
	}
	if s.ReadOnly() {
		r.Schema = fmt.Sprintf("schema version %d is newer than this Rapi (%d): update Rapi", s.schema, LatestSchema())
	}
	return r, nil
}

func (s *Store) foreignKeyCheck(ctx context.Context) ([]string, error) {
	var problems []string
	err := s.read(ctx, "check foreign keys", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var table, parent string
			var rowid sql.NullInt64
			var fk int
			if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
				return err
			}
			problems = append(problems, fmt.Sprintf("%s row %d points to a missing %s", table, rowid.Int64, parent))
		}
		return rows.Err()
	})
	return problems, err
}

func (s *Store) pragmaCheck(ctx context.Context, pragma string) ([]string, error) {
	var problems []string
	err := s.read(ctx, "check database", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, pragma)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				return err
			}
			if line != "ok" {
				problems = append(problems, line)
			}
		}
		return rows.Err()
	})
	return problems, err
}
