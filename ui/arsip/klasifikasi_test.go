package arsip

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	marsip "rapi/model/arsip"
	"rapi/storage"
)

// klasDB is a fresh database with an admin PIN and one code an import
// added ("perlu ditinjau").
func klasDB(t *testing.T) string {
	t.Helper()
	return testDB(t, func(ctx context.Context, s *storage.Store) error {
		if err := s.SetAdminPIN(ctx, "", "4321"); err != nil {
			return err
		}
		k := marsip.Klasifikasi{Code: "000.1.5.7", Name: "000.1.5.7", Review: true,
			JRA: marsip.JRA{Aktif: 2, Inaktif: 5, Nasib: marsip.NasibDinilai}}
		return s.SaveKlasifikasi(ctx, &k)
	})
}

func TestKlasifikasiEditWithPINClearsTheReviewMark(t *testing.T) {
	a, p := openArsip(t, klasDB(t))
	v := p.klas
	p.tabs.SelectIndex(4)
	if !strings.Contains(v.count.Text, "1 perlu ditinjau") {
		t.Fatalf("count reads %q", v.count.Text)
	}
	v.onlyReview.SetChecked(true)
	if len(v.shown) != 1 || !arsipScreenShows(a.win, "Perlu ditinjau") || !arsipScreenShows(a.win, "000.1.5.7") {
		t.Fatalf("the imported code is not shown marked: %d rows, %v", len(v.shown), labelsOnScreen(a.win))
	}
	v.onlyReview.SetChecked(false)
	test.Type(v.search, "000.1.5")
	for _, k := range v.shown {
		if !strings.HasPrefix(k.Code, "000.1.5") {
			t.Fatalf("searching 000.1.5 shows %s", k.Code)
		}
	}

	v.table.OnSelected(widget.TableCellID{Row: len(v.shown) - 1, Col: 1})
	e := v.editor
	if e == nil || e.k.Code != "000.1.5.7" {
		t.Fatal("tapping the row opened no editor for 000.1.5.7")
	}
	if !overlayShows(a.win, "ditambahkan oleh impor") {
		t.Fatal("the editor does not say the code needs review")
	}
	e.name.SetText("Notulen Rapat Terbatas")
	e.inaktif.SetText("lima")
	e.onSave()
	if !e.errLabel.Visible() || !strings.Contains(e.errLabel.Text, "Retensi inaktif (tahun)") {
		t.Fatalf("a bad number is not named: %q", e.errLabel.Text)
	}
	e.inaktif.SetText("6")
	e.onSave() // no PIN typed
	if !strings.Contains(e.errLabel.Text, "PIN admin salah") {
		t.Fatalf("saving without the PIN: %q", e.errLabel.Text)
	}
	if k, _ := a.Store().KlasifikasiByCode(context.Background(), "000.1.5.7"); k.Name != "000.1.5.7" {
		t.Fatal("saved without the PIN")
	}
	e.pin.SetText("4321")
	e.onSave()
	if !overlayShows(a.win, "000.1.5.7 tersimpan") {
		t.Fatal("no message that the code was saved")
	}
	k, _ := a.Store().KlasifikasiByCode(context.Background(), "000.1.5.7")
	if k.Name != "Notulen Rapat Terbatas" || k.JRA.Inaktif != 6 || k.Review {
		t.Fatalf("after saving with the PIN: %+v", k)
	}
	a.win.Resize(fyne.NewSize(1280, 800))
	if arsipScreenShows(a.win, "Perlu ditinjau") || !arsipScreenShows(a.win, "Notulen Rapat Terbatas") {
		t.Fatalf("the list after saving: %v", labelsOnScreen(a.win))
	}
	if !strings.Contains(v.count.Text, "0 perlu ditinjau") {
		t.Fatalf("count reads %q", v.count.Text)
	}
}

func TestKlasifikasiImportPreviewNamesBadRowsThenImports(t *testing.T) {
	a, p := openArsip(t, klasDB(t))
	v := p.klas
	dir := t.TempDir()
	bad := filepath.Join(dir, "salah.csv")
	good := filepath.Join(dir, "jra.csv")
	os.WriteFile(bad, []byte("Kode;Uraian;Aktif;Inaktif;Keterangan\n000.1.6.9;Konsumsi Tamu;1;dua;Musnah\n"), 0o644)
	os.WriteFile(good, []byte("Kode;Uraian;Aktif;Inaktif;Keterangan\n000.1.6.9;Konsumsi Tamu;1;2;Musnah\n"), 0o644)

	v.previewImport(bad, "4321")
	if !overlayShows(a.win, `baris 2, kolom "Inaktif": "dua"`) || !overlayShows(a.win, "tidak ada yang disimpan") {
		t.Fatal("the bad row is not named in the preview")
	}
	v.previewImport(good, "4321")
	if !overlayShows(a.win, "Akan dibuat 1, diubah 0, tetap 0, ditolak 0") {
		t.Fatal("no preview counts")
	}
	v.runImport(good, "4321")
	if !overlayShows(a.win, "Dibuat 1, diubah 0, tetap 0") {
		t.Fatal("no report of the import")
	}
	found := false
	for _, k := range v.all {
		found = found || k.Code == "000.1.6.9" && k.Name == "Konsumsi Tamu"
	}
	if !found {
		t.Fatal("the imported code is not in the list")
	}
}
