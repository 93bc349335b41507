package sheettest

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// WriteXLSX writes rows (titles, headers, data: strings, numbers, as a
// clerk typed them) from A1 into a new workbook in a temporary folder and
// returns its path.
func WriteXLSX(t testing.TB, name string, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range rows {
		for i, v := range row {
			c, _ := excelize.CoordinatesToCellName(i+1, r+1)
			if err := f.SetCellValue(f.GetSheetName(0), c, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := filepath.Join(t.TempDir(), name)
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}
