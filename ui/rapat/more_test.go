package rapat

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/storage"
)

// Typing a longer length for one run-down item shows every later item
// shifted before saving; saving keeps the new times.
func TestSusunanShowsShiftedTimes(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	r := newMeeting(t, a.store, "Rapat Pimpinan", "")
	must(t, a.store.SetSusunan(ctx, r.ID, []mrapat.SusunanItem{
		{Uraian: "Registrasi", Durasi: 30 * time.Minute}, {Uraian: "Pembukaan", Durasi: 10 * time.Minute},
		{Uraian: "Sambutan", Durasi: 20 * time.Minute}}))
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	v.selectTab(v.susunan.content)
	if got := v.susunan.rows[2].jam.Text; got != "09.40–10.00" {
		t.Fatalf("Sambutan at %q, want 09.40–10.00", got)
	}
	v.susunan.rows[0].durasi.SetText("45")
	if got := v.susunan.rows[1].jam.Text + " " + v.susunan.rows[2].jam.Text; got != "09.45–09.55 09.55–10.15" {
		t.Errorf("after Registrasi grew to 45 minutes: %q", got)
	}
	test.Tap(findButton(t, a.win, "Simpan susunan acara"))
	l, err := a.store.RapatLengkap(ctx, r.ID)
	must(t, err)
	if got := l.Jadwal()[2].Jam(); got != "09.55–10.15" {
		t.Errorf("saved Sambutan at %q", got)
	}
	v.susunan.moveUp(v.susunan.rows[2]) // Sambutan before Pembukaan
	if got := v.susunan.rows[1].uraian.Text + " " + v.susunan.rows[1].jam.Text; got != "Sambutan 09.45–10.05" {
		t.Errorf("moved up: %q", got)
	}
}

// An item taken off a meeting's checklist leaves it and its count.
func TestChecklistRemoveItem(t *testing.T) {
	a := newTestApp(t)
	r := newMeeting(t, a.store, "Rapat Pimpinan", "pimpinan")
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	v.selectTab(v.check.content)
	n := len(v.l.Checklist)
	v.check.remove(v.l.Checklist[0].ID)
	if len(v.l.Checklist) != n-1 || !shows(a.win, progressText(v.l.Progress(wed))) {
		t.Errorf("%d items after removing one of %d", len(v.l.Checklist), n)
	}
}

// A U- code scanned in the scan box opens the Hadir mode of that
// invitee's meeting and checks them in.
func TestScanOfInviteeCodeOpensHadir(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	r := newMeeting(t, a.store, "Rapat Koordinasi", "")
	k := mrapat.Kontak{Nama: "Siti Rahayu", Jabatan: "Kepala Subbagian Tata Usaha"}
	must(t, a.store.SaveKontak(ctx, &k))
	inv, err := a.store.InviteKontak(ctx, r.ID, []int64{k.ID})
	must(t, err)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	h, err := a.store.FindCode(ctx, inv[0].Code)
	must(t, err)
	var kind = Cards(a)[1]
	if h.Kind != model.CodeInvitee || kind.Kind != h.Kind {
		t.Fatalf("hit %+v for the card %s", h, kind.Kind)
	}
	body, err := kind.Load(ctx, a.store, h)
	must(t, err)
	body(&fakeCard{hit: h})
	if p.view == nil || p.view.id != r.ID || p.view.tabs.Selected().Content != p.view.hadir.content {
		t.Fatal("the scan should open the meeting's Hadir mode")
	}
	if len(a.shown) == 0 || a.shown[0] != PageKey {
		t.Errorf("the Rapat page should show: %v", a.shown)
	}
	if got := p.view.hadir.last.Text; got == "" || !p.view.l.Peserta[0].Present() {
		t.Errorf("the invitee should be checked in: %q", got)
	}
}

type fakeCard struct {
	hit    storage.Hit
	closed bool
}

func (c *fakeCard) Hit() storage.Hit { return c.hit }
func (c *fakeCard) Close()           { c.closed = true }

// A group from the contact book is invited in one step, and the counts
// say how many are invited.
func TestInviteGroup(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	r := newMeeting(t, a.store, "Rapat Pimpinan", "")
	for _, n := range []string{"Ahmad Fauzi", "Dewi Lestari", "Rudi Hartono"} {
		k := mrapat.Kontak{Nama: n, Grup: []string{"Kepala Biro se-Setda"}}
		must(t, a.store.SaveKontak(ctx, &k))
	}
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	v.selectTab(v.peserta.content)
	v.peserta.grup.SetSelected("Kepala Biro se-Setda (3 orang)")
	test.Tap(findButton(t, a.win, "Undang grup"))
	if n := len(v.l.Peserta); n != 3 {
		t.Fatalf("%d invited, want the 3 of the group", n)
	}
	if !shows(a.win, "3 diundang") {
		t.Errorf("the counts should say 3 invited: %q", texts(a.win))
	}
}

// An invitation to another meeting is refused at this meeting's door,
// and so is a code nobody has.
func TestHadirRefusesOtherMeetingsCode(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	here := newMeeting(t, a.store, "Rapat Pimpinan", "")
	other := newMeeting(t, a.store, "Rapat Koordinasi", "")
	k := mrapat.Kontak{Nama: "Budi Santoso"}
	must(t, a.store.SaveKontak(ctx, &k))
	inv, err := a.store.InviteKontak(ctx, other.ID, []int64{k.ID})
	must(t, err)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(here.ID)
	v.showHadir()
	scan(a.win, v.hadir.scan, inv[0].Code)
	if !strings.Contains(v.hadir.last.Text, "rapat lain") || v.hadir.last.Importance != widget.DangerImportance {
		t.Errorf("another meeting's invitee: %q", v.hadir.last.Text)
	}
	scan(a.win, v.hadir.scan, "U-009999")
	if v.hadir.last.Text != "U-009999 bukan peserta rapat ini" {
		t.Errorf("an unknown code: %q", v.hadir.last.Text)
	}
}

// A meeting on Beranda is a link to its screen; at the door, the Hadir
// list shows who came, the latest first.
func TestBerandaLinkAndWhoCame(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	r := newMeeting(t, a.store, "Rapat Pimpinan Mingguan", "")
	var ids []int64
	for _, n := range []string{"Budi Santoso", "Siti Rahayu"} {
		k := mrapat.Kontak{Nama: n}
		must(t, a.store.SaveKontak(ctx, &k))
		ids = append(ids, k.ID)
	}
	inv, err := a.store.InviteKontak(ctx, r.ID, ids)
	must(t, err)
	p := buildPage(a)
	a.win.SetContent(container.NewHSplit(p.tabs, HomeCard(a, func() {})))
	var link *widget.Hyperlink
	walk(a.win.Content(), func(o fyne.CanvasObject) {
		if h, ok := o.(*widget.Hyperlink); ok && strings.Contains(h.Text, "Rapat Pimpinan Mingguan") {
			link = h
		}
	})
	if link == nil {
		t.Fatal("no link to the meeting on Beranda")
	}
	link.OnTapped() // a tap lands on its text
	if p.view == nil || p.view.id != r.ID || len(a.shown) == 0 || a.shown[len(a.shown)-1] != PageKey {
		t.Fatalf("the link should open the meeting on the Rapat page: %v", a.shown)
	}
	v := p.view
	v.showHadir()
	scan(a.win, v.hadir.scan, inv[1].Code)
	time.Sleep(10 * time.Millisecond) // the check-ins' times differ
	scan(a.win, v.hadir.scan, inv[0].Code)
	if len(v.hadir.matches) != 2 || v.hadir.matches[0].Nama != "Budi Santoso" {
		t.Errorf("who came, latest first: %+v", v.hadir.matches)
	}
}
