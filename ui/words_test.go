package ui

import (
	"path/filepath"
	"testing"

	"rapi/ui/kit"
)

// "Berkas" is an archive folder everywhere in Rapi; a file on disk is a
// "file", so the menu of files and the import wizard's file button say so.
func TestFilesAreCalledFileNotBerkas(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	menu := a.win.MainMenu()
	if menu == nil || menu.Items[0].Label != "File" {
		t.Fatalf("the first menu reads %q, want File", menu.Items[0].Label)
	}
	for key, want := range map[string]string{"impor.choose_file": "Pilih file…", "impor.no_file": "Belum ada file Excel/CSV yang dipilih."} {
		if got := kit.T(key); got != want {
			t.Errorf("%s reads %q, want %q", key, got, want)
		}
	}
}
