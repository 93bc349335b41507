package arsip

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	marsip "rapi/model/arsip"
	"rapi/storage"
)

// kategoriDB is a fresh database (with the four seeded categories), an
// admin PIN, and one file in "Rapat".
func kategoriDB(t *testing.T) string {
	t.Helper()
	return testDB(t, func(ctx context.Context, s *storage.Store) error {
		if err := s.SetAdminPIN(ctx, "", "4321"); err != nil {
			return err
		}
		b := marsip.Berkas{Code: "B-000777", KodeKlasifikasi: "000.1.5", Uraian: "Notulen rapat pimpinan", TahunSampai: 2023,
			UnitPengolah: "Bagian Tata Usaha", Kategori: "Rapat"}
		return s.CreateBerkas(ctx, &b)
	})
}

// openKategori shows the Arsip page's Kategori tab on db.
func openKategori(t *testing.T, db string) (*testShell, *arsipPage, *kategoriView) {
	t.Helper()
	a, p := openArsip(t, db)
	if got := p.tabs.Items[len(p.tabs.Items)-1].Text; got != "Kategori" {
		t.Fatalf("the last Arsip tab is %q", got)
	}
	// The tab's view, built as the tab line builds it, on the page's list.
	v := newKategoriView(a, p.list)
	a.win.SetContent(v.content)
	return a, p, v
}

func (v *kategoriView) index(t *testing.T, name string) int {
	t.Helper()
	for i, k := range v.all {
		if k.Name == name {
			return i
		}
	}
	t.Fatalf("no category %q in the tab", name)
	return -1
}

func TestKategoriAddAndRecolourWithPIN(t *testing.T) {
	a, p, v := openKategori(t, kategoriDB(t))
	if v.count.Text != "4 kategori" || !arsipScreenShows(a.win, "1 berkas") || !arsipScreenShows(a.win, "belum dipakai") {
		t.Fatalf("the tab shows %q %v", v.count.Text, labelsOnScreen(a.win))
	}

	// Add: a named print-safe colour fills the code.
	test.Tap(findButton(t, a.win, "Tambah kategori"))
	e := v.editor
	if e == nil || e.k.ID != 0 {
		t.Fatal("no editor for a new category")
	}
	e.name.SetText("Arsip Vital")
	e.preset.SetSelected("Ungu")
	if e.hex.Text != "#6A1B9A" {
		t.Fatalf("choosing Ungu put %q in the code", e.hex.Text)
	}
	e.onSave() // no PIN typed
	if !strings.Contains(e.errLabel.Text, "PIN admin salah") {
		t.Fatalf("saving without the PIN: %q", e.errLabel.Text)
	}
	if kats, _ := a.Store().ArsipKategori(context.Background()); len(kats) != 4 {
		t.Fatal("saved without the PIN")
	}
	e.hex.SetText("ungu")
	e.pin.SetText("4321")
	e.onSave()
	if !strings.Contains(e.errLabel.Text, `Kode warna "UNGU"`) || e.preset.Selected != "Warna lain (kode #RRGGBB)" {
		t.Fatalf("a bad colour code: %q (%q)", e.errLabel.Text, e.preset.Selected)
	}
	e.hex.SetText("#6a1b9a")
	e.onSave()
	if !overlayShows(a.win, "Kategori Arsip Vital tersimpan") {
		t.Fatal("no message that the category was saved")
	}
	if v.count.Text != "5 kategori" || v.all[v.index(t, "Arsip Vital")].Color != "#6A1B9A" {
		t.Fatalf("after adding: %q %+v", v.count.Text, v.all)
	}

	// Recolour Rapat: the berkas list's colour lookup follows.
	v.rows.OnSelected(v.index(t, "Rapat"))
	e = v.editor
	if e == nil || e.k.Name != "Rapat" || !overlayShows(a.win, "Mengganti nama juga mengganti kategori pada 1 berkas") {
		t.Fatal("no editor for Rapat that says a file uses it")
	}
	e.hex.SetText("#00838F")
	if e.preset.Selected != "Hijau toska" {
		t.Fatalf("the colour name shows %q", e.preset.Selected)
	}
	e.pin.SetText("4321")
	e.onSave()
	if got, want := p.list.kategoriColor("Rapat"), parseColor("#00838F"); got != want {
		t.Fatalf("the list colours Rapat %v, want %v", got, want)
	}
}

func TestKategoriDeleteRefusedWhileUsed(t *testing.T) {
	a, _, v := openKategori(t, kategoriDB(t))
	v.rows.OnSelected(v.index(t, "Rapat"))
	e := v.editor
	e.pin.SetText("4321")
	e.onDelete()
	if !strings.Contains(e.errLabel.Text, "Kategori Rapat masih dipakai 1 berkas") {
		t.Fatalf("deleting a used category: %q", e.errLabel.Text)
	}
	// Storage refuses too (a file filed meanwhile on another PC).
	e.errLabel.Hide()
	e.doDelete(e.k, "4321")
	if !strings.Contains(e.errLabel.Text, "masih dipakai 1 berkas") {
		t.Fatalf("storage's refusal: %q", e.errLabel.Text)
	}
	v.index(t, "Rapat")

	// An unused one goes, with the PIN only.
	v.rows.OnSelected(v.index(t, "Keuangan"))
	e = v.editor
	e.doDelete(e.k, "")
	if !strings.Contains(e.errLabel.Text, "PIN admin salah") {
		t.Fatalf("deleting without the PIN: %q", e.errLabel.Text)
	}
	e.doDelete(e.k, "4321")
	if !overlayShows(a.win, "Kategori Keuangan dihapus") || v.count.Text != "3 kategori" {
		t.Fatalf("after deleting Keuangan: %q", v.count.Text)
	}
}
