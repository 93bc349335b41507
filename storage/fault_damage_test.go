package storage

import (
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rapi/model"
)

// copyFile copies a closed database file byte for byte.
func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	must(t, err)
	defer src.Close()
	dst, err := os.Create(to)
	must(t, err)
	defer dst.Close()
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
}

// flipPages overwrites the middle of each page from page first on with
// garbage, as a failing disk does.
func flipPages(t *testing.T, path string, first int) {
	t.Helper()
	b, err := os.ReadFile(path)
	must(t, err)
	const page = 4096
	if first < 0 { // count from the end: the newest rows
		first += len(b) / page
	}
	for off := first * page; off+page <= len(b); off += page {
		for i := off + 100; i < off+400; i++ {
			b[i] ^= 0xA5
		}
	}
	must(t, os.WriteFile(path, b, 0o644))
}

// A damaged database file: the start-up quick check and `rapictl check`
// see it, the latest good backup is found, and restoring it gives back
// every record it held.
func TestDamagedFileIsReportedAndRestored(t *testing.T) {
	dir := t.TempDir()
	path, backups := filepath.Join(dir, "rapi.db"), filepath.Join(dir, "rapi-backup")
	s := openAt(t, path, "Siti", Options{BackupDir: backups})
	manyPlaces(t, s, 300)
	good, _, err := s.AutoBackup(ctx)
	must(t, err)
	want := dump(t, s)
	s.Close()

	damaged := filepath.Join(dir, "rusak.db")
	copyFile(t, path, damaged)
	flipPages(t, damaged, -4)
	d := openAt(t, damaged, "Siti", Options{BackupDir: backups})
	problems, err := d.QuickCheck(ctx)
	if err == nil && len(problems) == 0 {
		t.Fatal("quick check found nothing in a damaged file")
	}
	if err != nil && !IsDamage(err) {
		t.Fatalf("quick check error is not reported as damage: %v", err)
	}
	b, ok := LatestGoodBackup(ctx, backups)
	if !ok || b.Path != good {
		t.Fatalf("latest good backup %v %v, want %s", b, ok, good)
	}
	safety, err := d.Restore(ctx, b.Path, "")
	must(t, err)
	if got := dump(t, d); got != want {
		t.Fatal("restored content differs from the backup")
	}
	if probs, err := d.FullCheck(ctx); err != nil || len(probs) > 0 {
		t.Fatalf("check after restore: %v %v", probs, err)
	}
	if !strings.HasPrefix(filepath.Base(safety), "rapi-before-restore-") {
		t.Fatalf("safety copy %s", safety)
	}
}

// Damage to the schema itself stops the open with a damage error, not a
// vague "unavailable" that sends the clerk to check the network.
func TestDamagedSchemaSaysDamaged(t *testing.T) {
	s, path := openTemp(t, "Siti")
	manyPlaces(t, s, 50)
	s.Close()
	flipPages(t, path, 1)
	d, err := Open(ctx, path, Options{})
	if err == nil {
		d.Close()
		t.Fatal("a file with a damaged schema opened")
	}
	if !IsDamage(err) || errors.Is(err, model.ErrUnavailable) {
		t.Fatalf("open of a damaged file: %v, want ErrDamaged", err)
	}
	if !strings.Contains(err.Error(), "no sound backup in") {
		t.Fatalf("the error does not say where backups were looked for: %v", err)
	}
}

// A file that no longer opens is replaced by the latest good backup; the
// damaged file is kept aside, and the wrong PIN changes nothing.
func TestReplaceDamagedFile(t *testing.T) {
	dir := t.TempDir()
	path, backups := filepath.Join(dir, "rapi.db"), filepath.Join(dir, "rapi-backup")
	s := openAt(t, path, "Siti", Options{BackupDir: backups})
	manyPlaces(t, s, 50)
	must(t, s.SetAdminPIN(ctx, "", "246810"))
	good, _, err := s.AutoBackup(ctx)
	must(t, err)
	want := dump(t, s)
	s.Close()
	flipPages(t, path, 1)
	if _, err := Open(ctx, path, Options{BackupDir: backups}); !IsDamage(err) || !strings.Contains(err.Error(), "latest good backup: "+good) {
		t.Fatalf("open of the damaged file: %v, want damage naming %s", err, good)
	}
	if _, err := ReplaceDamaged(ctx, path, good, "000000", time.Now()); !errors.Is(err, model.ErrPIN) {
		t.Fatalf("wrong PIN: %v, want ErrPIN", err)
	}
	kept, err := ReplaceDamaged(ctx, path, good, "246810", time.Now())
	must(t, err)
	if _, err := os.Stat(kept); err != nil {
		t.Fatalf("damaged file not kept: %v", err)
	}
	r := openAt(t, path, "Siti", Options{BackupDir: backups})
	if dump(t, r) != want {
		t.Fatal("replaced file differs from the backup")
	}
	if probs, err := r.FullCheck(ctx); err != nil || len(probs) > 0 {
		t.Fatalf("check after replacing: %v %v", probs, err)
	}
}

// manyPlaces fills the file with n places in one transaction (one by one
// would cost a disk flush each, and only the file's size matters here).
func manyPlaces(t *testing.T, s *Store, n int) {
	t.Helper()
	must(t, s.write(ctx, "test places", func(tx *sql.Tx) error {
		for i := 1; i <= n; i++ {
			p := model.Place{Kind: model.PlaceRak, Name: fmt.Sprintf("Rak nomor %d di gedung utama", i)}
			if _, err := tx.Exec(`INSERT INTO place(kind, name, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, '2026-01-05T08:00:00.000Z', 'siti', '2026-01-05T08:00:00.000Z', 'siti')`, p.Kind, p.Name); err != nil {
				return err
			}
		}
		return nil
	}))
}
