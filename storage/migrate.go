package storage

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var embeddedMigrations embed.FS

// migrationFS is where migrations are read from; tests swap in a set with
// a later version to exercise upgrades.
var migrationFS fs.FS = embeddedMigrations

type migration struct {
	version int
	name    string
	sql     string
}

// migrations lists the embedded files "NNNN_name.sql" in order. A
// malformed name is a programming error caught by the tests.
func migrations() []migration {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		panic(err)
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			panic("bad migration file name " + e.Name())
		}
		body, _ := fs.ReadFile(migrationFS, "migrations/"+e.Name())
		out = append(out, migration{version: v, name: e.Name(), sql: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out
}

// seedSteps fill a table right after the migration that created it, in
// the same transaction, so no other code has to wonder whether seed data
// is there yet. Files register theirs in init.
var seedSteps = map[int]func(s *Store, tx *sql.Tx) error{}

// LatestSchema is the schema version this build of Rapi writes.
func LatestSchema() int {
	m := migrations()
	return m[len(m)-1].version
}

func (s *Store) userVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v int
	// SQLite: the schema version lives in the file header.
	err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// migrate brings an older file up to LatestSchema. A file that already
// holds data is backed up first. Two PCs opening a new file at the same
// moment are serialised by BEGIN IMMEDIATE; the second finds nothing to do.
func (s *Store) migrate(ctx context.Context) error {
	v, err := s.userVersion(ctx, s.w)
	if err != nil {
		return mapErr("read schema version", err)
	}
	s.schema = v
	if v >= LatestSchema() {
		return nil
	}
	if v > 0 {
		name := fmt.Sprintf("rapi-before-v%d-%s.db", LatestSchema(), s.now().Format("20060102-150405"))
		if err := s.BackupTo(ctx, filepath.Join(s.opts.BackupDir, name)); err != nil {
			return fmt.Errorf("backup before migrating: %w", err)
		}
	}
	err = s.tryWrite(ctx, func(tx *sql.Tx) error {
		cur, err := s.userVersion(ctx, tx)
		if err != nil {
			return err
		}
		for _, m := range migrations() {
			if m.version <= cur {
				continue
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if seed := seedSteps[m.version]; seed != nil {
				// the seed writes audit rows as the schema it follows
				// has them (chained from migration 0010 on)
				s.schema = m.version
				if err := seed(s, tx); err != nil {
					return fmt.Errorf("seed after %s: %w", m.name, err)
				}
			}
			// SQLite: see userVersion.
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.schema = v
		return mapErr("migrate database", err)
	}
	s.schema = LatestSchema()
	return nil
}
