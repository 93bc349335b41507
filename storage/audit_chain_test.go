package storage

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"rapi/model"
)

// auditedStore has five audit rows made through Rapi.
func auditedStore(t *testing.T) *Store {
	s, _ := openTemp(t, "Siti")
	p := model.Place{Kind: model.PlaceRak, Name: "Rak 1", Code: "R-1"}
	must(t, s.CreatePlace(ctx, &p))
	for _, name := range []string{"Rak Satu", "Rak 1A", "Rak 1B"} {
		p.Name = name
		must(t, s.UpdatePlace(ctx, &p))
	}
	must(t, s.DeletePlace(ctx, p.ID, p.Version))
	return s
}

func auditProblems(t *testing.T, s *Store) string {
	t.Helper()
	problems, err := s.FullCheck(ctx)
	must(t, err)
	return strings.Join(problems, "\n")
}

func TestAuditChainUntouchedIsClean(t *testing.T) {
	s := auditedStore(t)
	if p := auditProblems(t, s); p != "" {
		t.Fatalf("untouched database reports: %s", p)
	}
}

// A clerk with a DB browser on the share rewrites who made a change.
func TestAuditChainReportsEditedRow(t *testing.T) {
	s := auditedStore(t)
	id := lastAuditID(t, s) - 2
	mustExec(t, s, "UPDATE audit SET clerk='Budi' WHERE id=?", id)
	p := auditProblems(t, s)
	if !strings.Contains(p, "audit row "+itoa(id)+" was changed outside Rapi") || strings.Count(p, "\n") != 0 {
		t.Fatalf("edited row %d: got %q", id, p)
	}
}

func TestAuditChainReportsDeletedRows(t *testing.T) {
	s := auditedStore(t)
	last := lastAuditID(t, s)
	mustExec(t, s, "DELETE FROM audit WHERE id=?", last-2)
	if p := auditProblems(t, s); !strings.Contains(p, "audit row "+itoa(last-2)+" was deleted outside Rapi") {
		t.Fatalf("deleted row %d: got %q", last-2, p)
	}
	mustExec(t, s, "DELETE FROM audit WHERE id=?", last)
	if p := auditProblems(t, s); !strings.Contains(p, "audit row "+itoa(last)+" was deleted outside Rapi") {
		t.Fatalf("deleted last row %d: got %q", last, p)
	}
}

// Rows written before migration 0010 are chained by it, in order, and the
// chain continues with the next change.
func TestAuditChainBackfilledByMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rapi.db")
	createAtSchema(t, path, chainSchema-1, func(s *Store) {
		p := model.Place{Kind: model.PlaceRak, Name: "Rak Lama", Code: "R-9"}
		must(t, s.CreatePlace(ctx, &p))
		p.Name = "Rak Lama 2"
		must(t, s.UpdatePlace(ctx, &p))
	})
	s := openAt(t, path, "Siti", Options{})
	var unhashed int
	must(t, s.w.QueryRow("SELECT count(*) FROM audit WHERE hash=''").Scan(&unhashed))
	if unhashed != 0 {
		t.Fatalf("%d audit rows left without a hash", unhashed)
	}
	must(t, s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak Baru", Code: "R-10"}))
	if p := auditProblems(t, s); p != "" {
		t.Fatalf("migrated database reports: %s", p)
	}
	mustExec(t, s, "UPDATE audit SET after=replace(after, 'Rak Lama 2', 'Rak Palsu') WHERE entity='place' AND action='update'")
	if p := auditProblems(t, s); !strings.Contains(p, "was changed outside Rapi") {
		t.Fatalf("edit of a back-filled row not reported: %q", p)
	}
}

func lastAuditID(t *testing.T, s *Store) int64 {
	id, err := s.LastAuditID(ctx)
	must(t, err)
	return id
}

func mustExec(t *testing.T, s *Store, q string, args ...any) {
	t.Helper()
	if _, err := s.w.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// The oldest row deleted: there is no gap before it to see, but the chain
// no longer starts from nothing.
func TestAuditChainReportsDeletedFirstRow(t *testing.T) {
	s := auditedStore(t)
	var first int64
	must(t, s.w.QueryRow("SELECT min(id) FROM audit").Scan(&first))
	mustExec(t, s, "DELETE FROM audit WHERE id=?", first)
	if p := auditProblems(t, s); !strings.Contains(p, "audit row "+itoa(first)+" was deleted outside Rapi") {
		t.Fatalf("deleted first row %d: got %q", first, p)
	}
}
