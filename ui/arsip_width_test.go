package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapi/ui/arsip"
)

// The Arsip page (list, form and every tab) fits the common office
// screens: the window never asks for more than 1,100 px, so at 1,280 × 720
// and 1,366 × 768 it keeps the size it was given.
func TestArsipFitsOfficeScreens(t *testing.T) {
	a, _ := newTestApp(t, arsipDB(t, 20))
	for _, size := range []fyne.Size{{Width: 1280, Height: 720}, {Width: 1366, Height: 768}} {
		a.win.Resize(size)
		a.ShowPage(arsip.PageKey)
		check := func(what string) {
			t.Helper()
			if w := a.win.Canvas().Content().MinSize().Width; w > 1100 {
				t.Errorf("at %v the %s asks for %.0f px", size, what, w)
			}
			if got := a.win.Canvas().Size(); got.Width > size.Width {
				t.Errorf("at %v the %s widened the window to %.0f px", size, what, got.Width)
			}
		}
		check("Arsip list")
		test.Tap(findButton(t, a.win, "Baru"))
		check("berkas form")
		test.Tap(findButton(t, a.win, "Kembali ke daftar"))
		a.ShowPage("nav.print")
		check("Cetak page")
	}
}
