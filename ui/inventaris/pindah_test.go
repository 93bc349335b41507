package inventaris

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Pindah: scan a room, then two assets: both move there; Undo takes one
// back to where it was.
func TestPindahScanRoomThenAssetsAndUndoOne(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	v := newPindahView(a)
	a.win.SetContent(v.content)
	ctx := context.Background()

	scan(a.win, v.scan, f.kursi[0].Code)
	if !shows(a.win, "Pindai dulu label ruangan tujuan") {
		t.Fatalf("room first: %q", texts(a.win))
	}
	scan(a.win, v.scan, "G-A")
	if !shows(a.win, "G-A bukan ruangan") {
		t.Fatalf("a building is not a room: %q", texts(a.win))
	}
	scan(a.win, v.scan, "R-TU")
	if !shows(a.win, "Ruang tujuan: Gedung A › Ruang TU") {
		t.Fatalf("destination: %q", texts(a.win))
	}
	scan(a.win, v.scan, f.kursi[0].Code)
	scan(a.win, v.scan, f.meja.Code)
	for _, x := range []int64{f.kursi[0].ID, f.meja.ID} {
		if got, _ := a.Store().Aset(ctx, x); got.RuangID != f.tu {
			t.Fatalf("asset %d not moved: room %d", x, got.RuangID)
		}
	}
	if !shows(a.win, f.meja.Code+" Meja Rapat dipindah ke Ruang TU") {
		t.Errorf("moved line: %q", texts(a.win))
	}
	// The newest line is on top: undo the meja.
	var undo *widget.Button
	walkShown(a.win.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Batalkan" && undo == nil {
			undo = b
		}
	})
	if undo == nil {
		t.Fatal("no Batalkan on the moved lines")
	}
	test.Tap(undo)
	if got, _ := a.Store().Aset(ctx, f.meja.ID); got.RuangID != f.rapat {
		t.Errorf("undo should take the meja back to Ruang Rapat: %d", got.RuangID)
	}
	if got, _ := a.Store().Aset(ctx, f.kursi[0].ID); got.RuangID != f.tu {
		t.Errorf("the other move stays")
	}
	if !shows(a.win, "Dibatalkan: "+f.meja.Code) {
		t.Errorf("undone line: %q", texts(a.win))
	}
}

// Rooms: each room with its asset count and last sensus; opening one
// lists its assets; Cetak KIR asks the shell for that room's KIR.
func TestRoomsListAndKIR(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	v := newRoomsView(a)
	a.win.SetContent(v.content)
	line := ""
	for _, r := range v.rooms {
		if r.Ruang.ID == f.rapat {
			line = roomLine(r)
		}
	}
	if line != "Gedung A › Ruang Rapat · 4 barang · 1 RB · sensus belum pernah" {
		t.Fatalf("room line %q", line)
	}
	for i, r := range v.rooms {
		if r.Ruang.ID == f.rapat {
			v.list.Select(i)
		}
	}
	if len(v.assets) != 4 || !shows(a.win, "Gedung A › Ruang Rapat · 4 barang") {
		t.Fatalf("room assets: %d %q", len(v.assets), texts(a.win))
	}
	test.Tap(findButton(t, a.win, "Cetak KIR"))
	if len(a.kir) != 1 || a.kir[0] != f.rapat {
		t.Errorf("KIR asked for %v", a.kir)
	}
}
