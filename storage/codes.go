package storage

import (
	"context"
	"database/sql"
	"fmt"

	"rapi/model"
)

// CodeRef is one row of the code registry: which record a label code
// belongs to. EntityID is 0 while the code is allocated but its record
// not yet saved.
type CodeRef struct {
	Code     string
	Kind     model.CodeKind
	EntityID int64
}

// AllocateCode hands out the next free code of kind in its own short
// write transaction and reserves it (EntityID 0). Two PCs allocating at
// the same moment never get the same code. Code that creates a record
// should rather call allocateCodeTx inside its own transaction.
func (s *Store) AllocateCode(ctx context.Context, kind model.CodeKind) (string, error) {
	var code string
	err := s.write(ctx, "allocate code", func(tx *sql.Tx) error {
		var err error
		code, err = allocateCodeTx(ctx, tx, kind, 0)
		return err
	})
	return code, err
}

// allocateCodeTx is AllocateCode for storage code that creates a record:
// call it inside the write transaction that inserts the record (pass its
// id, or 0 and bindCodeTx after the insert). The counter row is updated
// in that transaction, which s.write began with BEGIN IMMEDIATE, so the
// database lock orders concurrent allocations. A number whose code was
// already taken (typed by hand, imported) is skipped.
func allocateCodeTx(ctx context.Context, tx *sql.Tx, kind model.CodeKind, entityID int64) (string, error) {
	if !kind.Valid() {
		return "", fmt.Errorf("allocate code: unknown kind %q", kind)
	}
	for range 1000 {
		var seq int64
		err := tx.QueryRowContext(ctx, `INSERT INTO code_counter(kind, last) VALUES (?, 1)
			ON CONFLICT(kind) DO UPDATE SET last = last + 1 RETURNING last`, string(kind)).Scan(&seq)
		if err != nil {
			return "", err
		}
		code := model.FormatCode(kind, seq)
		if code == "" {
			return "", fmt.Errorf("allocate code: %s sequence exhausted", kind)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO code_registry(code, kind, entity_id) VALUES (?,?,?)
			ON CONFLICT(code) DO NOTHING`, code, string(kind), nullID(entityID))
		if err != nil {
			return "", err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			return code, nil
		}
	}
	return "", fmt.Errorf("allocate code: no free %s code in 1000 tries", kind)
}

// registerCodeTx records that code (typed by hand, a legacy number turned
// into a label, or one allocated earlier with entity 0) belongs to the
// record kind/entityID. A code held by another record gives a
// *model.InvalidError with reason "error.code_taken".
func registerCodeTx(ctx context.Context, tx *sql.Tx, code string, kind model.CodeKind, entityID int64) error {
	code = model.NormalizeCode(code)
	if !model.ValidCode(code) {
		return model.Invalid("code", code, "error.code_format")
	}
	res, err := tx.ExecContext(ctx, `UPDATE code_registry SET entity_id = ?
		WHERE code = ? AND kind = ? AND (entity_id IS NULL OR entity_id = ?)`,
		nullID(entityID), code, string(kind), entityID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return nil
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO code_registry(code, kind, entity_id) VALUES (?,?,?)`,
		code, string(kind), nullID(entityID))
	if isCodeTaken(err) {
		return model.Invalid("code", code, "error.code_taken")
	}
	return err
}

// unregisterCodeTx frees code if kind/entityID holds it (the record was
// removed for good, or took another code).
func unregisterCodeTx(ctx context.Context, tx *sql.Tx, code string, kind model.CodeKind, entityID int64) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM code_registry WHERE code = ? AND kind = ? AND entity_id IS ?`,
		model.NormalizeCode(code), string(kind), nullID(entityID))
	return err
}

// LookupCode finds which record a scanned or typed code belongs to. An
// unknown code gives an error wrapping model.ErrNotFound.
func (s *Store) LookupCode(ctx context.Context, code string) (CodeRef, error) {
	ref := CodeRef{Code: model.NormalizeCode(code)}
	err := s.read(ctx, "look up code", func(tx *sql.Tx) error {
		var kind string
		var id sql.NullInt64
		err := tx.QueryRowContext(ctx, "SELECT kind, entity_id FROM code_registry WHERE code = ?", ref.Code).Scan(&kind, &id)
		ref.Kind, ref.EntityID = model.CodeKind(kind), id.Int64
		return err
	})
	return ref, err
}

// allocateCodeBlockTx hands out n consecutive sequence numbers of kind in
// one counter update (bulk creation such as the demo data) and returns the
// first. The caller registers the codes it used with registerRowCodesTx.
func allocateCodeBlockTx(ctx context.Context, tx *sql.Tx, kind model.CodeKind, n int) (int64, error) {
	if !kind.Valid() || n < 1 {
		return 0, fmt.Errorf("allocate codes: kind %q, %d codes", kind, n)
	}
	var last int64
	err := tx.QueryRowContext(ctx, `INSERT INTO code_counter(kind, last) VALUES (?, ?)
		ON CONFLICT(kind) DO UPDATE SET last = last + excluded.last RETURNING last`, string(kind), n).Scan(&last)
	return last - int64(n) + 1, err
}

// registerRowCodesTx registers, in one statement, the codes of the rows
// fromID..toID of table (made in bulk with codes from allocateCodeBlockTx)
// to those rows. A row whose code another record holds (typed by hand)
// gets the next free code of kind instead.
func registerRowCodesTx(ctx context.Context, tx *sql.Tx, kind model.CodeKind, table string, fromID, toID int64) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO code_registry(code, kind, entity_id)
		SELECT code, ?, id FROM `+table+` WHERE id BETWEEN ? AND ? ORDER BY id
		ON CONFLICT(code) DO NOTHING`, string(kind), fromID, toID); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT t.id FROM `+table+` t JOIN code_registry r ON r.code = t.code
		WHERE t.id BETWEEN ? AND ? AND (r.kind <> ? OR r.entity_id IS NOT t.id)`, fromID, toID, string(kind))
	if err != nil {
		return err
	}
	var clash []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		clash = append(clash, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range clash {
		code, err := allocateCodeTx(ctx, tx, kind, id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE "+table+" SET code=? WHERE id=?", code, id); err != nil {
			return err
		}
	}
	return nil
}
