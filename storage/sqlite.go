package storage

// The SQLite-only parts of the store live in files named sqlite*.go or are
// marked "SQLite:" where they sit: the driver and its connection string
// (store.go dsn), the rollback-journal and WAL checks (store.go), the
// driver's error codes (errors.go, codes.go), FTS5 queries (search.go
// ftsQuery and its MATCH queries), VACUUM INTO and the online backup
// (backup.go), PRAGMA data_version (watch.go) and upserts written
// "ON CONFLICT ... DO". A PostgreSQL backend behind the same methods
// replaces these and keeps the rest.

// sqliteDriver is the database/sql driver registered by mattn/go-sqlite3
// (built with the sqlite_fts5 tag).
const sqliteDriver = "sqlite3"
