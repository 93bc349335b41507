package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// ctl runs rapictl in-process and returns exit code, stdout and stderr.
func ctl(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestInitCheckBackupRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "rapi.db")
	if code, out, errs := ctl(t, "--db", db, "init"); code != 0 || !strings.Contains(out, "ready") {
		t.Fatalf("init: %d %q %q", code, out, errs)
	}
	if code, out, _ := ctl(t, "--db", db, "check"); code != 0 || !strings.HasPrefix(out, "ok") {
		t.Fatalf("check: %d %q", code, out)
	}
	bak := filepath.Join(dir, "copy.db")
	if code, _, errs := ctl(t, "backup", "--db", db, "--out", bak); code != 0 {
		t.Fatalf("backup: %s", errs)
	}
	if code, _, errs := ctl(t, "--db", db, "backup", "--out", bak); code == 0 || !strings.Contains(errs, "exists") {
		t.Fatalf("backup over an existing file: %d %q", code, errs)
	}
	if code, out, errs := ctl(t, "--db", db, "restore", "--from", bak); code != 0 || !strings.Contains(out, "restored") {
		t.Fatalf("restore: %d %q %q", code, out, errs)
	}
}

func TestErrorsGoToStderrWithNonZeroExit(t *testing.T) {
	t.Setenv("RAPI_DB", "")
	if code, _, errs := ctl(t, "check"); code == 0 || !strings.Contains(errs, "RAPI_DB") {
		t.Fatalf("check without a database: %d %q", code, errs)
	}
	if code, _, errs := ctl(t, "nonsense"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Fatalf("unknown command: %d %q", code, errs)
	}
	if code, _, _ := ctl(t, "--db", filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"), "check"); code == 0 {
		t.Fatal("check of an unreachable folder exited 0")
	}
	if code, _, errs := ctl(t, "--db", filepath.Join(t.TempDir(), "x.db"), "restore"); code != 2 || !strings.Contains(errs, "--from") {
		t.Fatalf("restore without --from: %d %q", code, errs)
	}
}

func TestRAPIDBFallback(t *testing.T) {
	db := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("RAPI_DB", db)
	if code, out, errs := ctl(t, "init"); code != 0 || !strings.Contains(out, db) {
		t.Fatalf("init via RAPI_DB: %d %q %q", code, out, errs)
	}
}
