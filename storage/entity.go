package storage

import (
	"context"
	"database/sql"
	"strings"

	"rapi/model"
)

// entity describes one versioned table so that one helper gives it the
// shared-drive skeleton: create, update at a version (a *model.ConflictError
// when another PC saved first), soft delete and restore, each in one write
// transaction with its audit row. A new entity (an asset, a meeting) is
// one of these: its table, its editable columns and its rules.
type entity[T any] struct {
	table    string                                // the table, also the audit log's name for it
	cols     []string                              // the editable columns, without the meta columns
	values   func(r *T) []any                      // r's values for cols, in order
	load     func(tx *sql.Tx, id int64) (T, error) // one row, deleted or not
	meta     func(r *T) *model.Meta
	validate func(r *T) error
	// code, when set, says the records carry a label code of this kind,
	// held in the code registry: an empty code is allocated on create,
	// a changed one registered (refused when taken) and the old freed.
	code   model.CodeKind
	codeOf func(r *T) *string
	// unique turns a write refused by a unique column (a taken code or
	// name) into the field error the clerk can act on; nil for any other error.
	unique func(err error, r *T) error
	// check runs the rules that need the database, inside the write
	// transaction and before it (old is nil on create).
	check func(s *Store, tx *sql.Tx, r, old *T) error
	// then runs after the row is written, before it is read back (old is
	// nil on create): what follows from the change, such as a box's files
	// following it to another place.
	then func(s *Store, tx *sql.Tx, r, old *T) error
}

// create validates r, inserts it, and fills r with the saved row.
func (e *entity[T]) create(ctx context.Context, s *Store, r *T) error {
	allocate := e.code != "" && model.NormalizeCode(*e.codeOf(r)) == ""
	if err := e.validateNew(r, allocate); err != nil {
		return err
	}
	return s.write(ctx, "create "+e.table, func(tx *sql.Tx) error {
		if err := e.run(e.check, s, tx, r, nil); err != nil {
			return err
		}
		return e.insert(ctx, s, tx, r, allocate)
	})
}

// insert writes the new row (with an allocated code when allocate) and
// its audit row. On failure r keeps the code the clerk gave.
func (e *entity[T]) insert(ctx context.Context, s *Store, tx *sql.Tx, r *T, allocate bool) (err error) {
	if allocate {
		code, err := allocateCodeTx(ctx, tx, e.code, 0)
		if err != nil {
			return err
		}
		*e.codeOf(r) = code
		defer func() {
			if err != nil {
				*e.codeOf(r) = ""
			}
		}()
	}
	now, by := fmtTime(s.now()), s.Actor().Label()
	res, err := tx.Exec("INSERT INTO "+e.table+"("+strings.Join(e.cols, ", ")+", created_at, created_by, updated_at, updated_by) VALUES ("+
		inList(len(e.cols)+4)+")", append(e.values(r), now, by, now, by)...)
	if err != nil {
		return e.mapUnique(err, r)
	}
	id, _ := res.LastInsertId()
	if e.code != "" {
		if err := registerCodeTx(ctx, tx, *e.codeOf(r), e.code, id); err != nil {
			return err
		}
	}
	e.meta(r).ID = id
	if err := e.run(e.then, s, tx, r, nil); err != nil {
		return err
	}
	return e.finish(s, tx, r, nil, id, ActCreate)
}

// validateNew validates a new record; a code still to be allocated is
// stood in for by the kind's first code, so validation only judges the rest.
func (e *entity[T]) validateNew(r *T, allocate bool) error {
	if !allocate {
		return e.validate(r)
	}
	*e.codeOf(r) = model.FormatCode(e.code, 1)
	err := e.validate(r)
	*e.codeOf(r) = ""
	return err
}

// update saves r, read at its version, and fills r with the saved row.
func (e *entity[T]) update(ctx context.Context, s *Store, r *T) error {
	if err := e.validate(r); err != nil {
		return err
	}
	return s.write(ctx, "update "+e.table, func(tx *sql.Tx) error { return e.updateTx(ctx, s, tx, r) })
}

// updateTx is update inside a write transaction the caller began (r
// already validated): for writes that do more in the same transaction.
func (e *entity[T]) updateTx(ctx context.Context, s *Store, tx *sql.Tx, r *T) error {
	m := e.meta(r)
	if err := checkVersion(tx, e.table, m.ID, m.Version); err != nil {
		return err
	}
	old, err := e.load(tx, m.ID)
	if err != nil {
		return err
	}
	if err := e.run(e.check, s, tx, r, &old); err != nil {
		return err
	}
	if err := e.recode(ctx, tx, r, &old); err != nil {
		return err
	}
	now, by := fmtTime(s.now()), s.Actor().Label()
	_, err = tx.Exec("UPDATE "+e.table+" SET "+strings.Join(e.cols, "=?, ")+"=?, version=version+1, updated_at=?, updated_by=? WHERE id=?",
		append(e.values(r), now, by, m.ID)...)
	if err != nil {
		return e.mapUnique(err, r)
	}
	if err := e.run(e.then, s, tx, r, &old); err != nil {
		return err
	}
	return e.finish(s, tx, r, &old, m.ID, ActUpdate)
}

// recode registers a changed code before freeing the old one, so a code
// that is refused leaves the old in place.
func (e *entity[T]) recode(ctx context.Context, tx *sql.Tx, r, old *T) error {
	if e.code == "" || *e.codeOf(old) == *e.codeOf(r) {
		return nil
	}
	id := e.meta(r).ID
	if err := registerCodeTx(ctx, tx, *e.codeOf(r), e.code, id); err != nil {
		return err
	}
	return unregisterCodeTx(ctx, tx, *e.codeOf(old), e.code, id)
}

// finish reads the written row back into r and writes the audit row.
func (e *entity[T]) finish(s *Store, tx *sql.Tx, r, old *T, id int64, act string) error {
	saved, err := e.load(tx, id)
	if err != nil {
		return err
	}
	*r = saved
	var before any
	if old != nil {
		before = *old
	}
	return s.audit(tx, e.table, id, act, before, saved)
}

func (e *entity[T]) run(hook func(*Store, *sql.Tx, *T, *T) error, s *Store, tx *sql.Tx, r, old *T) error {
	if hook == nil {
		return nil
	}
	return hook(s, tx, r, old)
}

func (e *entity[T]) mapUnique(err error, r *T) error {
	if e.unique != nil {
		if ie := e.unique(err, r); ie != nil {
			return ie
		}
	}
	return err
}

// codeTaken is the unique hook of a table whose code column refuses a
// code another record holds.
func codeTaken[T any](taken func(error) bool, codeOf func(r *T) *string) func(error, *T) error {
	return func(err error, r *T) error {
		if taken(err) {
			return model.Invalid("code", *codeOf(r), "error.code_taken")
		}
		return nil
	}
}

// remove moves a row read at version into the bin.
func (e *entity[T]) remove(ctx context.Context, s *Store, id, version int64) error {
	return s.softDelete(ctx, e.table, id, version, e.loader)
}

// restore takes a row out of the bin.
func (e *entity[T]) restore(ctx context.Context, s *Store, id int64) error {
	return s.restore(ctx, e.table, id, e.loader)
}

// loader is load for the audit helpers that take any record.
func (e *entity[T]) loader(tx *sql.Tx, id int64) (any, error) { return e.load(tx, id) }
