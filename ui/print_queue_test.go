package ui

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/arsip"
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

// Three berkas ticked in the Arsip list and "Cetak label yang dipilih":
// Cetak's queue holds exactly those three.
func TestArsipSelectionQueuesExactlyTheTicked(t *testing.T) {
	a, _ := newTestApp(t, arsipDB(t, 40))
	a.ShowPage(arsip.PageKey)
	page, err := a.Store().SearchBerkas(context.Background(), "", storage.BerkasFilter{}, storage.Page{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var list *widget.Table
	walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
		if tb, ok := o.(*widget.Table); ok && list == nil {
			list = tb
		}
	})
	if list == nil {
		t.Fatal("no berkas list on the Arsip page")
	}
	var want []string
	for _, r := range []int{1, 3, 4} {
		list.Select(widget.TableCellID{Row: r, Col: 0})
		want = append(want, page.Rows[r].Code)
	}
	test.Tap(findButton(t, a.win, "Cetak label yang dipilih"))
	if a.CurrentPage() != "nav.print" || !labelShows(a.win, "3 label dalam antrean") {
		t.Fatal("Cetak does not show a queue of the 3 ticked berkas")
	}
	if got := sourceSelect(t, a).Selected; got != "Label berkas (map)" {
		t.Errorf("with berkas labels queued the label kind reads %q", got)
	}
	for _, code := range want {
		if !labelShows(a.win, code+" · ") {
			t.Errorf("the queue lacks the ticked %s", code)
		}
	}
}
