package storage

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"rapi/model"
)

// Options tune how a Store opens its file. The zero value is what the app uses.
type Options struct {
	// BusyTimeout is how long SQLite waits for another PC's lock before
	// a statement fails as busy. Default 15 s; tests use less.
	BusyTimeout time.Duration
	// Retries is how many more times a busy write is tried, with jittered
	// backoff, before ErrBusy reaches the caller. Default 2.
	Retries int
	// BackupDir receives automatic backups (before migrations and daily).
	// Default: a folder "rapi-backup" beside the database.
	BackupDir string
	// Now replaces the clock in tests.
	Now func() time.Time
	// driver is the database/sql driver name of the reading connections;
	// tests swap in one that counts statements.
	driver string
}

func (o *Options) fill(path string) {
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = 15 * time.Second
	}
	if o.Retries <= 0 {
		o.Retries = 2
	}
	if o.BackupDir == "" {
		o.BackupDir = DefaultBackupDir(path)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.driver == "" {
		o.driver = sqliteDriver
	}
}

// DefaultBackupDir is the folder beside the database where backups go
// when the clerk has not chosen another.
func DefaultBackupDir(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "rapi-backup")
}

// Store is an open Rapi database. It is safe for concurrent use.
type Store struct {
	path   string
	opts   Options
	w      *sql.DB // the one writer connection of this process
	r      *sql.DB // query-only connections for reads
	schema int     // schema version found in the file after migrating
	mu     sync.RWMutex
	actor  model.Actor
}

// Open opens (creating if needed) the database at path: a local path, a
// mapped drive ("R:\rapi.db") or a UNC path ("\\server\share\rapi.db").
// It enforces the rollback journal, migrates an older schema after a
// backup, and opens a newer schema read-only.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	path = CleanPath(path)
	if path == "" {
		return nil, fmt.Errorf("open database: %w", model.Invalid("path", "", "error.required"))
	}
	if st, err := os.Stat(filepath.Dir(path)); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("open database %s: folder not reachable: %w", path, model.ErrUnavailable)
	}
	opts.fill(path)
	s := &Store{path: path, opts: opts}
	var err error
	if s.w, err = sql.Open(sqliteDriver, s.dsn(false)); err != nil {
		return nil, mapErr("open database", err)
	}
	s.w.SetMaxOpenConns(1) // one writer per process: SQLite allows one anyway
	s.w.SetConnMaxIdleTime(0)
	if s.r, err = sql.Open(s.opts.driver, s.dsn(true)); err != nil {
		s.w.Close()
		return nil, mapErr("open database", err)
	}
	s.r.SetMaxOpenConns(4)
	if err := s.init(ctx); err != nil {
		s.Close()
		return nil, withBackupHint(ctx, err, opts.BackupDir)
	}
	return s, nil
}

func (s *Store) init(ctx context.Context) error {
	if err := s.ensureJournal(ctx); err != nil {
		return err
	}
	return s.migrate(ctx)
}

// ErrJournalMode: the file is in a journal mode unsafe on a network share.
var ErrJournalMode = fmt.Errorf("unsafe journal mode: %w", model.ErrUnavailable)

// Close closes every connection.
func (s *Store) Close() error {
	var err error
	if s.r != nil {
		err = s.r.Close()
	}
	if s.w != nil {
		if e := s.w.Close(); e != nil {
			err = e
		}
	}
	return err
}

// Path is the database file this store opened.
func (s *Store) Path() string { return s.path }

// BackupDir is where this store writes its automatic backups.
func (s *Store) BackupDir() string { return s.opts.BackupDir }

// SetActor sets who the following changes are recorded as.
func (s *Store) SetActor(a model.Actor) {
	s.mu.Lock()
	s.actor = a
	s.mu.Unlock()
}

// Actor is who changes are currently recorded as.
func (s *Store) Actor() model.Actor {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.actor
}

// ReadOnly reports whether the file's schema is newer than this Rapi
// knows: reading works, every write returns model.ErrReadOnly.
func (s *Store) ReadOnly() bool { return s.schema > LatestSchema() }

// SchemaVersion is the schema version recorded in the file.
func (s *Store) SchemaVersion() int { return s.schema }

func (s *Store) now() time.Time { return s.opts.Now().UTC() }

// write runs fn in one short BEGIN IMMEDIATE transaction on the writer
// connection. A busy database is retried with jittered backoff; after the
// last try the caller gets model.ErrBusy wrapped with what was being done.
func (s *Store) write(ctx context.Context, what string, fn func(tx *sql.Tx) error) error {
	if s.ReadOnly() {
		return fmt.Errorf("%s: %w", what, model.ErrReadOnly)
	}
	var err error
	for attempt := 0; ; attempt++ {
		err = s.tryWrite(ctx, fn)
		if err == nil || !isBusy(err) || attempt >= s.opts.Retries {
			break
		}
		wait := time.Duration(50<<attempt)*time.Millisecond + rand.N(100*time.Millisecond)
		select {
		case <-ctx.Done():
			return mapErr(what, ctx.Err())
		case <-time.After(wait):
		}
	}
	return mapErr(what, err)
}

func (s *Store) tryWrite(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// read is the read-side twin of write: fn sees one consistent snapshot.
func (s *Store) read(ctx context.Context, what string, fn func(tx *sql.Tx) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return mapErr(what, err)
	}
	defer tx.Rollback()
	return mapErr(what, fn(tx))
}

// CleanPath turns what a clerk typed or pasted into a path SQLite opens:
// quotes and spaces trimmed, and "//server/share/x.db" written the
// Windows way when we run on Windows. UNC and drive paths are kept as they are.
func CleanPath(p string) string {
	p = strings.Trim(strings.TrimSpace(p), `"`)
	if p == "" {
		return ""
	}
	if filepath.Separator == '\\' {
		p = strings.ReplaceAll(p, "/", `\`)
	}
	return filepath.Clean(p)
}
