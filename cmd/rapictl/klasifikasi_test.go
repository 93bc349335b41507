package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapi/storage"
)

func TestImportKlasifikasiCommand(t *testing.T) {
	t.Setenv("RAPI_PIN", "")
	dir := t.TempDir()
	db := filepath.Join(dir, "rapi.db")
	if code, _, errs := ctl(t, "--db", db, "init"); code != 0 {
		t.Fatal(errs)
	}
	good := filepath.Join(dir, "jra.csv")
	os.WriteFile(good, []byte("Kode Klasifikasi;Uraian;Retensi Aktif;Retensi Inaktif;Keterangan\n"+
		"000.1.5;Rapat Pimpinan;3;7;Permanen\n"+
		"000.1.5.9;Rapat Koordinasi Khusus;2;5;Musnah\n"), 0o644)
	bad := filepath.Join(dir, "salah.csv")
	os.WriteFile(bad, []byte("Kode;Nama;Aktif;Inaktif;Nasib Akhir\n"+
		"000.1.6.9;Konsumsi Tamu;1;2;Musnah\n"+
		"000.1.x;Salah;1;2;Musnah\n"), 0o644)

	code, out, errs := ctl(t, "--db", db, "import", "klasifikasi", bad)
	if code != 1 || !strings.Contains(errs, `baris 3, kolom "Kode": "000.1.x"`) {
		t.Fatalf("bad row: %d %q %q", code, out, errs)
	}
	if lastLine(out) != "created 0, updated 0, unchanged 0, rejected 1" {
		t.Fatalf("last line after a rejected row: %q", lastLine(out))
	}
	if code, out, _ = ctl(t, "--db", db, "import", "klasifikasi", good, "--dry-run"); code != 0 ||
		lastLine(out) != "created 1, updated 1, unchanged 0, rejected 0" {
		t.Fatalf("dry run: %d %q", code, out)
	}
	if code, out, errs = ctl(t, "--db", db, "import", "klasifikasi", good); code != 0 ||
		lastLine(out) != "created 1, updated 1, unchanged 0, rejected 0" {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	if code, out, _ = ctl(t, "--db", db, "import", "klasifikasi", good); code != 0 ||
		lastLine(out) != "created 0, updated 0, unchanged 2, rejected 0" {
		t.Fatalf("re-import: %d %q", code, out)
	}

	// Once an admin PIN is set, the import needs it.
	st, err := storage.Open(context.Background(), db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = st.SetAdminPIN(context.Background(), "", "4321")
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errs = ctl(t, "--db", db, "import", "klasifikasi", good); code != 1 || !strings.Contains(errs, "PIN") {
		t.Fatalf("without the PIN: %d %q", code, errs)
	}
	if code, out, errs = ctl(t, "--db", db, "import", "klasifikasi", good, "--pin", "4321"); code != 0 ||
		lastLine(out) != "created 0, updated 0, unchanged 2, rejected 0" {
		t.Fatalf("with the PIN: %d %q %q", code, out, errs)
	}
	if code, _, _ := ctl(t, "--db", db, "import", "klasifikasi"); code != 2 {
		t.Fatalf("no file: exit %d, want 2", code)
	}
}
