// Package kittest has what the screen tests of every ui package share:
// walking the widget tree as Fyne's test driver renders it, and finding
// what a clerk would see or tap. Only tests import it.
package kittest

import (
	"rapi/ui/kit"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Walk calls fn on o and on everything drawn inside it.
func Walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			Walk(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			Walk(c, fn)
		}
	}
}

// FindButton is the first button labelled label in the window's content.
func FindButton(t testing.TB, w fyne.Window, label string) *widget.Button {
	t.Helper()
	var found *widget.Button
	Walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q on screen", label)
	}
	return found
}

// OverlayShows tells whether a dialog on screen has a label containing text.
func OverlayShows(w fyne.Window, text string) bool {
	found := false
	for _, o := range w.Canvas().Overlays().List() {
		Walk(o, func(x fyne.CanvasObject) {
			if l, ok := x.(*widget.Label); ok && strings.Contains(l.Text, text) {
				found = true
			}
		})
	}
	return found
}

// FindInOverlay is the last button labelled label inside the dialog o.
func FindInOverlay(t testing.TB, o fyne.CanvasObject, label string) *widget.Button {
	t.Helper()
	var found *widget.Button
	Walk(o, func(x fyne.CanvasObject) {
		if b, ok := x.(*widget.Button); ok && b.Text == label {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no %q button in the dialog", label)
	}
	return found
}

// Field is the form field a clerk sees next to label.
func Field(t testing.TB, w fyne.Window, label string) fyne.CanvasObject {
	t.Helper()
	var found fyne.CanvasObject
	Walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == label && found == nil {
					found = it.Widget
				}
			}
		}
	})
	if found == nil {
		t.Fatalf("no field %q on screen", label)
	}
	return found
}

// WalkShown is Walk that skips what is hidden (and all inside it): what
// a clerk can see.
func WalkShown(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if !o.Visible() {
		return
	}
	fn(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			WalkShown(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			WalkShown(c, fn)
		}
	}
}

// Top is the dialog on top; none fails the test.
func Top(t testing.TB, w fyne.Window) fyne.CanvasObject {
	t.Helper()
	o := w.Canvas().Overlays().Top()
	if o == nil {
		t.Fatal("no dialog on screen")
	}
	return o
}

// Scan types code into a scan field and presses Enter, as a scanner does.
func Scan(w fyne.Window, e *kit.Entry, code string) {
	w.Canvas().Focus(e)
	test.Type(e, code)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}
