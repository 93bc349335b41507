package storage

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"
)

// The SQLite-only parts of the store, kept where a PostgreSQL backend
// behind the same methods finds them:
//
//   - sqlite.go: the driver, its connection string, the rollback-journal
//     and WAL checks made on opening;
//   - sqlite_errors.go: the driver's error codes mapped onto model's errors;
//   - sqlite_fts.go: full-text search (FTS5 MATCH, bm25);
//   - statements marked "SQLite:" where they sit: PRAGMAs (user_version in
//     migrate.go, data_version in watch.go, cache_size in
//     arsip_import_apply.go), VACUUM INTO and the online backup (backup.go),
//     and the counter upsert's max() (PostgreSQL: GREATEST). The other
//     upserts ("ON CONFLICT ... DO UPDATE ... RETURNING") are also
//     PostgreSQL syntax.

// sqliteDriver is the database/sql driver registered by mattn/go-sqlite3
// (built with the sqlite_fts5 tag).
const sqliteDriver = "sqlite3"

// dsn builds the go-sqlite3 connection string. The path stays a plain
// file name (not a file: URI) so that UNC paths reach SQLite unchanged.
func (s *Store) dsn(readOnly bool) string {
	q := url.Values{}
	q.Set("_busy_timeout", strconv.FormatInt(s.opts.BusyTimeout.Milliseconds(), 10))
	q.Set("_journal_mode", "DELETE")
	q.Set("_sync", "FULL")
	q.Set("_fk", "1")
	if readOnly {
		q.Set("_query_only", "1")
	} else {
		q.Set("_txlock", "immediate")
	}
	return s.path + "?" + q.Encode()
}

// ensureJournal verifies the rollback journal. Each connection already
// asked for journal_mode=DELETE; a file that another tool left in WAL
// mode and that stays in WAL (because another PC holds it open) is
// refused: WAL's shared memory does not work across a network share.
func (s *Store) ensureJournal(ctx context.Context) error {
	var mode string
	err := s.w.QueryRowContext(ctx, "PRAGMA journal_mode=DELETE").Scan(&mode)
	if err != nil && isBusy(err) && fileIsWAL(s.path) {
		mode, err = "wal", nil
	}
	if err != nil {
		return mapErr("set journal mode", err)
	}
	if !strings.EqualFold(mode, "delete") {
		return fmt.Errorf("database %s is in %s journal mode and cannot be switched back while another PC has it open: %w",
			s.path, mode, ErrJournalMode)
	}
	return nil
}

// fileIsWAL reads the database header: bytes 18 and 19 are 2 in a file
// that is in WAL mode.
func fileIsWAL(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	hdr := make([]byte, 20)
	if _, err := io.ReadFull(f, hdr); err != nil {
		return false
	}
	return hdr[18] == 2 && hdr[19] == 2
}
