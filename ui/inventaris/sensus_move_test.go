package inventaris

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// shownButtons are the visible buttons labelled label in the window.
func shownButtons(w fyne.Window, label string) []*widget.Button {
	var out []*widget.Button
	walkShown(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			out = append(out, b)
		}
	})
	return out
}

// A misplaced asset offers "Pindahkan sekarang" on its line: tapped, the
// asset moves into the room being counted at once (a mutasi, before the
// session is confirmed) and the line counts as found.
func TestSensusMoveNowMovesTheMisplacedAsset(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	v := newSensusView(a)
	a.win.SetContent(v.content)
	a.win.Resize(fyne.NewSize(900, 600))
	test.Tap(findButton(t, a.win, "Mulai sensus"))
	tapConfirm(t, a)
	scan(a.win, v.scan, "R-RAPAT")
	scan(a.win, v.scan, f.kursi[0].Code)
	if got := shownButtons(a.win, "Pindahkan sekarang"); len(got) != 0 {
		t.Fatalf("a found asset offers a move: %d buttons", len(got))
	}
	scan(a.win, v.scan, f.laptop.Code)
	moves := shownButtons(a.win, "Pindahkan sekarang")
	if len(moves) != 1 {
		t.Fatalf("want one move button on the misplaced line, got %d: %q", len(moves), texts(a.win))
	}
	test.Tap(moves[0])
	got, _ := a.Store().Aset(context.Background(), f.laptop.ID)
	if got.RuangID != f.rapat {
		t.Fatalf("the laptop is still in room %d", got.RuangID)
	}
	if !shows(a.win, "Ditemukan 2 · Hilang 3 · Salah ruang 0") || !shows(a.win, "dipindahkan ke Gedung A › Ruang Rapat") {
		t.Errorf("after the move: %q", texts(a.win))
	}
	if len(shownButtons(a.win, "Pindahkan sekarang")) != 0 {
		t.Error("the moved asset still offers a move")
	}
	hist, _ := a.Store().AsetMutasiList(context.Background(), f.laptop.ID)
	if len(hist) != 1 || hist[0].KeRuangID != f.rapat {
		t.Fatalf("mutasi %+v", hist)
	}
}
