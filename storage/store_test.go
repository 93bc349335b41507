package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"rapi/model"
)

var ctx = context.Background()

// openTemp opens a fresh database in a per-test folder as clerk name.
func openTemp(t *testing.T, name string) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rapi.db")
	return openAt(t, path, name, Options{}), path
}

func openAt(t *testing.T, path, name string, opts Options) *Store {
	t.Helper()
	s, err := Open(ctx, path, opts)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	s.SetActor(model.Actor{Login: strings.ToLower(strings.Fields(name)[0]), Name: name})
	return s
}

func TestMigrateFromEmpty(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	if s.SchemaVersion() != LatestSchema() || s.ReadOnly() {
		t.Fatalf("schema %d, want %d", s.SchemaVersion(), LatestSchema())
	}
	p := model.Place{Kind: model.PlaceGedung, Name: "Gedung B", Code: "G-B"}
	if err := s.CreatePlace(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if p.ID == 0 || p.Version != 1 || p.CreatedBy != "Siti (siti)" {
		t.Fatalf("meta not filled: %+v", p.Meta)
	}
}

func TestNewerSchemaIsReadOnly(t *testing.T) {
	s, path := openTemp(t, "Siti")
	p := model.Place{Kind: model.PlaceRuang, Name: "Ruang Arsip"}
	if err := s.CreatePlace(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(fmt.Sprintf("PRAGMA user_version=%d", LatestSchema()+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()

	old := openAt(t, path, "Budi", Options{})
	if !old.ReadOnly() {
		t.Fatal("a newer schema was not opened read-only")
	}
	got, err := old.Places(ctx)
	if err != nil || len(got) != 1 {
		t.Fatalf("reading a newer database failed: %v %v", got, err)
	}
	err = old.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak 1"})
	if !errors.Is(err, model.ErrReadOnly) {
		t.Fatalf("write to newer schema: %v, want ErrReadOnly", err)
	}
	if probs, _ := old.FullCheck(ctx); len(probs) == 0 || !strings.Contains(probs[0], "update Rapi") {
		t.Fatalf("check does not tell to update: %v", probs)
	}
}

func TestOlderSchemaIsBackedUpThenMigrated(t *testing.T) {
	s, path := openTemp(t, "Siti")
	must(t, s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRuang, Name: "Ruang Arsip"}))
	s.Close()

	// The next Rapi adds a table: the file must be backed up, then migrated.
	next := fstest.MapFS{}
	for _, m := range migrations() {
		next["migrations/"+m.name] = &fstest.MapFile{Data: []byte(m.sql)}
	}
	v := LatestSchema() + 1
	next[fmt.Sprintf("migrations/%04d_next.sql", v)] = &fstest.MapFile{Data: []byte("CREATE TABLE next_thing(x TEXT);")}
	migrationFS = next
	defer func() { migrationFS = embeddedMigrations }()

	s2 := openAt(t, path, "Siti", Options{})
	if s2.SchemaVersion() != v {
		t.Fatalf("schema %d after migrating, want %d", s2.SchemaVersion(), v)
	}
	if _, err := s2.w.Exec("INSERT INTO next_thing VALUES ('x')"); err != nil {
		t.Fatalf("new table missing: %v", err)
	}
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "rapi-backup", fmt.Sprintf("rapi-before-v%d-*.db", v)))
	if len(matches) != 1 {
		t.Fatalf("no backup before migrating: %v", matches)
	}
	old := openAt(t, matches[0], "x", Options{BackupDir: t.TempDir()})
	if ps, _ := old.Places(ctx); len(ps) != 1 {
		t.Fatal("the pre-migration backup lacks the data")
	}
}

func TestJournalModeForcedBackFromWAL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rapi.db")
	db, _ := sql.Open("sqlite3", path)
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode=WAL").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("could not prepare a WAL file: %v %q", err, mode)
	}
	db.Close()
	s := openAt(t, path, "Siti", Options{})
	if err := s.r.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "delete" {
		t.Fatalf("journal mode %q after open, want delete", mode)
	}
}

func TestWALHeldOpenIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rapi.db")
	db, _ := sql.Open("sqlite3", path+"?_journal_mode=WAL")
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("CREATE TABLE x(a)"); err != nil { // keeps the WAL connection open
		t.Fatal(err)
	}
	defer db.Close()
	_, err := Open(ctx, path, Options{BusyTimeout: 200 * time.Millisecond})
	if !errors.Is(err, model.ErrUnavailable) {
		t.Fatalf("open of a WAL file held by another connection: %v, want refusal", err)
	}
}

func TestConflictNamesTheOtherClerk(t *testing.T) {
	a, path := openTemp(t, "Siti Rahma")
	b := openAt(t, path, "Budi Santoso", Options{})
	p := model.Place{Kind: model.PlaceRak, Name: "Rak 3"}
	if err := a.CreatePlace(ctx, &p); err != nil {
		t.Fatal(err)
	}
	pa, _ := a.Place(ctx, p.ID)
	pb, _ := b.Place(ctx, p.ID)

	pb.Name = "Rak 3 (Budi)"
	if err := b.UpdatePlace(ctx, &pb); err != nil {
		t.Fatal(err)
	}
	pa.Name = "Rak 3 (Siti)"
	err := a.UpdatePlace(ctx, &pa)
	ce, ok := model.AsConflict(err)
	if !ok {
		t.Fatalf("stale update: %v, want conflict", err)
	}
	if ce.By != "Budi Santoso (budi)" || ce.At.IsZero() {
		t.Fatalf("conflict names %q at %v", ce.By, ce.At)
	}
	got, _ := a.Place(ctx, p.ID)
	if got.Name != "Rak 3 (Budi)" || got.Version != 2 {
		t.Fatalf("the stale update overwrote: %+v", got)
	}
	if err := a.DeletePlace(ctx, p.ID, 1); err == nil {
		t.Fatal("delete at a stale version succeeded")
	}
}

func TestAuditCreateUpdateDelete(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	p := model.Place{Kind: model.PlaceRak, Name: "Rak 1", Code: "R-1"}
	must(t, s.CreatePlace(ctx, &p))
	p.Name = "Rak Satu"
	must(t, s.UpdatePlace(ctx, &p))
	must(t, s.DeletePlace(ctx, p.ID, p.Version))
	must(t, s.RestorePlace(ctx, p.ID))
	h, err := s.History(ctx, "place", p.ID)
	must(t, err)
	var actions []string
	for _, e := range h {
		actions = append(actions, e.Action)
		if e.Login != "siti" || e.Clerk != "Siti" {
			t.Errorf("audit row without who: %+v", e)
		}
	}
	if strings.Join(actions, ",") != "create,update,delete,restore" {
		t.Fatalf("audit actions %v", actions)
	}
	if !strings.Contains(h[1].Before, `"Rak 1"`) || !strings.Contains(h[1].After, `"Rak Satu"`) {
		t.Fatalf("update audit lacks before/after: %q -> %q", h[1].Before, h[1].After)
	}
	if h[2].Before == "" || h[2].After != "" {
		t.Fatalf("delete audit: %+v", h[2])
	}
	got, _ := s.Place(ctx, p.ID)
	if got.Deleted() {
		t.Fatal("restore did not bring the place back")
	}
}

func TestPurgeNeedsAdminPIN(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	must(t, s.SetAdminPIN(ctx, "", "2468"))
	p := model.Place{Kind: model.PlaceRak, Name: "Rak 1"}
	must(t, s.CreatePlace(ctx, &p))
	must(t, s.DeletePlace(ctx, p.ID, p.Version))
	if err := s.PurgePlace(ctx, p.ID, "0000"); !errors.Is(err, model.ErrPIN) {
		t.Fatalf("purge with a wrong PIN: %v", err)
	}
	must(t, s.PurgePlace(ctx, p.ID, "2468"))
	if _, err := s.Place(ctx, p.ID); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("purged place still there: %v", err)
	}
	if err := s.SetInstitution(ctx, model.Institution{Lines: []string{"X"}}, "1"); !errors.Is(err, model.ErrPIN) {
		t.Fatalf("shared settings saved without the PIN: %v", err)
	}
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	s, path := openTemp(t, "Siti")
	for i := 1; i <= 20; i++ {
		must(t, s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: fmt.Sprintf("Rak %d", i)}))
	}
	must(t, s.SetInstitution(ctx, model.Institution{Lines: []string{"BIRO UMUM"}}, ""))
	before := dump(t, s)
	backup := filepath.Join(t.TempDir(), "copy.db")
	must(t, s.BackupTo(ctx, backup))

	// Damage the live data: rename and delete.
	ps, _ := s.Places(ctx)
	ps[0].Name = "berubah"
	must(t, s.UpdatePlace(ctx, &ps[0]))
	must(t, s.DeletePlace(ctx, ps[1].ID, ps[1].Version))
	if dump(t, s) == before {
		t.Fatal("test did not change anything")
	}
	other := openAt(t, path, "Budi", Options{}) // another PC keeps the file open
	safety, err := s.Restore(ctx, backup, "")
	must(t, err)
	if dump(t, s) != before {
		t.Fatal("restore did not give back the backed-up content")
	}
	if dump(t, other) != before {
		t.Fatal("another open connection does not see the restored content")
	}
	if _, err := os.Stat(safety); err != nil {
		t.Fatalf("no safety backup of the state before restore: %v", err)
	}
	probs, err := s.FullCheck(ctx)
	if err != nil || len(probs) > 0 {
		t.Fatalf("check after restore: %v %v", probs, err)
	}
}

func TestRestoreRefusesNonRapiFile(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	junk := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(junk, []byte("not a database at all, just text"), 0o644)
	if _, err := s.Restore(ctx, junk, ""); err == nil {
		t.Fatal("restored from a file that is not a database")
	}
}

// dump is the visible content of the database as text.
func dump(t *testing.T, s *Store) string {
	t.Helper()
	ps, err := s.Places(ctx)
	must(t, err)
	inst, err := s.Institution(ctx)
	must(t, err)
	return fmt.Sprintf("%v|%v", ps, inst)
}

func TestBusyBeyondTimeout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rapi.db")
	s := openAt(t, path, "Siti", Options{BusyTimeout: 100 * time.Millisecond, Retries: 1})
	other, _ := sql.Open("sqlite3", path+"?_busy_timeout=100")
	defer other.Close()
	tx, err := other.Begin()
	must(t, err)
	if _, err := tx.Exec("INSERT INTO setting(key,value) VALUES('lock','x')"); err != nil {
		t.Fatal(err)
	}
	err = s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak 1"})
	if !errors.Is(err, model.ErrBusy) {
		t.Fatalf("write while another holds the lock: %v, want ErrBusy", err)
	}
	tx.Rollback()
	must(t, s.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak 1"}))
}

func TestWatchSeesOtherPCsChange(t *testing.T) {
	a, path := openTemp(t, "Siti")
	b := openAt(t, path, "Budi", Options{})
	got := make(chan Change, 10)
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	a.Watch(wctx, 20*time.Millisecond, func(c Change) { got <- c })
	time.Sleep(60 * time.Millisecond) // let the watcher read its first version
	must(t, b.CreatePlace(ctx, &model.Place{Kind: model.PlaceRak, Name: "Rak B"}))
	select {
	case c := <-got:
		if !c.DataChanged || c.Err != nil {
			t.Fatalf("unexpected change %+v", c)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("another PC's change was never reported")
	}
}

func TestBackupsToKeep(t *testing.T) {
	var days []time.Time
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := start; d.Before(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)); d = d.AddDate(0, 0, 1) {
		days = append(days, d)
	}
	keep := backupsToKeep(days)
	n := 0
	for _, d := range days {
		if keep[d] {
			n++
		}
	}
	// 14 newest days (9..22 Nov 2026) + first of the 12 newest months,
	// of which 1 Nov 2026 is not among the 14 days: 14 + 12.
	if n != 26 {
		t.Fatalf("kept %d backups, want 26", n)
	}
	if !keep[time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)] || keep[time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)] {
		t.Fatal("wrong months kept")
	}
	if keep[time.Date(2026, 11, 8, 0, 0, 0, 0, time.UTC)] || !keep[time.Date(2026, 11, 9, 0, 0, 0, 0, time.UTC)] {
		t.Fatal("wrong days kept")
	}
}

func TestAutoBackupOncePerDay(t *testing.T) {
	day := time.Date(2026, 11, 22, 9, 0, 0, 0, time.Local)
	path := filepath.Join(t.TempDir(), "rapi.db")
	s := openAt(t, path, "Siti", Options{Now: func() time.Time { return day }})
	// An old daily backup beyond retention, and a manual one that must stay.
	dir := s.BackupDir()
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "rapi-2020-01-01.db"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "manual.db"), nil, 0o644)
	for i := 1; i <= 15; i++ {
		os.WriteFile(filepath.Join(dir, day.AddDate(0, 0, -i).Format("rapi-2006-01-02.db")), nil, 0o644)
	}
	p, made, err := s.AutoBackup(ctx)
	must(t, err)
	if !made || filepath.Base(p) != "rapi-2026-11-22.db" {
		t.Fatalf("auto backup %q made=%v", p, made)
	}
	if _, made, _ := s.AutoBackup(ctx); made {
		t.Fatal("a second backup on the same day")
	}
	if _, err := os.Stat(filepath.Join(dir, "manual.db")); err != nil {
		t.Fatal("a manual backup was pruned")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "rapi-20*.db"))
	// 14 daily (today + 13 before) + 1 Nov 2026 is within them + 1 Oct 2026's
	// last day is not a month-first... months present: 2020-01, 2026-10, 2026-11.
	want := 14 + 2 // 2020-01-01 and 2026-10-31 are the first copies of their months
	if len(files) != want {
		t.Fatalf("%d daily backups left, want %d: %v", len(files), want, files)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestPathWithSpacesAndQuotes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Arsip Biro Umum", "data 2026")
	must(t, os.MkdirAll(dir, 0o755))
	typed := `  "` + filepath.Join(dir, "rapi kantor.db") + `"  ` // as pasted from Explorer
	s, err := Open(ctx, typed, Options{})
	must(t, err)
	defer s.Close()
	if s.Path() != filepath.Join(dir, "rapi kantor.db") {
		t.Fatalf("path %q", s.Path())
	}
	if _, err := os.Stat(s.Path()); err != nil {
		t.Fatalf("database not created where typed: %v", err)
	}
}

func TestUnreachableFolderIsUnavailable(t *testing.T) {
	_, err := Open(ctx, filepath.Join(t.TempDir(), "offline-share", "rapi.db"), Options{})
	if !errors.Is(err, model.ErrUnavailable) {
		t.Fatalf("open in a missing folder: %v, want ErrUnavailable", err)
	}
}
