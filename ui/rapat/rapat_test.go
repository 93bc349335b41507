package rapat

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	mrapat "rapi/model/rapat"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// A clerk creates tomorrow's meeting from its template in the "Rapat
// baru" form, ticks a checklist item on its screen, and Beranda's
// progress for the meeting goes up by one.
func TestCreateFromTemplateTickAndBerandaFollows(t *testing.T) {
	a := newTestApp(t)
	p := buildPage(a)
	a.win.SetContent(container.NewHSplit(p.tabs, HomeCard(a, func() {})))

	test.Tap(findButton(t, a.win, "Rapat baru"))
	typeInto(t, a.win, "Acara", "Rapat Pimpinan Mingguan")
	typeInto(t, a.win, "Tanggal", "3 Des 2026")
	typeInto(t, a.win, "Jam mulai", "9.00")
	typeInto(t, a.win, "Jam selesai", "11")
	p.create.jenis.SetSelected("Rapat Pimpinan") // its template follows
	if want := "Template " + seededName(t, a, "pimpinan"); p.create.dari.Selected != want {
		t.Fatalf("choosing the kind should start from %q: %q of %q", want, p.create.dari.Selected, p.create.dari.Options)
	}
	test.Tap(findButton(t, a.win, "Simpan"))
	if p.view == nil {
		t.Fatalf("saving should open the new meeting: %q", texts(a.win))
	}
	l := p.view.l
	total := len(l.Checklist)
	if total == 0 || !l.Rapat.Mulai.Equal(at(3, 9, 0)) || !l.Rapat.Selesai.Equal(at(3, 11, 0)) {
		t.Fatalf("meeting from the template: %d items, %v–%v", total, l.Rapat.Mulai, l.Rapat.Selesai)
	}
	before := mrapat.ProgressOf(l.Rapat.Mulai, l.Checklist, wed)
	if !shows(a.win, progressText(before)) {
		t.Fatalf("Beranda and the checklist should show %q: %q", progressText(before), texts(a.win))
	}
	p.view.selectTab(p.view.check.content)
	var tick *widget.Check
	walkShown(p.view.check.content, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && tick == nil && !c.Checked {
			tick = c
		}
	})
	if tick == nil {
		t.Fatal("no open item to tick")
	}
	test.Tap(tick)
	after := mrapat.ProgressOf(p.view.l.Rapat.Mulai, p.view.l.Checklist, wed)
	if after.Done != before.Done+1 {
		t.Fatalf("ticking should count one more done: %+v then %+v", before, after)
	}
	n := 0
	for _, s := range texts(a.win) {
		if s == progressText(after) {
			n++
		}
	}
	if n < 2 { // the checklist's line and Beranda's row
		t.Errorf("checklist and Beranda should both show %q: %q", progressText(after), texts(a.win))
	}
	if !shows(a.win, "oleh Siti Aminah") {
		t.Errorf("the tick should say who: %q", texts(a.win))
	}
}

// seededName is the name of the seeded template holding word.
func seededName(t *testing.T, a *testShell, word string) string {
	t.Helper()
	ts, err := a.store.RapatTemplates(context.Background())
	must(t, err)
	for _, x := range ts {
		if strings.Contains(strings.ToLower(x.Nama), word) {
			return x.Nama
		}
	}
	t.Fatalf("no seeded template with %q", word)
	return ""
}

// A date that does not exist is refused in the form, under the Tanggal
// field, and nothing is saved.
func TestBadDateNamesTheField(t *testing.T) {
	a := newTestApp(t)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	test.Tap(findButton(t, a.win, "Rapat baru"))
	typeInto(t, a.win, "Acara", "Rapat Koordinasi")
	typeInto(t, a.win, "Tanggal", "31 Februari 2026")
	test.Tap(findButton(t, a.win, "Simpan"))
	if p.view != nil {
		t.Fatal("a meeting was saved with a bad date")
	}
	if !shows(a.win, "Periksa isian Tanggal") || !p.create.errs["tanggal"].Visible() || p.create.errs["tanggal"].Text == "" {
		t.Errorf("the Tanggal field should say what is wrong: %q", texts(a.win))
	}
	typeInto(t, a.win, "Tanggal", "3/12/2026")
	typeInto(t, a.win, "Jam mulai", "25.00")
	test.Tap(findButton(t, a.win, "Simpan"))
	if p.create.errs["tanggal"].Visible() || !p.create.errs["mulai"].Visible() {
		t.Errorf("a bad start time is named under Jam mulai: %q", texts(a.win))
	}
}

// At the door: a scan checks the invitee in with the time, a second scan
// is refused with the first time, a walk-in is recorded present.
func TestHadirRefusesSecondScanAndRecordsWalkIn(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	r := newMeeting(t, a.store, "Rapat Pimpinan", "")
	k := mrapat.Kontak{Nama: "Budi Santoso, S.H.", NIP: "198503122010011002", Jabatan: "Kepala Bagian Umum"}
	must(t, a.store.SaveKontak(ctx, &k))
	inv, err := a.store.InviteKontak(ctx, r.ID, []int64{k.ID})
	must(t, err)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	v.showHadir()

	scan(a.win, v.hadir.scan, inv[0].Code)
	got, err := a.store.RapatLengkap(ctx, r.ID)
	must(t, err)
	first := got.Peserta[0].Hadir
	if first.IsZero() {
		t.Fatal("the scan did not record the invitee present")
	}
	want := "Hadir " + mrapat.FormatJam(first) + ": Budi Santoso, S.H."
	if v.hadir.last.Text != want || v.hadir.last.Importance != widget.SuccessImportance {
		t.Fatalf("after the scan %q, want %q", v.hadir.last.Text, want)
	}
	scan(a.win, v.hadir.scan, inv[0].Code)
	want = "Budi Santoso, S.H. sudah hadir " + mrapat.FormatJam(first)
	if v.hadir.last.Text != want || v.hadir.last.Importance != widget.DangerImportance {
		t.Errorf("second scan %q, want %q refused", v.hadir.last.Text, want)
	}

	test.Tap(findButton(t, a.win, "Tamu tanpa undangan"))
	d := a.win.Canvas().Overlays().Top()
	setFirstEntry(d, "Ir. Wayan Sudarsana")
	test.Tap(findInOverlay(t, d, "Simpan"))
	got, err = a.store.RapatLengkap(ctx, r.ID)
	must(t, err)
	if rk := got.Rekap(); rk.WalkIn != 1 || rk.Hadir != 1 {
		t.Fatalf("after the walk-in: %+v", rk)
	}
	if !strings.Contains(v.hadir.last.Text, "Ir. Wayan Sudarsana") || !shows(a.win, "1 tanpa undangan") {
		t.Errorf("the walk-in should show: %q / %q", v.hadir.last.Text, texts(a.win))
	}
}

// setFirstEntry types text into the first text field inside o.
func setFirstEntry(o fyne.CanvasObject, text string) {
	done := false
	walk(o, func(x fyne.CanvasObject) {
		if e, ok := x.(*kit.Entry); ok && !done {
			e.SetText(text)
			done = true
		}
	})
}

// Moving a meeting (Pindahkan) shows its checklist due on the new days,
// and says the printed invitations need printing again.
func TestMoveShowsNewDueDates(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	r := newMeeting(t, a.store, "Rapat Pimpinan", "pimpinan")
	must(t, a.store.MarkUndanganDicetak(ctx, r.ID))
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	if shows(a.win, "undangan perlu dicetak ulang") {
		t.Fatal("invitations just printed are not outdated")
	}
	it := v.l.Checklist[0]
	oldDue := when(it.Due(r.Mulai))
	test.Tap(findButton(t, a.win, "Pindahkan"))
	d := a.win.Canvas().Overlays().Top()
	setEntryAfter(t, d, "Tanggal", "Senin, 7 Desember 2026")
	setEntryAfter(t, d, "Jam mulai", "13.30")
	test.Tap(findInOverlay(t, d, "Pindahkan"))

	start := at(7, 13, 30)
	if !v.l.Rapat.Mulai.Equal(start) || !v.l.Rapat.Selesai.Equal(at(7, 15, 30)) {
		t.Fatalf("moved to %v–%v, want 7 Dec 13.30–15.30", v.l.Rapat.Mulai, v.l.Rapat.Selesai)
	}
	v.selectTab(v.check.content)
	newDue := when(it.Due(start))
	if !shows(a.win, newDue) || shows(a.win, oldDue) {
		t.Errorf("the checklist should show the new due %q, not %q: %q", newDue, oldDue, texts(a.win))
	}
	v.selectTab(v.rincian.content)
	if !shows(a.win, "undangan perlu dicetak ulang") {
		t.Errorf("moved after printing: %q", texts(a.win))
	}
	v.selectTab(v.tabs.Items[len(v.tabs.Items)-1].Content)
	test.Tap(findButton(t, a.win, "Undangan"))
	if len(a.printed) != 1 || a.printed[0].Kind != printout.RapatUndangan || !a.printed[0].Rapat.Rapat.Mulai.Equal(start) {
		t.Fatalf("Undangan should print the moved meeting: %+v", a.printed)
	}
	test.Tap(findButton(t, a.win, "Rekap kehadiran ke Excel"))
	if len(a.exports) != 1 || a.exports[0] != r.ID {
		t.Errorf("the attendance export should be asked for this meeting: %v", a.exports)
	}
	v.selectTab(v.rincian.content)
	if shows(a.win, "undangan perlu dicetak ulang") {
		t.Errorf("printed again: no longer outdated")
	}
}

// setEntryAfter types text into the field of the form row label in dialog d.
func setEntryAfter(t *testing.T, d fyne.CanvasObject, label, text string) {
	t.Helper()
	ok := false
	walk(d, func(o fyne.CanvasObject) {
		f, isForm := o.(*widget.Form)
		if !isForm {
			return
		}
		for _, it := range f.Items {
			if it.Text == label && !ok {
				setFirstEntry(it.Widget, text)
				ok = true
			}
		}
	})
	if !ok {
		t.Fatalf("no field %q in the dialog", label)
	}
}

// Rapat baru can start from a past meeting: its checklist and run-down
// are copied, its invitees invited again.
func TestCreateFromPastMeeting(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	setClock(t, at(10, 8, 0)) // a week later
	past := newMeeting(t, a.store, "Rapat Pimpinan Mingguan", "pimpinan")
	k := mrapat.Kontak{Nama: "Budi Santoso"}
	must(t, a.store.SaveKontak(ctx, &k))
	_, err := a.store.InviteKontak(ctx, past.ID, []int64{k.ID})
	must(t, err)
	pl, err := a.store.RapatLengkap(ctx, past.ID)
	must(t, err)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	test.Tap(findButton(t, a.win, "Rapat baru"))
	typeInto(t, a.win, "Acara", "Rapat Pimpinan Mingguan")
	want := "Salin rapat " + past.Code + " Rapat Pimpinan Mingguan (3 Desember 2026)"
	p.create.dari.SetSelected(want)
	if p.create.dari.Selected != want {
		t.Fatalf("the past meeting is not offered: %q", p.create.dari.Options)
	}
	test.Tap(findButton(t, a.win, "Simpan"))
	if p.view == nil {
		t.Fatalf("not created: %q", texts(a.win))
	}
	l := p.view.l
	if len(l.Checklist) != len(pl.Checklist) || len(l.Susunan) != len(pl.Susunan) || len(l.Peserta) != 1 || l.Rapat.ID == past.ID {
		t.Errorf("copied %d items, %d run-down, %d invitees", len(l.Checklist), len(l.Susunan), len(l.Peserta))
	}
	if !l.Rapat.Mulai.Equal(at(10, 9, 0)) {
		t.Errorf("starts %v, want today 09.00", l.Rapat.Mulai)
	}
}
