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

// The mutasi export asks the period the mutasi report's PDF asks, read
// the same way: a date that is not one is named and nothing is exported.
func TestMutasiExcelExportAsksThePeriod(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	a.win.SetContent(newPage(buildPage(a)))
	a.win.Show()

	test.Tap(findButton(t, a.win, "Ekspor Excel…"))
	formSelect(t, a).SetSelected("Daftar Mutasi Barang")
	dates := formEntries(t, a)
	if len(dates) != 2 {
		t.Fatalf("%d date fields in the export dialog", len(dates))
	}
	dates[1].SetText("30/02/2026")
	tapConfirm(t, a)
	if len(a.exports) != 0 || !overlayShows(a.win, "30/02/2026") || !overlayShows(a.win, "bukan tanggal") {
		t.Fatalf("a bad date should be named and export nothing: exports %+v, screen %q", a.exports, texts(a.win))
	}

	test.Tap(findButton(t, a.win, "Ekspor Excel…"))
	formSelect(t, a).SetSelected("Daftar Mutasi Barang")
	dates = formEntries(t, a)
	dates[0].SetText("1 April 2025")
	dates[1].SetText("31-03-2026")
	tapConfirm(t, a)
	if len(a.exports) != 1 {
		t.Fatalf("exports %+v", a.exports)
	}
	got := a.exports[0]
	if got.List != storage.ListMutasi || got.From.Format("2006-01-02") != "2025-04-01" || got.To.Format("2006-01-02") != "2026-03-31" {
		t.Fatalf("mutasi export asked as %+v", got)
	}
}
