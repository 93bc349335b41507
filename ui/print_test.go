package ui

import (
	"bytes"
	"context"
	"image"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/label"
	"rapi/ui/cetak"
	"rapi/ui/kit"
)

func openPrintPage(t *testing.T) *App {
	t.Helper()
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	a.ShowPage("nav.print")
	if a.CurrentPage() != "nav.print" {
		t.Fatal("no Cetak page")
	}
	return a
}

func previewImage(t *testing.T, w fyne.Window) []byte {
	t.Helper()
	var img *image.RGBA
	walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if i, ok := o.(*canvas.Image); ok && img == nil && i.MinSize() != cetak.ListPreviewSize { // not the official list's page
			if rgba, ok := i.Image.(*image.RGBA); ok && rgba.Bounds().Dx() > 1 {
				img = rgba
			}
		}
	})
	if img == nil {
		t.Fatal("no preview image on screen")
	}
	return append([]byte(nil), img.Pix...)
}

// problemText is the red line under the preview that names a bad field.
func problemText(w fyne.Window) string {
	text := ""
	walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Importance == widget.DangerImportance && l.Text != "" {
			text = l.Text
		}
	})
	return text
}

func typeInto(t *testing.T, w fyne.Window, label, text string) {
	t.Helper()
	e := field(t, w, label).(*kit.Entry)
	e.SetText("")
	test.Type(e, text)
}

func TestEditingTemplateUpdatesPreview(t *testing.T) {
	a := openPrintPage(t)
	w := a.win
	if got := field(t, w, "Kertas label").(*widget.Select).Selected; got != label.Builtins()[0].Name {
		t.Fatalf("picker starts at %q", got)
	}
	before := previewImage(t, w)
	typeInto(t, w, "Jumlah kolom", "1")
	after := previewImage(t, w)
	if bytes.Equal(before, after) {
		t.Fatal("the preview did not change when the number of columns did")
	}
	if p := problemText(w); p != "" {
		t.Fatalf("a valid edit reports %q", p)
	}
}

func TestBadTemplateValueNamesTheField(t *testing.T) {
	a := openPrintPage(t)
	w := a.win
	good := previewImage(t, w)
	for _, c := range []struct{ field, value, says string }{
		{"Lebar label (mm)", "sembilan", "Lebar label (mm)"},
		{"Lebar label (mm)", "0", "Lebar label (mm)"},
		{"Jumlah kolom", "5", "Jumlah kolom"}, // runs off the sheet
		{"Jumlah kolom", "2,5", "Jumlah kolom"},
		{"Geser ke kanan (mm)", "abc", "Geser ke kanan"},
		{"Mulai dari label ke-", "0", "Mulai dari label"},
	} {
		field(t, w, "Kertas label").(*widget.Select).SetSelectedIndex(0) // back to a good template
		typeInto(t, w, "Geser ke kanan (mm)", "0")
		typeInto(t, w, "Mulai dari label ke-", "1")
		typeInto(t, w, c.field, c.value)
		if p := problemText(w); !strings.Contains(p, c.says) {
			t.Errorf("%s = %q: message %q does not name the field", c.field, c.value, p)
		}
	}
	// The preview keeps the last good page rather than going blank.
	if len(previewImage(t, w)) != len(good) {
		t.Error("the preview changed size on bad input")
	}
}

func TestCustomTemplateSavedAndShared(t *testing.T) {
	a := openPrintPage(t)
	w := a.win
	typeInto(t, w, "Nama template", "Tom & Jerry 103")
	typeInto(t, w, "Lebar label (mm)", "64")
	test.Tap(findButton(t, w, "Simpan template"))
	got, err := a.Store().FindTemplate(context.Background(), "Tom & Jerry 103")
	if err != nil || got.LabelWidth != 64 || got.Columns != 2 {
		t.Fatalf("saved template %+v, %v", got, err)
	}
	sel := field(t, w, "Kertas label").(*widget.Select)
	if sel.Selected != "Tom & Jerry 103" || !contains(sel.Options, "Avery L7160") {
		t.Fatalf("picker after saving: %q of %v", sel.Selected, sel.Options)
	}
	// A built-in's name is refused, naming the field.
	typeInto(t, w, "Nama template", "Avery L7160")
	test.Tap(findButton(t, w, "Simpan template"))
	if p := problemText(w); !strings.Contains(p, "Nama template") {
		t.Fatalf("saving over a built-in: %q", p)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestPlaceLabelsToPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // where "Buka PDF" writes the file it opens
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	names := []string{"Rak Arsip Timur", "Lemari Besi Kepegawaian", "Roll O'Pack Ruang 2"}
	for i, n := range names {
		p := model.Place{Code: "LOK-00000" + string(rune('1'+i)), Kind: model.PlaceRak, Name: n}
		if err := a.Store().CreatePlace(context.Background(), &p); err != nil {
			t.Fatal(err)
		}
	}
	a.ShowPage("nav.print")
	w := a.win
	test.Tap(findButton(t, w, "Tambah semua"))
	test.Tap(findButton(t, w, "Tambah semua")) // twice: no duplicates
	if !labelShows(w, "3 label dalam antrean") {
		t.Fatal("the queue does not hold the 3 places")
	}
	test.Tap(findButton(t, w, "Buka PDF"))
	pdfs, _ := filepath.Glob(filepath.Join(tmp, "rapi-label-*.pdf"))
	if len(pdfs) != 1 {
		t.Fatalf("%d PDFs written", len(pdfs))
	}
	out, err := exec.Command("pdftotext", pdfs[0], "-").CombinedOutput()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range append(names, "LOK-000002") {
		if !strings.Contains(strings.Join(strings.Fields(string(out)), " "), n) {
			t.Errorf("the PDF lacks %q", n)
		}
	}
	last, _ := a.Store().LastPrinted(context.Background(), cetak.PlaceKind)
	if len(last) != 3 {
		t.Fatalf("%d places remembered as printed", len(last))
	}
	// Printed ones are not offered again as never printed.
	test.Tap(findButton(t, w, "Kosongkan"))
	test.Tap(findInOverlay(t, w.Canvas().Overlays().Top(), "Kosongkan"))
	test.Tap(findButton(t, w, "Tambah yang belum dicetak"))
	if !labelShows(w, "0 label dalam antrean") {
		t.Fatal("printed places came back as never printed")
	}
}

func TestPrinterOffsetKeptPerPC(t *testing.T) {
	a := openPrintPage(t)
	typeInto(t, a.win, "Geser ke kanan (mm)", "1,5")
	typeInto(t, a.win, "Geser ke bawah (mm)", "-0,8")
	test.Tap(findButton(t, a.win, "Simpan geseran"))
	if got := cetak.PrefsOf(a.Preferences()).PrinterOffset(); got != (label.Offset{X: 1.5, Y: -0.8}) {
		t.Fatalf("offset saved as %+v", got)
	}
	a.ShowPage("nav.home")
	a.ShowPage("nav.print")
	if e := field(t, a.win, "Geser ke kanan (mm)").(*kit.Entry); e.Text != "1,5" {
		t.Fatalf("offset shown after coming back: %q", e.Text)
	}
}

func labelShows(w fyne.Window, text string) bool {
	found := false
	walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			found = true
		}
	})
	return found
}
