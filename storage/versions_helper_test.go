package storage

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

// migrationsUpTo is the embedded migration set cut at version v: what the
// Rapi release with that schema shipped.
func migrationsUpTo(t *testing.T, v int) fs.FS {
	t.Helper()
	out := fstest.MapFS{}
	for _, m := range migrations() {
		if m.version <= v {
			out["migrations/"+m.name] = &fstest.MapFile{Data: []byte(m.sql)}
		}
	}
	return out
}

// createAtSchema makes a database at path as the release with schema v
// made it, then fill runs SQL on it (records written by that release).
// Tests using it must not run in parallel: migrationFS is package state.
func createAtSchema(t *testing.T, path string, v int, fill func(s *Store)) {
	t.Helper()
	migrationFS = migrationsUpTo(t, v)
	defer func() { migrationFS = embeddedMigrations }()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("create schema %d: %v", v, err)
	}
	defer s.Close()
	if s.SchemaVersion() != v {
		t.Fatalf("created schema %d, want %d", s.SchemaVersion(), v)
	}
	if fill != nil {
		fill(s)
	}
}
