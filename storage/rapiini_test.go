package storage

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

// The installer's /DB= path reaches the app whichever encoding wrote it.
func TestReadIniDB(t *testing.T) {
	dir := t.TempDir()
	want := `\\server\arsip\rapi\rapi.db`
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range utf16.Encode([]rune("[rapi]\r\ndb=" + `\\server\arsip\rapi\rapi.db` + "\r\n")) {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	cases := map[string][]byte{
		"plain":   []byte("[rapi]\ndb=\\\\server\\arsip\\rapi\\rapi.db\n"),
		"bom":     append([]byte{0xEF, 0xBB, 0xBF}, []byte("; rollout\r\n[rapi]\r\nDB = \"\\\\server\\arsip\\rapi\\rapi.db\"\r\n")...),
		"utf16le": utf16le,
	}
	for name, body := range cases {
		p := filepath.Join(dir, name+".ini")
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadIniDB(p)
		if err != nil || got != want {
			t.Errorf("%s: got %q, %v; want %q", name, got, err, want)
		}
	}
	empty := filepath.Join(dir, "empty.ini")
	os.WriteFile(empty, []byte("[rapi]\n; no path given\n"), 0o644)
	if got, _ := ReadIniDB(empty); got != "" {
		t.Errorf("no db key: got %q", got)
	}
	if got, err := ReadIniDB(filepath.Join(dir, "missing.ini")); got != "" || err == nil {
		t.Errorf("missing file: got %q, %v", got, err)
	}
}
