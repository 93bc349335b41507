package impor

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"rapi/storage"
)

// mappingTexts are the labels of the mapping grid, row by row.
func mappingTexts(w *importWizard) []string {
	var out []string
	for _, o := range w.mapBox.Objects {
		for _, c := range o.(*fyne.Container).Objects {
			if l, ok := c.(*widget.Label); ok {
				out = append(out, l.Text)
			}
		}
	}
	return out
}

// The preview says why each column went where, that a column and a row
// were hidden, and that files without a code wait to be classified.
func TestImportWizardExplainsTheMapping(t *testing.T) {
	dir := t.TempDir()
	a, _ := newTestApp(t, filepath.Join(dir, "rapi.db"))
	file := filepath.Join(dir, "tanpa-kode.xlsx")
	f := excelize.NewFile()
	for i, r := range [][]any{{"NO", "NO\nBERKAS", "Uraian Masalah/Kegiatan", "Kurun Waktu", "Media Simpan"},
		{1, "12/BU/2023", "Surat undangan rapat", "Januari - Maret 2023", "Kertas"},
		{2, "13/BU/2023", "Notulen rapat", "2023", "Kertas"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Sheet1", cell, &r)
	}
	f.SetColVisible("Sheet1", "E", false)
	f.SetRowVisible("Sheet1", 3, false)
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	f.Close()
	w := newImportWizard(a)
	w.setFile(file)
	texts := strings.Join(mappingTexts(w), " | ")
	for _, want := range []string{"B: NO BERKAS | nama resmi kolom", "C: Uraian Masalah/Kegiatan | nama lain yang lazim",
		"E: Media Simpan (tersembunyi di Excel, tetap dibaca) | nama lain yang lazim"} {
		if !strings.Contains(texts, want) {
			t.Errorf("mapping %q lacks %q", texts, want)
		}
	}
	if !strings.Contains(w.summary.Text, "1 baris tersembunyi") || !strings.Contains(w.summary.Text, "2 berkas belum diklasifikasi") {
		t.Errorf("summary %q", w.summary.Text)
	}
	w.mapSelects[4].SetSelected(w.mapSelects[4].Options[0])
	if !strings.Contains(strings.Join(mappingTexts(w), " | "), "Media Simpan (tersembunyi di Excel, tetap dibaca) | dipilih oleh petugas") {
		t.Errorf("a changed column still shows the guess: %q", mappingTexts(w))
	}
}

// A workbook with a Daftar Berkas and a Daftar Isi Berkas sheet imports
// both when the clerk ticks the other sheets.
func TestImportWizardImportsBothSheets(t *testing.T) {
	dir := t.TempDir()
	a, _ := newTestApp(t, filepath.Join(dir, "rapi.db"))
	file := filepath.Join(dir, "arsip.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Daftar Berkas")
	f.NewSheet("Isi Berkas")
	for i, r := range [][]any{{"Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi Berkas", "Kurun Waktu"},
		{"000.1.5", "B-2023/0274", "Notulen rapat pimpinan", "2023"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Daftar Berkas", cell, &r)
	}
	for i, r := range [][]any{{"Nomor Berkas", "Nomor Item", "Kode Klasifikasi", "Uraian Informasi Arsip", "Tanggal"},
		{"B-2023/0274", nil, "000.1.5", "Notulen rapat pimpinan", nil}, {nil, 1, nil, "Undangan", "12/01/2023"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Isi Berkas", cell, &r)
	}
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	f.Close()
	w := newImportWizard(a)
	w.setFile(file)
	if !w.otherSheets.Visible() {
		t.Fatal("no choice to import the other sheets")
	}
	w.otherSheets.SetChecked(true)
	test.Tap(w.importBtn)
	if !strings.Contains(w.summary.Text, "Lembar Isi Berkas: 0 dibuat, 1 diubah") {
		t.Fatalf("summary %q", w.summary.Text)
	}
	p, err := a.Store().SearchBerkas(context.Background(), "Notulen", storage.BerkasFilter{}, storage.Page{})
	if err != nil || len(p.Rows) != 1 {
		t.Fatalf("files %+v %v", p, err)
	}
	if items, _ := a.Store().IsiBerkas(context.Background(), p.Rows[0].ID); len(items) != 1 || items[0].Uraian != "Undangan" {
		t.Errorf("items %+v", items)
	}
}
