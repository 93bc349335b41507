package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// guideText is the text of the guide on screen, "" when none is shown.
func guideText(a *App) string {
	var b strings.Builder
	for _, o := range a.win.Canvas().Overlays().List() {
		walk(o, func(x fyne.CanvasObject) {
			switch w := x.(type) {
			case *widget.RichText:
				b.WriteString(w.String())
			case *canvas.Text: // list items are drawn, not in String()
				b.WriteString(w.Text + " ")
			}
		})
	}
	return b.String()
}

func TestBantuanMenuOpensTheGuide(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	var help *fyne.Menu
	for _, m := range a.win.MainMenu().Items {
		if m.Label == "Bantuan" {
			help = m
		}
	}
	if help == nil || help.Items[0].Label != "Panduan singkat (F1)" {
		t.Fatalf("Bantuan holds no guide: %+v", help)
	}
	help.Items[0].Action()
	got := guideText(a)
	for _, want := range []string{"Langkah pertama", "Memindai label", "Mencetak label", "Mengimpor daftar arsip",
		"Bila folder bersama tidak terjangkau", "Pintasan keyboard", "Ctrl+F"} {
		if !strings.Contains(got, want) {
			t.Errorf("the guide lacks %q", want)
		}
	}
}

func TestF1OpensTheGuideFromAField(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	a.FocusScan()
	a.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	if !strings.Contains(guideText(a), "Pintasan keyboard") {
		t.Fatal("F1 in the scan box did not open the guide")
	}
}
