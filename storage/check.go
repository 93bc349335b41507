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

// FullCheck runs the integrity check, the foreign-key check and the
// schema check that `rapictl check` reports.
func (s *Store) FullCheck(ctx context.Context) ([]string, error) {
	problems, err := s.pragmaCheck(ctx, "PRAGMA integrity_check")
	if err != nil {
		return nil, err
	}
	err = s.read(ctx, "check foreign keys", func(tx *sql.Tx) error {
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
	if err != nil {
		return nil, err
	}
	chain, err := s.CheckAuditChain(ctx)
	if err != nil {
		return nil, err
	}
	problems = append(problems, chain...)
	if s.ReadOnly() {
		problems = append(problems, fmt.Sprintf("schema version %d is newer than this Rapi (%d): update Rapi", s.schema, LatestSchema()))
	}
	return problems, nil
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
