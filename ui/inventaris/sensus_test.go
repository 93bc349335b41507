package inventaris

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model/aset"
)

// tapConfirm taps the confirming (high importance) button of the dialog on top.
func tapConfirm(t *testing.T, a *testShell) {
	t.Helper()
	var b *widget.Button
	walk(topOverlay(t, a.win), func(o fyne.CanvasObject) {
		if x, ok := o.(*widget.Button); ok && x.Importance == widget.HighImportance {
			b = x
		}
	})
	if b == nil {
		t.Fatal("no confirm button in the dialog")
	}
	test.Tap(b)
}

// A sensus, as a clerk does it: scan the room, then what stands in it.
// Each category shows at once in the live counts; a condition is
// corrected on the spot; an unlabelled item is recorded with a
// description; the session is paused and resumed; only "Selesai &
// terapkan" changes the register.
func TestSensusEveryCategory(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	v := newSensusView(a)
	a.win.SetContent(v.content)
	ctx := context.Background()

	scan(a.win, v.scan, f.kursi[0].Code)
	if !shows(a.win, "Mulai atau lanjutkan sensus dulu") {
		t.Fatalf("no session yet: %q", texts(a.win))
	}
	test.Tap(findButton(t, a.win, "Mulai sensus"))
	tapConfirm(t, a)
	if v.sensus == nil || !shows(a.win, "Sensus: Sensus ") {
		t.Fatalf("session should be open: %q", texts(a.win))
	}
	scan(a.win, v.scan, f.kursi[0].Code)
	if !shows(a.win, "Pindai dulu label ruangan") {
		t.Fatalf("room first: %q", texts(a.win))
	}
	scan(a.win, v.scan, "R-RAPAT")
	if !shows(a.win, "Ruangan: Gedung A › Ruang Rapat") {
		t.Fatalf("room: %q", texts(a.win))
	}
	scan(a.win, v.scan, f.kursi[0].Code)
	if !shows(a.win, f.kursi[0].Code+" Kursi Rapat: Ditemukan") {
		t.Errorf("found: %q", texts(a.win))
	}
	scan(a.win, v.scan, f.kursi[0].Code)
	if !shows(a.win, "Ganda (tidak dihitung lagi)") {
		t.Errorf("duplicate: %q", texts(a.win))
	}
	scan(a.win, v.scan, f.laptop.Code)
	if !shows(a.win, "Salah ruang: "+f.laptop.Code+" · Laptop (register: Gedung A › Ruang TU") {
		t.Errorf("misplaced, offered to move: %q", texts(a.win))
	}
	scan(a.win, v.scan, "A-999999")
	if !shows(a.win, "Tidak dikenal: A-999999") {
		t.Errorf("unknown: %q", texts(a.win))
	}
	scan(a.win, v.scan, f.kursi[1].Code)
	v.kondisi.SetSelected(aset.KondisiRR.Name())
	if !shows(a.win, "Kondisi dikoreksi: "+f.kursi[1].Code+" Baik → Rusak Ringan") {
		t.Errorf("kondisi: %q", texts(a.win))
	}
	test.Tap(findButton(t, a.win, "Barang tidak tercatat"))
	formEntries(t, a)[0].SetText("Kursi lipat hitam")
	test.Tap(findInOverlay(t, topOverlay(t, a.win), "Simpan"))
	want := "Ditemukan 2 · Hilang 2 · Salah ruang 1 · Tidak dikenal 2 · Ganda 1"
	if !shows(a.win, want) || !shows(a.win, "Kursi lipat hitam") {
		t.Fatalf("counts: want %q: %q", want, texts(a.win))
	}
	if got, _ := a.Store().Aset(ctx, f.laptop.ID); got.RuangID != f.tu {
		t.Fatal("the register must not change before Selesai & terapkan")
	}

	test.Tap(findButton(t, a.win, "Jeda"))
	if v.sensus != nil || !shows(a.win, "Belum ada sensus") {
		t.Fatalf("paused: %q", texts(a.win))
	}
	test.Tap(findButton(t, a.win, "Lanjutkan sensus"))
	tapConfirm(t, a)
	scan(a.win, v.scan, "R-RAPAT")
	if !shows(a.win, want) {
		t.Fatalf("resumed counts: %q", texts(a.win))
	}

	sid := v.sensus.ID
	test.Tap(findButton(t, a.win, "Selesai & terapkan"))
	tapConfirm(t, a)
	if !overlayShows(a.win, "Cetak Berita Acara Sensus sekarang?") {
		t.Fatalf("done: %q", texts(a.win))
	}
	tapConfirm(t, a)
	if len(a.docs) != 1 || a.docs[0].Sensus == nil || a.docs[0].Sensus.SensusID != sid {
		t.Fatalf("after confirming, the Berita Acara of this session should print: %+v", a.docs)
	}
	if got, _ := a.Store().Aset(ctx, f.laptop.ID); got.RuangID != f.rapat {
		t.Errorf("the misplaced laptop should move to the room it was found in")
	}
	if got, _ := a.Store().Aset(ctx, f.kursi[1].ID); got.Kondisi != aset.KondisiRR {
		t.Errorf("the corrected condition should be applied: %q", got.Kondisi)
	}
	if got, _ := a.Store().Aset(ctx, f.meja.ID); got.RuangID != f.rapat {
		t.Errorf("a missing asset stays in the register")
	}
}
