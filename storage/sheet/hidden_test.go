package sheet

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Hidden columns and rows are real data in some exports: they are read,
// and the result says which were hidden.
func TestHiddenColumnsAndRowsAreRead(t *testing.T) {
	f := excelize.NewFile()
	rows := [][]any{
		{"Kode Klasifikasi", "Nomor Berkas", "Uraian", "Kondisi", "Jumlah"},
		{"000.1.5", "1", "Rapat pimpinan", "Baik", 3},
		{"000.1.6", "2", "Konsumsi rapat", "Rusak Ringan", 4},
		{"000.1.7", "3", "Perjalanan dinas", "Baik", 5},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Sheet1", cell, &r)
	}
	f.SetColVisible("Sheet1", "D", false)
	f.SetColVisible("Sheet1", "E", false)
	f.SetRowVisible("Sheet1", 3, false)
	path := filepath.Join(t.TempDir(), "hidden.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res, err := Read(path, testSchema, Options{})
	if err != nil || !res.OK() || len(res.Records) != 3 {
		t.Fatalf("read %+v %v", res, err)
	}
	if v := res.Records[1].Values["jumlah"]; v != int64(4) || res.Records[1].Values["nomor_berkas"] != "2" {
		t.Errorf("the hidden row's values: %v", res.Records[1].Values)
	}
	var hidden []string
	for _, c := range res.Layout.Columns {
		if c.Hidden {
			hidden = append(hidden, c.Header)
		}
	}
	if !slices.Equal(hidden, []string{"Kondisi", "Jumlah"}) || !slices.Equal(res.HiddenRows, []int{3}) {
		t.Errorf("hidden columns %q, rows %v", hidden, res.HiddenRows)
	}
}
