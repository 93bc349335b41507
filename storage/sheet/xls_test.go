package sheet

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// An .xls file is refused with the way out, whatever its name, and the
// message tells the clerk how to convert it.
func TestXLSIsExplained(t *testing.T) {
	dir := t.TempDir()
	ole := filepath.Join(dir, "daftar.xlsx") // misnamed: the signature tells
	os.WriteFile(ole, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 rest of an OLE file"), 0o644)
	if _, err := Open(ole, ""); !errors.Is(err, ErrXLS) {
		t.Fatalf("Open of an .xls: %v", err)
	}
	msg := loadTranslator(t, "id")(MsgXLS, map[string]any{"Path": "daftar.xls"})
	if !strings.Contains(msg, "Simpan Sebagai") || !strings.Contains(msg, ".xlsx") {
		t.Errorf("message %q", msg)
	}
}

// Where LibreOffice is installed, an .xls converts to an .xlsx that reads.
func TestConvertXLSWithLibreOffice(t *testing.T) {
	if !CanConvertXLS() || testing.Short() {
		t.Skip("soffice not installed or -short")
	}
	src := build(t, [][]any{{"Kode Klasifikasi", "Nomor Berkas", "Uraian"}, {"000.1.5", "1", "Rapat"}}, nil, nil)
	dir := t.TempDir()
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "p"),
		"--convert-to", "xls", "--outdir", dir, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("making the .xls: %v %s", err, out)
	}
	xls := filepath.Join(dir, strings.TrimSuffix(filepath.Base(src), ".xlsx")+".xls")
	got, err := ConvertXLS(context.Background(), xls)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Read(got, testSchema, Options{})
	if err != nil || len(res.Records) != 1 || res.Records[0].Values["uraian"] != "Rapat" {
		t.Fatalf("converted file reads %+v %v", res, err)
	}
}
