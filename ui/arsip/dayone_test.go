package arsip

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/storage"
)

// After Simpan the Tempat line keeps showing where the file lies: a blank
// line made clerks believe the place was lost.
func TestArsipFormShowsPlaceAfterSave(t *testing.T) {
	a, p := openArsip(t, arsipDB(t, 50))
	ctx := context.Background()
	page, err := a.Store().SearchBerkas(ctx, "", storage.BerkasFilter{}, storage.Page{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	var path string
	for _, b := range page.Rows {
		if b.PlaceID != 0 && b.PlacePath != "" {
			id, path = b.ID, b.PlacePath
			break
		}
	}
	if id == 0 {
		t.Fatal("the demo database has no file with a place")
	}
	p.openBerkas(id)
	f := p.form
	if f.placeLabel.Text != path {
		t.Fatalf("the opened form shows place %q, want %q", f.placeLabel.Text, path)
	}
	f.note.SetText("Diperiksa")
	test.Tap(findButton(t, a.win, "Simpan"))
	if f.summary.Visible() {
		t.Fatalf("saving refused: %q", f.summary.Text)
	}
	if f.placeLabel.Text != path {
		t.Fatalf("after Simpan the Tempat line reads %q, want %q", f.placeLabel.Text, path)
	}
}

// "Kembali ke daftar" with unsaved changes asks first: Batal keeps the
// typed text, Simpan saves it and goes back, Buang goes back without it.
func TestArsipFormAsksBeforeLeavingUnsaved(t *testing.T) {
	a, p := openArsip(t, arsipDB(t, 50))
	ctx := context.Background()
	page, _ := a.Store().SearchBerkas(ctx, "", storage.BerkasFilter{}, storage.Page{Limit: 1})
	id := page.Rows[0].ID
	p.openBerkas(id)
	// Nothing changed: back goes straight to the list.
	test.Tap(findButton(t, a.win, "Kembali ke daftar"))
	if p.form != nil {
		t.Fatal("an untouched form did not go back to the list")
	}

	p.openBerkas(id)
	f := p.form
	f.note.SetText("Catatan yang belum disimpan")
	test.Tap(findButton(t, a.win, "Kembali ke daftar"))
	if p.form == nil || !overlayShows(a.win, "belum disimpan") {
		t.Fatal("leaving with unsaved changes did not ask")
	}
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Batal"))
	if p.form != f || f.note.Text != "Catatan yang belum disimpan" {
		t.Fatal("Batal did not keep the form with its text")
	}

	test.Tap(findButton(t, a.win, "Kembali ke daftar"))
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Simpan"))
	if p.form != nil {
		t.Fatal("Simpan did not go back to the list")
	}
	if b, _ := a.Store().Berkas(ctx, id); b.Note != "Catatan yang belum disimpan" {
		t.Fatalf("Simpan did not save the note: %q", b.Note)
	}

	p.openBerkas(id)
	p.form.note.SetText("Dibuang")
	test.Tap(findButton(t, a.win, "Kembali ke daftar"))
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Buang"))
	if p.form != nil {
		t.Fatal("Buang did not go back to the list")
	}
	if b, _ := a.Store().Berkas(ctx, id); b.Note != "Catatan yang belum disimpan" {
		t.Fatalf("Buang saved the note: %q", b.Note)
	}
}

// "Urut: terbaru" with search text lists the matches newest first.
func TestArsipListSearchSortedNewest(t *testing.T) {
	_, p := openArsip(t, arsipDB(t, 300))
	l := p.list
	l.search.SetText("rapat")
	if l.pager.Len() < 3 {
		t.Fatalf("the demo finds %d files for rapat", l.pager.Len())
	}
	l.sort.SetSelected("Urut: terbaru")
	var prev int64
	for i := 0; i < min(l.pager.Len(), 20); i++ {
		b := l.row(i)
		if prev != 0 && b.ID > prev {
			t.Fatalf("row %d (%s) is newer than the row above it", i, b.Code)
		}
		prev = b.ID
	}

}

// "Cetak label" on the list queues the labels of every berkas found, in
// the list's order.
func TestArsipListQueuesFoundLabels(t *testing.T) {
	a, p := openArsip(t, arsipDB(t, 300))
	l := p.list
	l.search.SetText("rapat")
	if l.pager.Len() < 2 {
		t.Fatalf("the demo finds %d files for rapat", l.pager.Len())
	}
	test.Tap(findButton(t, a.win, "Cetak label"))
	if len(a.labels) != l.pager.Len() || a.labels[0] != l.row(0).Code {
		t.Fatalf("queued %d labels (first %v), the list finds %d (first %s)", len(a.labels), a.labels[:min(1, len(a.labels))], l.pager.Len(), l.row(0).Code)
	}
}

// The Lokasi column starts with the box and shelf, which a narrow
// column would otherwise cut ("Gedung B › Ruang Arsip Lt.2 › Rak …").
func TestArsipListPlaceShowsBoxAndShelfFirst(t *testing.T) {
	_, p := openArsip(t, arsipDB(t, 50))
	l := p.list
	for i := 0; i < l.pager.Len(); i++ {
		b := l.row(i)
		if b.BoksID == 0 || b.PlacePath == "" {
			continue
		}
		cell := l.newCell()
		l.updateCell(widget.TableCellID{Row: i, Col: colPlace}, cell)
		text := cell.(*hoverCell).content.(*fyne.Container).Objects[0].(*widget.Label).Text
		levels := strings.Split(b.PlacePath, model.PathSep)
		if !strings.HasPrefix(text, levels[len(levels)-1]) || !strings.Contains(text, levels[len(levels)-2]) {
			t.Fatalf("the Lokasi cell of %s reads %q, want the box and shelf of %q first", b.Code, text, b.PlacePath)
		}
		return
	}
	t.Fatal("the demo has no file in a box")
}
