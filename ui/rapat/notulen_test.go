package rapat

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	mrapat "rapi/model/rapat"
	"rapi/storage"
)

// Minutes being typed stay while a check-in reloads the screen, and save;
// an action item past its deadline shows red on Beranda and on the next
// meeting of the series, where it is ticked done.
func TestNotulenSurvivesReloadAndActionsCarryOver(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	r := newMeeting(t, a.store, "Rapat Pimpinan", "")
	r.Seri = "Rapim"
	must(t, a.store.UpdateRapat(ctx, &r))
	k := mrapat.Kontak{Nama: "Budi Santoso"}
	must(t, a.store.SaveKontak(ctx, &k))
	inv, err := a.store.InviteKontak(ctx, r.ID, []int64{k.ID})
	must(t, err)
	p := buildPage(a)
	a.win.SetContent(container.NewHSplit(p.tabs, HomeCard(a, func() {})))
	v := p.open(r.ID)
	v.selectTab(v.notulen.content)
	v.notulen.pembahasan.SetText("Persiapan HUT Provinsi")
	v.notulen.keputusan.SetText("Upacara di halaman kantor gubernur")
	scan(a.win, v.hadir.scan, inv[0].Code) // reloads every tab
	if v.notulen.pembahasan.Text != "Persiapan HUT Provinsi" {
		t.Fatalf("a check-in wiped the minutes being typed: %q", v.notulen.pembahasan.Text)
	}
	test.Tap(findButton(t, a.win, "Simpan notulen"))
	if got, _ := a.store.RapatLengkap(ctx, r.ID); got.Notulen.Keputusan != "Upacara di halaman kantor gubernur" {
		t.Fatalf("minutes not saved: %+v", got.Notulen)
	}

	test.Tap(findButton(t, a.win, "Tambah tindak lanjut"))
	d := a.win.Canvas().Overlays().Top()
	setEntryAfter(t, d, "Uraian", "Kirim laporan ke Sekda")
	setEntryAfter(t, d, "PIC", "Subbag TU")
	setEntryAfter(t, d, "Batas waktu", "1/12/2026")
	test.Tap(findInOverlay(t, d, "Simpan"))
	if len(v.l.Tindak) != 1 || v.l.Tindak[0].PIC != "Subbag TU" || !v.l.Tindak[0].Batas.Equal(at(1, 0, 0)) {
		t.Fatalf("action item: %+v", v.l.Tindak)
	}
	if !shows(a.win, "Kirim laporan ke Sekda · PIC: Subbag TU · batas 1 Desember 2026") {
		t.Errorf("Beranda should list the overdue action: %q", texts(a.win))
	}

	next := mrapat.Rapat{Acara: "Rapat Pimpinan", Seri: "Rapim", Mulai: at(10, 9, 0)}
	next.Normalize()
	must(t, a.store.CreateRapat(ctx, &next, storage.RapatFrom{}))
	v = p.open(next.ID)
	v.selectTab(v.notulen.content)
	if len(v.l.Carried) != 1 || !shows(a.win, "Kirim laporan ke Sekda") {
		t.Fatalf("the open action should carry over: %+v", v.l.Carried)
	}
	tickCheck(t, a, "Kirim laporan ke Sekda")
	if len(v.l.Carried) != 0 || shows(a.win, "Kirim laporan ke Sekda · PIC") {
		t.Errorf("done, it should leave the carried list and Beranda: %+v %q", v.l.Carried, texts(a.win))
	}
}

// tickCheck taps the tick box of the shown line whose text is text.
func tickCheck(t *testing.T, a *testShell, text string) {
	t.Helper()
	var c *widget.Check
	walkShown(a.win.Content(), func(o fyne.CanvasObject) {
		row, ok := o.(*fyne.Container)
		if !ok || c != nil || len(row.Objects) != 3 {
			return
		}
		l, isLabel := row.Objects[0].(*widget.Label)
		if x, isCheck := row.Objects[1].(*widget.Check); isLabel && isCheck && l.Text == text {
			c = x
		}
	})
	if c == nil {
		t.Fatalf("no tick %q on screen: %q", text, texts(a.win))
	}
	test.Tap(c)
}

// Leaving a meeting with minutes typed but not saved asks first: Batal
// stays, Buang goes back to the week.
func TestLeavingUnsavedMinutesAsks(t *testing.T) {
	a := newTestApp(t)
	r := newMeeting(t, a.store, "Rapat Pimpinan", "")
	p := buildPage(a)
	g := newGuard(p)
	a.win.SetContent(g)
	v := p.open(r.ID)
	v.selectTab(v.notulen.content)
	v.notulen.pembahasan.SetText("Persiapan HUT Provinsi")
	left := false
	g.AskLeave(func() { left = true })
	d := a.win.Canvas().Overlays().Top()
	if left || d == nil {
		t.Fatal("unsaved minutes: the shell should be asked to wait")
	}
	test.Tap(findInOverlay(t, d, "Batal"))
	if left || p.view == nil {
		t.Fatal("Batal stays on the meeting")
	}
	test.Tap(findButton(t, a.win, "Kembali ke jadwal"))
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Buang"))
	if p.view != nil {
		t.Error("Buang goes back to the week")
	}
}
