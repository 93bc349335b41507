package arsip

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

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
