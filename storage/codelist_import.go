package storage

import (
	"context"
	"database/sql"
	"strings"

	"rapi/storage/sheet"
)

// ImportCodeListOptions steer a code list import (ImportKlasifikasi,
// ImportKodeBarang).
type ImportCodeListOptions struct {
	Sheet  string // "" = the active sheet
	DryRun bool   // read, check and count; write nothing
	PIN    string // the admin PIN, checked inside the transaction
}

// ImportCodeListReport says what a code list import did (or, dry or
// blocked, would do).
type ImportCodeListReport struct {
	Read                                  *sheet.Result
	Created, Updated, Unchanged, Rejected int
	Written                               bool // false for a dry run and when rows were rejected
}

// OK reports whether every row was accepted.
func (r *ImportCodeListReport) OK() bool { return r.Read != nil && r.Read.OK() }

// codeList is what one code list import has of its own: its sheet, how
// a row reads (R), how the rows merge with the codes Rapi has (the plan
// counts the outcome and returns the codes K to write) and how one code
// is written.
type codeList[R, K any] struct {
	what   string // the transactions' name: "klasifikasi", "kode barang"
	table  string // the audit row's table
	schema sheet.Schema
	parse  func(rec sheet.Record) (R, []sheet.Problem)
	plan   func(ctx context.Context, tx *sql.Tx, rows []R, rep *ImportCodeListReport) ([]K, error)
	put    func(ctx context.Context, tx *sql.Tx, k *K) error
}

// importCodeList reads a code list from an .xlsx or .csv file and saves
// it with the admin PIN, all or nothing: every row is checked before
// anything is written, one bad row writes nothing and the report names
// each bad row and column. The plan runs again inside the write, so the
// counts are those of what was written.
func importCodeList[R, K any](ctx context.Context, s *Store, file string, opt ImportCodeListOptions, c codeList[R, K]) (*ImportCodeListReport, error) {
	check := func(rec sheet.Record) []sheet.Problem {
		_, probs := c.parse(rec)
		return probs
	}
	res, err := sheet.Read(file, c.schema, sheet.Options{Sheet: opt.Sheet, Check: check})
	if err != nil {
		return nil, err
	}
	rep := &ImportCodeListReport{Read: res, Rejected: len(res.Rejected)}
	rows := make([]R, 0, len(res.Records))
	for _, rec := range res.Records {
		r, _ := c.parse(rec)
		rows = append(rows, r)
	}
	plan := func(tx *sql.Tx) ([]K, error) {
		if err := s.requireAdmin(tx, opt.PIN); err != nil {
			return nil, err
		}
		return c.plan(ctx, tx, rows, rep)
	}
	if !res.OK() || opt.DryRun {
		if err := s.read(ctx, "plan "+c.what+" import", func(tx *sql.Tx) error {
			_, err := plan(tx)
			return err
		}); err != nil {
			return nil, err
		}
		return rep, nil
	}
	err = s.write(ctx, "import "+c.what, func(tx *sql.Tx) error {
		rep.Created, rep.Updated, rep.Unchanged = 0, 0, 0
		todo, err := plan(tx)
		if err != nil {
			return err
		}
		for i := range todo {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := c.put(ctx, tx, &todo[i]); err != nil {
				return err
			}
		}
		return s.audit(tx, c.table, 0, ActUpdate, nil, map[string]any{"import": file,
			"created": rep.Created, "updated": rep.Updated, "unchanged": rep.Unchanged})
	})
	if err != nil {
		return nil, err
	}
	rep.Written = true
	return rep, nil
}

// codesByKey reads every code of a code list table (those in the bin
// too: an import brings them back) by its key, for a plan to merge with.
func codesByKey[C comparable, K any](ctx context.Context, tx *sql.Tx, query string,
	scan func(row interface{ Scan(...any) error }) (K, error), key func(*K) C) (map[C]K, error) {
	q, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	have := map[C]K{}
	for q.Next() {
		k, err := scan(q)
		if err != nil {
			return nil, err
		}
		have[key(&k)] = k
	}
	return have, q.Err()
}

// tally counts one planned code and says whether to write it: an
// unchanged one is not written again.
func (r *ImportCodeListReport) tally(found, unchanged bool) (write bool) {
	switch {
	case unchanged:
		r.Unchanged++
		return false
	case found:
		r.Updated++
	default:
		r.Created++
	}
	return true
}

// cellText is a text cell of a row, trimmed ("" when empty).
func cellText(rec sheet.Record, key string) string {
	s, _ := rec.Values[key].(string)
	return strings.TrimSpace(s)
}
