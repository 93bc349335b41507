package storage

import (
	"context"
	"database/sql"

	"rapi/model"
)

// scanRow is what both *sql.Row and *sql.Rows offer a scan function.
type scanRow = interface{ Scan(...any) error }

// queryAll runs a query in tx and scans every row with scan: one place
// for the close and error checks every list reader needs.
func queryAll[T any](tx *sql.Tx, scan func(scanRow) (T, error), query string, args ...any) ([]T, error) {
	rows, err := tx.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// queryOne scans the single row of a query in tx; no row gives
// model.ErrNotFound, so callers can tell a missing record from a failure.
func queryOne[T any](tx *sql.Tx, scan func(scanRow) (T, error), query string, args ...any) (T, error) {
	v, err := scan(tx.QueryRow(query, args...))
	if err == sql.ErrNoRows {
		err = model.ErrNotFound
	}
	return v, err
}

// readValue runs fn in one read transaction and hands back its value.
func readValue[T any](ctx context.Context, s *Store, what string, fn func(tx *sql.Tx) (T, error)) (T, error) {
	var v T
	err := s.read(ctx, what, func(tx *sql.Tx) error {
		var err error
		v, err = fn(tx)
		return err
	})
	return v, err
}
