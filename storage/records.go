package storage

import (
	"context"
	"database/sql"
	"fmt"

	"rapi/model"
)

// loader reads one record of a table inside a transaction, for the audit
// log's before/after images.
type loader func(tx *sql.Tx, id int64) (any, error)

// softDelete marks a row deleted after checking its version; the row stays
// in the file and restore brings it back.
func (s *Store) softDelete(ctx context.Context, table string, id, version int64, load loader) error {
	return s.write(ctx, "delete "+table, func(tx *sql.Tx) error { return s.softDeleteTx(tx, table, id, version, load) })
}

// softDeleteTx is softDelete inside a write transaction the caller began.
func (s *Store) softDeleteTx(tx *sql.Tx, table string, id, version int64, load loader) error {
	if err := checkVersion(tx, table, id, version); err != nil {
		return err
	}
	before, err := load(tx, id)
	if err != nil {
		return err
	}
	now, by := fmtTime(s.now()), s.Actor().Label()
	if _, err := tx.Exec("UPDATE "+table+" SET deleted_at=?, version=version+1, updated_at=?, updated_by=? WHERE id=?",
		now, now, by, id); err != nil {
		return err
	}
	return s.audit(tx, table, id, ActDelete, before, nil)
}

// restore takes a soft-deleted row out of the bin.
func (s *Store) restore(ctx context.Context, table string, id int64, load loader) error {
	return s.write(ctx, "restore "+table, func(tx *sql.Tx) error { return s.restoreTx(tx, table, id, load) })
}

// restoreTx is restore inside a write transaction the caller began.
func (s *Store) restoreTx(tx *sql.Tx, table string, id int64, load loader) error {
	now, by := fmtTime(s.now()), s.Actor().Label()
	res, err := tx.Exec("UPDATE "+table+" SET deleted_at=NULL, version=version+1, updated_at=?, updated_by=? WHERE id=? AND deleted_at IS NOT NULL",
		now, by, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return model.ErrNotFound
	}
	after, err := load(tx, id)
	if err != nil {
		return err
	}
	return s.audit(tx, table, id, ActRestore, nil, after)
}

// purge removes a soft-deleted row for good. It needs the admin PIN; the
// audit row keeps the last image of the record.
func (s *Store) purge(ctx context.Context, table string, id int64, pin string, load loader) error {
	return s.write(ctx, "purge "+table, func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		before, err := load(tx, id)
		if err != nil {
			return err
		}
		res, err := tx.Exec("DELETE FROM "+table+" WHERE id=? AND deleted_at IS NOT NULL", id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("only a deleted record can be purged: %w", model.ErrNotFound)
		}
		return s.audit(tx, table, id, ActPurge, before, nil)
	})
}

// metaCols is the column list every editable table shares, in the order
// metaScan.dest expects.
const metaCols = "id, version, created_at, created_by, updated_at, updated_by, deleted_at"

type metaScan struct {
	m                *model.Meta
	created, updated string
	deleted          sql.NullString
}

func newMetaScan(m *model.Meta) *metaScan { return &metaScan{m: m} }

func (ms *metaScan) dest() []any {
	return []any{&ms.m.ID, &ms.m.Version, &ms.created, &ms.m.CreatedBy, &ms.updated, &ms.m.UpdatedBy, &ms.deleted}
}

func (ms *metaScan) finish() {
	ms.m.CreatedAt = parseTime(ms.created)
	ms.m.UpdatedAt = parseTime(ms.updated)
	ms.m.DeletedAt = parseTimePtr(ms.deleted)
}
