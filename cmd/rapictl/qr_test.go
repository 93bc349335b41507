package main

import (
	"path/filepath"
	"strings"
	"testing"

	"rapi/ui/qrcode"
)

func TestQRWritesAPNGThatScans(t *testing.T) {
	t.Setenv("RAPI_DB", "") // no database is needed
	dir := t.TempDir()
	for _, args := range [][]string{
		{"qr", "bx-000042", "--out", filepath.Join(dir, "a.png")},
		{"qr", "--size", "400", "--out", filepath.Join(dir, "b.png"), "BX-000042"},
	} {
		code, out, errs := ctl(t, args...)
		if code != 0 || !strings.Contains(out, "BX-000042") {
			t.Fatalf("%v: %d %q %q", args, code, out, errs)
		}
	}
	for _, f := range []string{"a.png", "b.png"} {
		got, err := qrcode.DecodeFile(filepath.Join(dir, f))
		if err != nil || got != "BX-000042" {
			t.Fatalf("%s scans as %q (%v)", f, got, err)
		}
	}
}

func TestQRRefusesBadInput(t *testing.T) {
	t.Setenv("RAPI_LANG", "en") // the words looked for below are the English messages
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		exit int
		says string
	}{
		{[]string{"qr", "B-000001"}, 2, "--out"},
		{[]string{"qr", "--out", filepath.Join(dir, "x.png")}, 2, "CODE"},
		{[]string{"qr", "SK/12/2019", "--out", filepath.Join(dir, "x.png")}, 1, "code"},
		{[]string{"qr", "B-000001", "--size", "20", "--out", filepath.Join(dir, "x.png")}, 1, "px"},
	} {
		code, _, errs := ctl(t, c.args...)
		if code != c.exit || !strings.Contains(errs, c.says) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", c.args, code, errs, c.exit, c.says)
		}
	}
}
