package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/ui/kit"
)

func TestFirstRecordingActionAsksForTheClerkOnce(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ran := 0
	a.EnsureClerk(func() { ran++ })
	top := a.win.Canvas().Overlays().Top()
	if top == nil || ran != 0 || !overlayShows(a.win, "Siapa petugas di PC ini?") {
		t.Fatal("a clerk without a name was not asked for it")
	}
	var name *kit.Entry
	walk(top, func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok {
			name = e
		}
	})
	test.Type(name, "Siti Rahmawati")
	test.Tap(findInOverlay(t, top, "Simpan"))
	if ran != 1 {
		t.Fatalf("the action ran %d times after the name was given", ran)
	}
	if got := a.prefs.Actor().Name; got != "Siti Rahmawati" {
		t.Fatalf("Pengaturan holds the clerk %q", got)
	}
	if got := a.Store().Actor().Name; got != "Siti Rahmawati" {
		t.Fatalf("changes are recorded under %q", got)
	}
	a.EnsureClerk(func() { ran++ })
	if ran != 2 || a.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the clerk was asked again although the name is known")
	}
}

// The hint says why the name is asked; squeezed to the entry's width it
// stood one word a line in the real window.
func TestClerkQuestionIsWideEnoughToRead(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	a.EnsureClerk(func() {})
	top := a.win.Canvas().Overlays().Top()
	var hint *widget.Label
	walk(top, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Wrapping == fyne.TextWrapWord {
			hint = l
		}
	})
	if hint == nil {
		t.Fatal("no hint in the clerk question")
	}
	if w := hint.Size().Width; w < 350 {
		t.Errorf("the hint is %.0f wide: too narrow to read", w)
	}
}
