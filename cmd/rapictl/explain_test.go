package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A second demo into the same database used to end with the raw key
// "error.code_taken"; the admin now reads why and what to do.
func TestDemoTwiceSaysTheCodeIsTakenInIndonesian(t *testing.T) {
	t.Setenv("RAPI_LANG", "")
	db := filepath.Join(t.TempDir(), "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "demo", "--berkas", "20"); code != 0 {
		t.Fatalf("first demo: %d %s", code, errs)
	}
	code, _, errs := ctl(t, "--db", db, "demo", "--berkas", "20")
	if code == 0 || strings.Contains(errs, "error.") || !strings.Contains(errs, "kode ini sudah dipakai") ||
		!strings.Contains(errs, "database baru") {
		t.Fatalf("second demo: %d %q", code, errs)
	}
	t.Setenv("RAPI_LANG", "en")
	if _, _, errs = ctl(t, "--db", db, "demo", "--berkas", "20"); !strings.Contains(errs, "this code is already in use") {
		t.Fatalf("second demo in English: %q", errs)
	}
}
