package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapi/model"
	"rapi/storage"
)

// `rapictl check` names an audit row edited outside Rapi and exits non-zero.
func TestCheckReportsEditedAuditRow(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rapi.db")
	s, err := storage.Open(context.Background(), db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.SetActor(model.Actor{Login: "siti", Name: "Siti"})
	if err := s.CreatePlace(context.Background(), &model.Place{Kind: model.PlaceRak, Name: "Rak 1", Code: "R-1"}); err != nil {
		t.Fatal(err)
	}
	last, _ := s.LastAuditID(context.Background())
	s.Close()
	if code, out, errs := ctl(t, "--db", db, "check"); code != 0 {
		t.Fatalf("untouched: %d %q %q", code, out, errs)
	}
	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("UPDATE audit SET clerk='Budi' WHERE id=?", last); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	code, _, errs := ctl(t, "--db", db, "check")
	if code == 0 || !strings.Contains(errs, "audit row") || !strings.Contains(errs, "changed outside Rapi") {
		t.Fatalf("edited audit row: %d %q", code, errs)
	}
}

// A damaged file: `rapictl check` says so and names the backup to restore.
func TestCheckPointsToLatestGoodBackup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "rapi.db")
	s, err := storage.Open(context.Background(), db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.SetActor(model.Actor{Login: "siti", Name: "Siti"})
	for i := 0; i < 200; i++ {
		if err := s.CreatePlace(context.Background(), &model.Place{Kind: model.PlaceRak, Name: fmt.Sprintf("Rak nomor %d di gedung utama", i)}); err != nil {
			t.Fatal(err)
		}
	}
	good, _, err := s.AutoBackup(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	for off := len(b) - 4*4096; off+4096 <= len(b); off += 4096 {
		for i := off + 100; i < off+400; i++ {
			b[i] ^= 0xA5
		}
	}
	os.WriteFile(db, b, 0o644)
	code, _, errs := ctl(t, "--db", db, "check")
	if code == 0 || !strings.Contains(errs, "damaged") || !strings.Contains(errs, good) || !strings.Contains(errs, "restore --from") {
		t.Fatalf("damaged file: %d %q", code, errs)
	}
	if code, out, errs := ctl(t, "--db", db, "restore", "--from", good); code != 0 || !strings.Contains(out, "restored") {
		t.Fatalf("restore of the damaged file: %d %q %q", code, out, errs)
	}
	if code, out, errs := ctl(t, "--db", db, "check"); code != 0 || !strings.HasPrefix(out, "ok") {
		t.Fatalf("check after restoring: %d %q %q", code, out, errs)
	}
}
