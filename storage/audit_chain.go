package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// chainSchema is the migration that gave audit rows their hash.
const chainSchema = 10

func init() { seedSteps[chainSchema] = func(_ *Store, tx *sql.Tx) error { return rechainAudit(tx) } }

// auditRow is the content of one audit row that its hash covers.
type auditRow struct {
	ID                               int64
	At, Login, Clerk, Entity, Action string
	EntityID                         int64
	Before, After                    sql.NullString
	hash                             string
}

// chainHash is SHA-256 over the previous row's hash and this row's
// content as a JSON array: unambiguous (NULL is not ""), and any change to
// a field, or to the row before, changes it.
func chainHash(prev string, r auditRow) string {
	nullable := func(ns sql.NullString) any {
		if ns.Valid {
			return ns.String
		}
		return nil
	}
	content, _ := json.Marshal([]any{r.ID, r.At, r.Login, r.Clerk, r.Entity, r.EntityID, r.Action,
		nullable(r.Before), nullable(r.After)})
	sum := sha256.Sum256(append([]byte(prev+"\n"), content...))
	return hex.EncodeToString(sum[:])
}

// insertAudit appends r to the chain inside the caller's write transaction.
// BEGIN IMMEDIATE holds the write lock, so no other PC can append between
// reading the head and writing the row; the id is given explicitly because
// the hash covers it. Before migration 0010 (seed steps of older
// migrations) the row is written plain and chained by that migration.
func (s *Store) insertAudit(tx *sql.Tx, r auditRow) error {
	if s.schema < chainSchema {
		_, err := tx.Exec(`INSERT INTO audit(at, login, clerk, entity, entity_id, action, before, after)
			VALUES (?,?,?,?,?,?,?,?)`, r.At, r.Login, r.Clerk, r.Entity, r.EntityID, r.Action, r.Before, r.After)
		return err
	}
	var prevID int64
	var prev string
	err := tx.QueryRow("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").Scan(&prevID, &prev)
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	r.ID = prevID + 1
	h := chainHash(prev, r)
	if _, err := tx.Exec(`INSERT INTO audit(id, at, login, clerk, entity, entity_id, action, before, after, hash)
		VALUES (?,?,?,?,?,?,?,?,?,?)`, r.ID, r.At, r.Login, r.Clerk, r.Entity, r.EntityID, r.Action, r.Before, r.After, h); err != nil {
		return err
	}
	return setAuditHead(tx, r.ID, h)
}

func setAuditHead(tx *sql.Tx, id int64, hash string) error {
	_, err := tx.Exec(`INSERT INTO audit_head(id, last_id, last_hash) VALUES (1, ?, ?)
		ON CONFLICT(id) DO UPDATE SET last_id=excluded.last_id, last_hash=excluded.last_hash`, id, hash)
	return err
}

// rechainAudit hashes every existing row in id order (migration 0010), a
// batch at a time so a long-used database's audit log is never all in
// memory at once.
func rechainAudit(tx *sql.Tx) error {
	prev, last := "", int64(0)
	for {
		rows, err := readAuditRows(tx, last, 5000)
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			return setAuditHead(tx, last, prev)
		}
		for _, r := range rows {
			prev, last = chainHash(prev, r), r.ID
			if _, err := tx.Exec("UPDATE audit SET hash=? WHERE id=?", prev, r.ID); err != nil {
				return err
			}
		}
	}
}

// readAuditRows reads up to limit rows after id after, in id order.
func readAuditRows(tx *sql.Tx, after int64, limit int) ([]auditRow, error) {
	rows, err := tx.Query(`SELECT id, at, login, clerk, entity, entity_id, action, before, after, hash
		FROM audit WHERE id > ? ORDER BY id LIMIT ?`, after, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []auditRow
	for rows.Next() {
		var r auditRow
		if err := rows.Scan(&r.ID, &r.At, &r.Login, &r.Clerk, &r.Entity, &r.EntityID, &r.Action,
			&r.Before, &r.After, &r.hash); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// CheckAuditChain walks the audit log and names every row whose content
// no longer matches its hash (edited outside Rapi) and every gap in the ids
// or missing tail (rows deleted outside Rapi). Rapi itself never changes
// or deletes an audit row.
func (s *Store) CheckAuditChain(ctx context.Context) ([]string, error) {
	if s.schema < chainSchema {
		return nil, nil
	}
	var problems []string
	err := s.read(ctx, "check audit log", func(tx *sql.Tx) error {
		var w chainWalk
		for {
			rows, err := readAuditRows(tx, w.lastID, 5000)
			if err != nil {
				return err
			}
			if len(rows) == 0 {
				break
			}
			w.walk(rows)
		}
		problems = w.problems
		var headID int64
		var headHash string
		err := tx.QueryRowContext(ctx, "SELECT last_id, last_hash FROM audit_head WHERE id=1").Scan(&headID, &headHash)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		problems = append(problems, checkTail(w.lastID, w.lastHash, headID, headHash)...)
		return nil
	})
	return problems, err
}

// chainWalk verifies the audit rows batch by batch. After a problem the
// walk continues from the stored hash, so one edited row is reported once
// rather than making every later row look edited.
type chainWalk struct {
	lastID   int64
	lastHash string
	problems []string
}

func (w *chainWalk) walk(rows []auditRow) {
	for _, r := range rows {
		switch {
		case w.lastID > 0 && r.ID != w.lastID+1:
			w.problems = append(w.problems, deletedMsg(w.lastID+1, r.ID-1))
		case w.lastID == 0 && r.ID != 1 && chainHash("", r) != r.hash:
			// A chain may start above 1 (rows purged before 0010), but
			// then its first row verifies against the empty hash.
			w.problems = append(w.problems, deletedMsg(1, r.ID-1))
		case chainHash(w.lastHash, r) != r.hash:
			w.problems = append(w.problems, fmt.Sprintf("audit row %d was changed outside Rapi", r.ID))
		}
		w.lastID, w.lastHash = r.ID, r.hash
	}
}

// checkTail compares the last row with audit_head: a deleted last row
// leaves no gap for the walk to see.
func checkTail(lastID int64, lastHash string, headID int64, headHash string) []string {
	switch {
	case headID > lastID:
		return []string{deletedMsg(lastID+1, headID)}
	case headID == lastID && headHash != lastHash:
		return []string{fmt.Sprintf("audit row %d was changed outside Rapi", lastID)}
	case headID < lastID:
		return []string{fmt.Sprintf("audit rows %d to %d were added outside Rapi", headID+1, lastID)}
	}
	return nil
}

func deletedMsg(from, to int64) string {
	if from == to {
		return fmt.Sprintf("audit row %d was deleted outside Rapi", from)
	}
	return fmt.Sprintf("audit rows %d to %d were deleted outside Rapi", from, to)
}
