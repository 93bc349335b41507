package arsip

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	marsip "rapi/model/arsip"
	"rapi/storage"
)

// TestArsipFormShowsColumnsKeptFromImport imports a register with a
// column Rapi has no field for, opens that file's form and finds the
// column and its value in the read-only "Kolom lain dari impor" card.
func TestArsipFormShowsColumnsKeptFromImport(t *testing.T) {
	plain := marsip.Berkas{Code: "B-000778", KodeKlasifikasi: "000.1.5", Uraian: "Berkas tanpa impor", TahunSampai: 2023}
	db := testDB(t, func(ctx context.Context, s *storage.Store) error { return s.CreateBerkas(ctx, &plain) })
	dir := t.TempDir()
	ctx := context.Background()

	file := filepath.Join(dir, "register.xlsx")
	f := excelize.NewFile()
	rows := [][]any{
		{"No", "Kode Klasifikasi", "Uraian Informasi Berkas", "Kurun Waktu", "Pencipta Arsip", "Nomor Rak Lama"},
		{1, "000.1.5", "Notulen rapat koordinasi", "2021", "Biro Umum", "R-17/B"},
	}
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			f.SetCellValue("Sheet1", cell, v)
		}
	}
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	f.Close()

	a, p := openArsip(t, db)
	if _, err := a.Store().ImportArsip(ctx, file, storage.ImportArsipOptions{}); err != nil {
		t.Fatal(err)
	}
	found, err := a.Store().SearchBerkas(ctx, "koordinasi", storage.BerkasFilter{}, storage.Page{})
	if err != nil || found.Total != 1 {
		t.Fatalf("the imported file: %v %+v", err, found)
	}

	p.openBerkas(found.Rows[0].ID)
	if !p.form.extraCard.Visible() {
		t.Fatal("the card of kept columns is hidden")
	}
	for _, text := range []string{"Pencipta Arsip", "Biro Umum", "Nomor Rak Lama", "R-17/B"} {
		if !arsipScreenShows(a.win, text) {
			t.Fatalf("%q is not on screen: %v", text, labelsOnScreen(a.win))
		}
	}
	if p.form.extraCard.Title != "Kolom lain dari impor" {
		t.Fatalf("the card is titled %q", p.form.extraCard.Title)
	}

	// A file typed in Rapi has no such card.
	p.closeForm()
	p.openBerkas(plain.ID)
	if p.form.extraCard.Visible() || arsipScreenShows(a.win, "Pencipta Arsip") {
		t.Fatal("a file without kept columns shows the card")
	}
}
