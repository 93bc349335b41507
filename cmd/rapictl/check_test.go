package main

import (
	"context"
	"database/sql"
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
