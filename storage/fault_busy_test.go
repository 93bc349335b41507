package storage

import (
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"rapi/assets"
	"rapi/model"
)

// holdReadLock opens the file as another program does (an antivirus or a
// backup tool reading it) and keeps a read transaction open: SQLite's
// SHARED lock, which stops any writer from committing.
func holdReadLock(t *testing.T, path string) (release func()) {
	t.Helper()
	other, err := sql.Open("sqlite3", path+"?_busy_timeout=100")
	must(t, err)
	tx, err := other.Begin()
	must(t, err)
	var n int
	must(t, tx.QueryRow("SELECT count(*) FROM place").Scan(&n))
	done := false
	release = func() {
		if !done {
			done = true
			tx.Rollback()
			other.Close()
		}
	}
	t.Cleanup(release)
	return release
}

// A read lock released within the retry window: the first try meets a
// busy database, a retry succeeds, and the clerk never sees an error.
func TestLongReadLockReleasedInTimeIsRetried(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rapi.db")
	s := openAt(t, path, "Siti", Options{BusyTimeout: 150 * time.Millisecond, Retries: 3})
	release := holdReadLock(t, path)
	time.AfterFunc(400*time.Millisecond, release) // longer than one busy timeout
	start := time.Now()
	p := model.Place{Kind: model.PlaceRak, Name: "Rak Antivirus"}
	must(t, s.CreatePlace(ctx, &p))
	if waited := time.Since(start); waited < 300*time.Millisecond {
		t.Fatalf("save returned after %v, before the lock was released", waited)
	}
	if got, err := s.Place(ctx, p.ID); err != nil || got.Name != "Rak Antivirus" {
		t.Fatalf("saved place: %+v %v", got, err)
	}
}

// A lock held past every retry: the clerk gets ErrBusy, which the app
// explains in Indonesian, nothing half-written is left, and the same save
// works once the other program lets go.
func TestLongReadLockBeyondRetriesIsBusy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rapi.db")
	s := openAt(t, path, "Siti", Options{BusyTimeout: 100 * time.Millisecond, Retries: 1})
	release := holdReadLock(t, path)
	p := model.Place{Kind: model.PlaceRak, Name: "Rak Tertahan"}
	err := s.CreatePlace(ctx, &p)
	if !errors.Is(err, model.ErrBusy) {
		t.Fatalf("save under a long read lock: %v, want ErrBusy", err)
	}
	msgs, _ := assets.Messages("id")
	if msgs["error.busy"] == "" {
		t.Fatal("no Indonesian explanation for a busy database")
	}
	release()
	if ps, _ := s.Places(ctx); len(ps) != 0 {
		t.Fatalf("a failed save left %d places", len(ps))
	}
	p.ID = 0
	must(t, s.CreatePlace(ctx, &p))
	if ps, _ := s.Places(ctx); len(ps) != 1 {
		t.Fatalf("%d places after the retry, want 1", len(ps))
	}
	if probs, err := s.FullCheck(ctx); err != nil || len(probs) > 0 {
		t.Fatalf("check: %v %v", probs, err)
	}
}
