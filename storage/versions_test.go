package storage

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapi/model"
	"rapi/model/arsip"
)

// fillOld writes records as the release with schema v did, in plain SQL
// (today's code would use today's columns): a place, an audit row for it,
// and from the archive schema on a berkas in that place.
func fillOld(t *testing.T, s *Store, v int) {
	t.Helper()
	at := "2026-01-05T08:00:00.000Z"
	mustExec(t, s, `INSERT INTO place(id, code, kind, name, created_at, created_by, updated_at, updated_by)
		VALUES (501, 'L-000501', 'rak', ?, ?, 'siti', ?, 'siti')`, fmt.Sprintf("Rak dari skema %d", v), at, at)
	// From the audit chain's schema on, that release chained its audit rows.
	row := auditRow{At: at, Login: "siti", Clerk: "Siti", Entity: "place", EntityID: 501, Action: "create",
		After: sql.NullString{String: `{"name":"rak"}`, Valid: true}}
	tx, err := s.w.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.insertAudit(tx, row); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if v < 2 {
		return
	}
	mustExec(t, s, `INSERT INTO berkas(id, code, nomor_berkas, kode, uraian, tahun_dari, tahun_sampai, place_id,
		created_at, created_by, updated_at, updated_by)
		VALUES (601, 'B-000601', 7, '000.1', ?, 2019, 2021, 501, ?, 'siti', ?, 'siti')`,
		fmt.Sprintf("Surat keputusan dari skema %d", v), at, at)
	if v >= 11 { // from the text nomor on, that release wrote its sort key
		mustExec(t, s, "UPDATE berkas SET nomor_berkas='7', nomor_sort=? WHERE id=601", arsip.NomorSortKey("7"))
	}
}

// A database made by every earlier schema opens in this Rapi, is backed
// up before it is migrated, and keeps every record.
func TestEveryOlderSchemaMigratesAndKeepsRecords(t *testing.T) {
	for _, m := range migrations() {
		v := m.version
		if v == LatestSchema() {
			continue
		}
		t.Run(fmt.Sprintf("schema_%d", v), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "rapi.db")
			createAtSchema(t, path, v, func(s *Store) { fillOld(t, s, v) })
			s := openAt(t, path, "Siti", Options{})
			if s.SchemaVersion() != LatestSchema() || s.ReadOnly() {
				t.Fatalf("schema %d after opening, want %d", s.SchemaVersion(), LatestSchema())
			}
			backups, _ := filepath.Glob(filepath.Join(dir, "rapi-backup", fmt.Sprintf("rapi-before-v%d-*.db", LatestSchema())))
			if len(backups) != 1 {
				t.Fatalf("backups before migrating: %v", backups)
			}
			p, err := s.Place(ctx, 501)
			if err != nil || p.Name != fmt.Sprintf("Rak dari skema %d", v) {
				t.Fatalf("place after migrating: %+v %v", p, err)
			}
			if v >= 2 {
				b, err := s.BerkasByCode(ctx, "B-000601")
				if err != nil || b.Uraian != fmt.Sprintf("Surat keputusan dari skema %d", v) || b.PlaceID != 501 {
					t.Fatalf("berkas after migrating: %+v %v", b, err)
				}
				var sortKey string
				mustQuery(t, s, "SELECT nomor_sort FROM berkas WHERE id=601", &sortKey)
				if b.NomorBerkas != "7" || sortKey != arsip.NomorSortKey("7") {
					t.Fatalf("nomor berkas after migrating: %q sorted by %q", b.NomorBerkas, sortKey)
				}
			}
			if probs, err := s.FullCheck(ctx); err != nil || len(probs) > 0 {
				t.Fatalf("check after migrating: %v %v", probs, err)
			}
			must(t, s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak baru"}))
		})
	}
}

// A database already moved on by a newer Rapi: this one reads it, refuses
// every write, and says which version of the schema it would need.
func TestNewerSchemaSaysWhichVersion(t *testing.T) {
	s, path := openTemp(t, "Siti")
	must(t, s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak lama"}))
	next := LatestSchema() + 3
	mustExec(t, s, fmt.Sprintf("PRAGMA user_version=%d", next))
	s.Close()
	before, _ := os.ReadFile(path)
	n := openAt(t, path, "Budi", Options{})
	if !n.ReadOnly() {
		t.Fatal("a newer schema opened writable")
	}
	if ps, err := n.Places(ctx); err != nil || len(ps) != 1 {
		t.Fatalf("reading the newer file: %v %v", ps, err)
	}
	if err := n.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "x"}); !errors.Is(err, model.ErrReadOnly) {
		t.Fatalf("write: %v, want ErrReadOnly", err)
	}
	probs, _ := n.FullCheck(ctx)
	if !strings.Contains(strings.Join(probs, "\n"), fmt.Sprintf("schema version %d is newer than this Rapi (%d)", next, LatestSchema())) {
		t.Fatalf("check does not say which version is needed: %v", probs)
	}
	n.Close()
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("opening a newer file changed it")
	}
}

func mustQuery(t *testing.T, s *Store, q string, dest ...any) {
	t.Helper()
	if err := s.w.QueryRow(q).Scan(dest...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}
