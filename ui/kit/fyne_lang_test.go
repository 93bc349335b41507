package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// texts is every label and button text under o.
func texts(o fyne.CanvasObject, into map[string]bool) {
	switch w := o.(type) {
	case *widget.Label:
		into[w.Text] = true
	case *widget.Button:
		into[w.Text] = true
	case *fyne.Container:
		for _, c := range w.Objects {
			texts(c, into)
		}
		return
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(w).Objects() {
			texts(c, into)
		}
	}
}

func TestFyneFileDialogSpeaksIndonesian(t *testing.T) {
	test.NewTempApp(t)
	if err := SetLanguage("id"); err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1000, 700))
	dialog.NewFileSave(func(fyne.URIWriteCloser, error) {}, w).Show()
	seen := map[string]bool{}
	texts(w.Canvas().Overlays().Top(), seen)
	for _, want := range []string{"Simpan File", "Simpan", "Batal"} {
		if !seen[want] {
			t.Errorf("the save dialog lacks %q", want)
		}
	}
	for _, english := range []string{"Save File", "Cancel"} {
		if seen[english] {
			t.Errorf("the save dialog still reads %q", english)
		}
	}
	if s := NewSelect([]string{"Sheet1"}, nil); s.PlaceHolder != "(Pilih salah satu)" {
		t.Errorf("an empty picker reads %q", s.PlaceHolder)
	}
}
