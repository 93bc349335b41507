package kit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapi/storage/sheet"
)

func TestExplainNotAWorkbookInIndonesian(t *testing.T) {
	if err := SetLanguage("id"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "register.xlsx")
	if err := os.WriteFile(path, []byte("bukan excel"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := sheet.Open(path, "")
	got := Explain(err)
	if strings.Contains(got, "zip") || !strings.Contains(got, "bukan buku kerja Excel") || !strings.Contains(got, "simpan sebagai .xlsx") {
		t.Fatalf("the clerk reads %q", got)
	}
}
