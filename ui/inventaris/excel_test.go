package inventaris

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/kit/kittest"
)

// The Barang toolbar opens the KIB import and exports the list the clerk
// picks; the Ruangan tab exports the open room's KIR.
func TestExcelButtonsAskTheShell(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p := buildPage(a)
	a.win.SetContent(newPage(p))
	a.win.Show()
	test.Tap(findButton(t, a.win, "Impor KIB…"))
	if a.imports != 1 {
		t.Fatalf("KIB import asked for %d times", a.imports)
	}
	test.Tap(findButton(t, a.win, "Ekspor Excel…"))
	ov := a.win.Canvas().Overlays().Top()
	var sel *widget.Select
	kittest.Walk(ov, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && sel == nil {
			sel = s
		}
	})
	if sel == nil || sel.Selected != "KIB A – Tanah" || len(sel.Options) != 8 {
		t.Fatal("no choice of list")
	}
	sel.SetSelected("KIB B – Peralatan dan Mesin")
	test.Tap(kittest.FindInOverlay(t, ov, "Ekspor"))
	if len(a.exports) != 1 || a.exports[0].List != storage.ListKIBB {
		t.Fatalf("exports asked for %+v", a.exports)
	}

	v := newRoomsView(a)
	a.win.SetContent(v.content)
	if !v.kirXLS.Disabled() {
		t.Error("KIR export offered with no room open")
	}
	for i, r := range v.rooms {
		if r.Ruang.ID == f.rapat {
			v.list.Select(i)
		}
	}
	test.Tap(findButton(t, a.win, "Ekspor KIR ke Excel…"))
	if len(a.exports) != 2 || a.exports[1].List != storage.ListKIR || a.exports[1].RuangID != f.rapat {
		t.Fatalf("KIR export asked for %+v", a.exports)
	}
}
