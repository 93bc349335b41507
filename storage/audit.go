package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"rapi/model"
)

// Audit actions.
const (
	ActCreate  = "create"
	ActUpdate  = "update"
	ActDelete  = "delete"
	ActRestore = "restore"
	ActPurge   = "purge"
	ActSetting = "setting"
)

// AuditEntry is one recorded change.
type AuditEntry struct {
	ID       int64
	At       time.Time
	Login    string
	Clerk    string
	Entity   string
	EntityID int64
	Action   string
	Before   string // JSON, empty for a create
	After    string // JSON, empty for a purge
}

// audit writes one audit row inside the caller's transaction, so the
// change and its record commit or fail together.
func (s *Store) audit(tx *sql.Tx, entity string, id int64, action string, before, after any) error {
	a := s.Actor()
	return s.insertAudit(tx, auditRow{At: fmtTime(s.now()), Login: a.Login, Clerk: a.Name, Entity: entity,
		EntityID: id, Action: action, Before: nullString(jsonOrNull(before)), After: nullString(jsonOrNull(after))})
}

func nullString(v any) sql.NullString {
	s, ok := v.(string)
	return sql.NullString{String: s, Valid: ok}
}

func jsonOrNull(v any) any {
	if v == nil {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return string(b)
}

// History lists the audit rows of one record, oldest first.
func (s *Store) History(ctx context.Context, entity string, id int64) ([]AuditEntry, error) {
	var out []AuditEntry
	err := s.read(ctx, "read history", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, at, login, clerk, entity, entity_id, action,
			coalesce(before,''), coalesce(after,'') FROM audit WHERE entity=? AND entity_id=? ORDER BY id`, entity, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var e AuditEntry
			var at string
			if err := rows.Scan(&e.ID, &at, &e.Login, &e.Clerk, &e.Entity, &e.EntityID, &e.Action, &e.Before, &e.After); err != nil {
				return err
			}
			e.At = parseTime(at)
			out = append(out, e)
		}
		return rows.Err()
	})
	return out, err
}

// LastAuditID is the audit high-water mark: it grows with every change
// made by any PC.
func (s *Store) LastAuditID(ctx context.Context) (int64, error) {
	var id int64
	err := s.read(ctx, "read audit mark", func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT coalesce(max(id),0) FROM audit").Scan(&id)
	})
	return id, err
}

const timeLayout = "2006-01-02T15:04:05.000Z07:00"

func fmtTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(timeLayout, s)
	return t
}

func parseTimePtr(ns sql.NullString) *time.Time {
	if !ns.Valid || ns.String == "" {
		return nil
	}
	t := parseTime(ns.String)
	return &t
}

// row versions -------------------------------------------------------------

// checkVersion loads the version of a row and compares it with the one the
// caller read. A mismatch is a ConflictError naming who changed it last.
func checkVersion(tx *sql.Tx, table string, id, want int64) error {
	var v int64
	var by, at string
	err := tx.QueryRow("SELECT version, updated_by, updated_at FROM "+table+" WHERE id=?", id).Scan(&v, &by, &at)
	if err == sql.ErrNoRows {
		return model.ErrNotFound
	}
	if err != nil {
		return err
	}
	if v != want {
		return &model.ConflictError{Entity: table, ID: id, By: by, At: parseTime(at)}
	}
	return nil
}
