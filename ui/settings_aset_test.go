package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// saveAsetSettings types the signers into the Inventaris card of
// Pengaturan, taps its Simpan and, when the PIN is asked, gives it.
func saveAsetSettings(t *testing.T, a *App, values map[string]string) {
	t.Helper()
	a.ShowPage("nav.settings")
	for label, v := range values {
		e := field(t, a.win, label).(*kit.Entry)
		e.SetText("")
		test.Type(e, v)
	}
	var card *widget.Card
	walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Card); ok && c.Title == "Inventaris: kode lokasi dan penanda tangan" {
			card = c
		}
	})
	if card == nil {
		t.Fatal("no Inventaris card in Pengaturan")
	}
	test.Tap(findInOverlay(t, card, "Simpan"))
	if top := a.win.Canvas().Overlays().Top(); top != nil && overlayShows(a.win, "PIN admin") {
		test.Tap(findInOverlay(t, top, "OK"))
	}
}

func TestAsetSignersSavedInSettingsPrintOnTheKIB(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	saveAsetSettings(t, a, map[string]string{"Kode lokasi": "12.01.01.03",
		"Nama Pengurus Barang": "Budi Santoso", "NIP Pengurus Barang": "19850312 201001 1 002",
		"Nama Kepala Unit (Pengguna Barang)": "Siti Aminah", "NIP Kepala Unit": "197001011995032001",
		"Jabatan Kepala Unit": "Kepala Biro Umum"})
	if !overlayShows(a.win, "Tersimpan") {
		t.Error("no saved message")
	}
	spec, _, err := printout.AsetForm(context.Background(), a.Store(), printout.AsetOptions{List: storage.ListKIBB})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range spec.Signatures {
		got[s.Name] = s.NIP
	}
	if got["Budi Santoso"] != "198503122010011002" || got["Siti Aminah"] != "197001011995032001" {
		t.Fatalf("the KIB B is signed by %v", got)
	}
	if spec.Subtitles[1] != "KODE LOKASI : 12.01.01.03" {
		t.Errorf("header %q", spec.Subtitles[1])
	}
}

func TestBadSignerNIPInSettingsIsNamedAndNotSaved(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	saveAsetSettings(t, a, map[string]string{"Nama Pengurus Barang": "Budi Santoso", "NIP Pengurus Barang": "1985 0312"})
	if !overlayShows(a.win, "NIP Pengurus Barang") {
		t.Fatal("the refusal does not name the NIP field")
	}
	if sig, _ := a.Store().AsetSigners(context.Background()); sig.Pengurus.Nama != "" {
		t.Fatalf("a refused NIP saved %+v", sig)
	}
	if e := field(t, a.win, "NIP Pengurus Barang").(*kit.Entry); e.Text != "1985 0312" {
		t.Errorf("what was typed is gone: %q", e.Text)
	}
}
