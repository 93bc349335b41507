package arsip

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"rapi/storage"
	"rapi/ui/kit"
)

// The share drops while a clerk fills in a new berkas: Simpan says the
// database cannot be reached, the form keeps every word typed, and when
// the folder is back the same Simpan saves it, without restarting Rapi.
func TestBerkasFormKeepsWhatWasTypedWhileTheShareIsGone(t *testing.T) {
	db := arsipDB(t, 20)
	a, p := openArsip(t, db)
	test.Tap(findButton(t, a.win, "Baru"))
	f := p.form
	test.Type(f.kode, "000.1.5")
	const uraian = "Notulen rapat saat jaringan putus"
	test.Type(formField(t, a.win, "Uraian").(*kit.Entry), uraian)
	f.tahunDari.SetText("2024")
	f.tahunSampai.SetText("2024")

	share := filepath.Dir(db)
	away := share + "-offline"
	if err := os.Rename(share, away); err != nil {
		t.Fatal(err)
	}
	test.Tap(findButton(t, a.win, "Simpan"))
	if !overlayShows(a.win, "tidak bisa dibuka atau dijangkau") {
		t.Fatal("saving with the share gone does not say the database cannot be reached")
	}
	if f.uraian.Text != uraian || f.kode.Text != "000.1.5" || f.tahunDari.Text != "2024" {
		t.Fatalf("the form lost what was typed: %q %q %q", f.uraian.Text, f.kode.Text, f.tahunDari.Text)
	}

	if err := os.Rename(away, share); err != nil {
		t.Fatal(err)
	}
	test.Tap(findButton(t, a.win, "Simpan"))
	if f.summary.Visible() {
		t.Fatalf("saving after the share came back: %q", f.summary.Text)
	}
	page, err := a.Store().SearchBerkas(context.Background(), "jaringan putus", storage.BerkasFilter{}, storage.Page{})
	if err != nil || len(page.Rows) != 1 || page.Rows[0].Uraian != uraian {
		t.Fatalf("the berkas saved once the share was back: %+v %v", page.Rows, err)
	}
}
