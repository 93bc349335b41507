package inventaris

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model/aset"
	"rapi/storage"
	"rapi/ui/kit"
)

type testCard struct {
	hit    storage.Hit
	closed bool
}

func (c *testCard) Hit() storage.Hit { return c.hit }
func (c *testCard) Close()           { c.closed = true }

// showCard opens the card of code as a scan does: FindCode, then the
// card of the hit's kind.
func showCard(t *testing.T, a *testShell, code string) (string, *testCard) {
	t.Helper()
	ctx := context.Background()
	h, err := a.Store().FindCode(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	k := Cards(a)[0]
	if k.Kind != h.Kind {
		t.Fatalf("a scan of %s finds a %s", code, h.Kind)
	}
	body, err := k.Load(ctx, a.Store(), h)
	if err != nil {
		t.Fatal(err)
	}
	frame := &testCard{hit: h}
	title, content := body(frame)
	a.win.SetContent(content)
	a.win.Resize(fyne.NewSize(720, 560))
	return title, frame
}

// formSelect is the select in the dialog on top.
func formSelect(t *testing.T, a *testShell) *widget.Select {
	t.Helper()
	var s *widget.Select
	walk(topOverlay(t, a.win), func(o fyne.CanvasObject) {
		if x, ok := o.(*widget.Select); ok && s == nil {
			s = x
		}
	})
	if s == nil {
		t.Fatal("no select in the dialog")
	}
	return s
}

func formEntries(t *testing.T, a *testShell) []*kit.Entry {
	var out []*kit.Entry
	walk(topOverlay(t, a.win), func(o fyne.CanvasObject) {
		if x, ok := o.(*kit.Entry); ok {
			out = append(out, x)
		}
	})
	return out
}

// The card of a scanned asset says what it is, where, who holds it and
// its condition; Pindah, Ubah kondisi and Serahkan each write a mutasi
// and reopen the card; Cetak label queues its label.
func TestAsetCardShowsAndActs(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	changed := 0
	a.OnDataChanged(func() { changed++ })
	code := f.kursi[1].Code
	title, frame := showCard(t, a, code)
	if title != "Barang "+code {
		t.Errorf("title %q", title)
	}
	for _, want := range []string{"Kursi Rapat Chitose", code + " · 1.3.2.05.02.01.007 / 0002", "Gedung A › Ruang Rapat", "Baik"} {
		if !shows(a.win, want) {
			t.Errorf("card should show %q: %q", want, texts(a.win))
		}
	}

	test.Tap(findButton(t, a.win, "Pindah"))
	formSelect(t, a).SetSelected("Gedung A › Ruang TU")
	formEntries(t, a)[0].SetText("Dipakai rapat TU")
	test.Tap(findInOverlay(t, topOverlay(t, a.win), "Pindah"))
	got, _ := a.Store().Aset(context.Background(), f.kursi[1].ID)
	if got.RuangID != f.tu || !frame.closed || len(a.cards) != 1 || changed != 1 {
		t.Fatalf("pindah: room %d closed %v cards %d changed %d", got.RuangID, frame.closed, len(a.cards), changed)
	}

	_, frame = showCard(t, a, code)
	if !shows(a.win, "Dipakai rapat TU") || !shows(a.win, "Riwayat mutasi (1)") {
		t.Errorf("history should list the move: %q", texts(a.win))
	}
	test.Tap(findButton(t, a.win, "Ubah kondisi"))
	formSelect(t, a).SetSelected(aset.KondisiRR.Name())
	test.Tap(findInOverlay(t, topOverlay(t, a.win), "Simpan"))
	got, _ = a.Store().Aset(context.Background(), f.kursi[1].ID)
	if got.Kondisi != aset.KondisiRR {
		t.Fatalf("kondisi: %q", got.Kondisi)
	}

	showCard(t, a, code)
	test.Tap(findButton(t, a.win, "Serahkan ke pemegang"))
	e := formEntries(t, a)
	e[0].SetText("Siti Aminah")
	e[1].SetText("19900101 201501 2 003")
	e[3].SetText("BAST/012/2026")
	test.Tap(findInOverlay(t, topOverlay(t, a.win), "Serahkan ke pemegang"))
	got, _ = a.Store().Aset(context.Background(), f.kursi[1].ID)
	if got.Pemegang.Nama != "Siti Aminah" || got.Pemegang.NIP != "199001012015012003" {
		t.Fatalf("pemegang: %+v", got.Pemegang)
	}
	showCard(t, a, code)
	if !shows(a.win, "BAST/012/2026") || !shows(a.win, "Siti Aminah") {
		t.Errorf("card should show the holder and BAST: %q", texts(a.win))
	}

	test.Tap(findButton(t, a.win, "Cetak label"))
	if len(a.labels) != 1 || a.labels[0] != code {
		t.Errorf("labels: %v", a.labels)
	}
}

// A refused change (a wrong NIP) is explained and changes nothing.
func TestAsetCardRefusedHandOverIsExplained(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	showCard(t, a, f.meja.Code)
	test.Tap(findButton(t, a.win, "Serahkan ke pemegang"))
	e := formEntries(t, a)
	e[0].SetText("Siti")
	e[1].SetText("123")
	test.Tap(findInOverlay(t, topOverlay(t, a.win), "Serahkan ke pemegang"))
	if !overlayShows(a.win, "NIP harus 18 angka") {
		t.Fatalf("want the NIP explained: %q", texts(a.win))
	}
	got, _ := a.Store().Aset(context.Background(), f.meja.ID)
	if !got.Pemegang.Empty() {
		t.Errorf("nothing should change: %+v", got.Pemegang)
	}
}
