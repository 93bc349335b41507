package ui

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// sourceSelect is Cetak's choice of label kind.
func sourceSelect(t *testing.T, a *App) *widget.Select {
	t.Helper()
	var found *widget.Select
	walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && found == nil && slices.Contains(s.Options, "Label berkas (map)") {
			found = s
		}
	})
	if found == nil {
		t.Fatal("no label kind on Cetak")
	}
	return found
}

// A label queued from a card while Cetak is already open shows at once.
func TestLabelQueuedWhileCetakOpenShows(t *testing.T) {
	a := openPrintPage(t)
	mkTestBerkas(t, a, "B-000042", "Notulen rapat koordinasi")
	h, err := a.Store().FindCode(context.Background(), "b-000042")
	if err != nil {
		t.Fatal(err)
	}
	a.openCard(h)
	test.Tap(overlayButton(t, a.win, "Cetak label"))
	if !labelShows(a.win, "1 label dalam antrean") || !labelShows(a.win, "B-000042 · Notulen rapat") {
		t.Fatal("the label added from the card does not show on the open Cetak page")
	}
}

// Kosongkan asks before it empties the queue; Batal keeps the labels.
func TestClearQueueAsks(t *testing.T) {
	a := openPrintPage(t)
	mkTestBerkas(t, a, "B-000001", "Laporan kegiatan")
	sourceSelect(t, a).SetSelected("Label berkas (map)")
	test.Tap(findButton(t, a.win, "Tambah semua"))
	if !labelShows(a.win, "1 label dalam antrean") {
		t.Fatal("test setup: the queue does not hold the berkas")
	}
	test.Tap(findButton(t, a.win, "Kosongkan"))
	if !overlayShows(a.win, "1 label akan dihapus") {
		t.Fatal("Kosongkan did not ask")
	}
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Batal"))
	if !labelShows(a.win, "1 label dalam antrean") {
		t.Fatal("Batal emptied the queue")
	}
	test.Tap(findButton(t, a.win, "Kosongkan"))
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Kosongkan"))
	if !labelShows(a.win, "0 label dalam antrean") {
		t.Fatal("confirming did not empty the queue")
	}
}

// The label kind chosen stays chosen when Cetak is built again (the
// next start, or after the language changed).
func TestLabelKindRemembered(t *testing.T) {
	a := openPrintPage(t)
	sourceSelect(t, a).SetSelected("Label berkas (map)")
	a.showShell()
	a.ShowPage("nav.print")
	if got := sourceSelect(t, a).Selected; got != "Label berkas (map)" {
		t.Fatalf("the label kind came back as %q", got)
	}
}

// With an empty queue and "Label berkas" chosen the preview shows no
// sample place labels.
func TestEmptyQueuePreviewFollowsLabelKind(t *testing.T) {
	a := openPrintPage(t)
	places := previewImage(t, a.win)
	sourceSelect(t, a).SetSelected("Label berkas (map)")
	if bytes.Equal(previewImage(t, a.win), places) {
		t.Fatal("the empty preview still shows sample place labels while Label berkas is chosen")
	}
}
