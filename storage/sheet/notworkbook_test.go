package sheet

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file named .xlsx that is not a workbook is reported as "not a
// spreadsheet", which the app explains, not as "zip: not a valid zip file".
func TestXLSXThatIsNoWorkbookIsErrFormat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "daftar arsip.xlsx")
	if err := os.WriteFile(path, []byte("<html>Halaman unduhan</html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path, "")
	if !errors.Is(err, ErrFormat) || strings.Contains(err.Error(), "zip:") {
		t.Fatalf("a non-workbook .xlsx gave %v", err)
	}
}
