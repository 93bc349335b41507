package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapi/ui/arsip"
	"rapi/ui/kit"
)

// Switching page or closing the window with a half-typed berkas asks
// "Simpan perubahan?" first; Batal stays on the form with the text.
func TestLeavingUnsavedFormAsks(t *testing.T) {
	a, _ := newTestApp(t, arsipDB(t, 20))
	a.ShowPage(arsip.PageKey)
	test.Tap(findButton(t, a.win, "Baru"))
	box := field(t, a.win, "Uraian").(*fyne.Container) // the field and its error line
	uraian := box.Objects[0].(*kit.Entry)
	test.Type(uraian, "Berkas yang belum disimpan")

	a.ShowPage("nav.home")
	if !overlayShows(a.win, "belum disimpan") {
		t.Fatal("switching page with unsaved changes did not ask")
	}
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Batal"))
	if a.CurrentPage() != arsip.PageKey || uraian.Text != "Berkas yang belum disimpan" {
		t.Fatalf("Batal left for %q, uraian %q", a.CurrentPage(), uraian.Text)
	}

	a.onCloseWindow()
	if !overlayShows(a.win, "belum disimpan") {
		t.Fatal("closing the window with unsaved changes did not ask")
	}
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Batal"))

	a.ShowPage("nav.home")
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Buang"))
	if a.CurrentPage() != "nav.home" {
		t.Fatalf("Buang stayed on %q", a.CurrentPage())
	}
	// Back on Arsip the list shows again, and leaving no longer asks.
	a.ShowPage(arsip.PageKey)
	findButton(t, a.win, "Baru")
	a.ShowPage("nav.home")
	if a.CurrentPage() != "nav.home" || a.win.Canvas().Overlays().Top() != nil {
		t.Fatal("leaving the list asked or stayed")
	}
}
