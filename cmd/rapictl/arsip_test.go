package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"rapi/model"
	"rapi/storage"
)

func TestDemoThenFind(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rapi.db")
	if code, out, errs := ctl(t, "--db", db, "demo", "--berkas", "300", "--seed", "3"); code != 0 || !strings.Contains(out, "300 berkas") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	code, out, errs := ctl(t, "--db", db, "find", "b-000042", "--json")
	if code != 0 {
		t.Fatalf("find code: %d %q", code, errs)
	}
	var hits []map[string]any
	if err := json.Unmarshal([]byte(out), &hits); err != nil || len(hits) != 1 {
		t.Fatalf("find json: %v %q", err, out)
	}
	h := hits[0]
	if h["kind"] != "berkas" || h["code"] != "B-000042" || !strings.HasPrefix(h["place"].(string), "Gedung B › Ruang Arsip Lt.2 › Rak ") || h["klasifikasi"] == "" {
		t.Fatalf("scan result: %v", h)
	}
	s, err := storage.Open(context.Background(), db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	loans, err := s.OpenArsipLoans(context.Background())
	if err != nil || len(loans) == 0 {
		t.Fatalf("demo made no loans: %v", err)
	}
	// the demo's codes come from the registry, as a clerk's would
	ref, err := s.LookupCode(context.Background(), "B-000300")
	bx, _ := s.LookupCode(context.Background(), "BX-000015")
	next, _ := s.AllocateCode(context.Background(), "berkas")
	s.Close()
	if err != nil || ref.Kind != model.CodeBerkas || ref.EntityID == 0 || bx.Kind != model.CodeBoks || next != "B-000301" {
		t.Fatalf("demo codes not registered: %+v %+v next %s %v", ref, bx, next, err)
	}
	if code, out, _ := ctl(t, "--db", db, "find", "0015"); code != 0 || !strings.HasPrefix(out, "boks\tBX-000015\tBoks 0015") {
		t.Fatalf("box by its number: %q", out)
	}
	if code, out, _ := ctl(t, "--db", db, "find", loans[0].Code); code != 0 || !strings.Contains(out, "dipinjam") || !strings.Contains(out, "sampai") {
		t.Fatalf("lent file: %q", out)
	}
	if code, out, _ := ctl(t, "--db", db, "find", "rapat"); code != 0 || !strings.Contains(out, "apat") {
		t.Fatalf("text search: %q", out)
	}
	if code, _, errs := ctl(t, "--db", db, "find", "zzzqqq"); code == 0 || !strings.Contains(errs, "nothing found") {
		t.Fatalf("nothing: %d %q", code, errs)
	}
	// the same seed makes the same data
	db2 := filepath.Join(t.TempDir(), "rapi.db")
	ctl(t, "--db", db2, "demo", "--berkas", "300", "--seed", "3")
	_, a, _ := ctl(t, "--db", db, "find", "B-000250")
	_, b, _ := ctl(t, "--db", db2, "find", "B-000250")
	if a != b || a == "" {
		t.Fatalf("not deterministic:\n%s\n%s", a, b)
	}
}
