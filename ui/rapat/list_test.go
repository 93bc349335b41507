package rapat

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	mrapat "rapi/model/rapat"
	"rapi/storage"
)

// The week's meetings list each with its time, place, status and the
// checklist's progress (red when items are late); prev/next/today move
// the week.
func TestWeekListRowsAndNavigation(t *testing.T) {
	a := newTestApp(t)
	newMeeting(t, a.store, "Rapat Pimpinan Mingguan", "pimpinan")
	later := mrapat.Rapat{Acara: "Rapat Koordinasi Protokol", Mulai: at(9, 13, 0), Tempat: "Aula"}
	later.Normalize()
	must(t, a.store.CreateRapat(context.Background(), &later, storage.RapatFrom{}))
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	w := p.week
	if len(w.rows) != 1 || !shows(a.win, "Rapat 30 November 2026 – 6 Desember 2026") {
		t.Fatalf("this week: %d rows, %q", len(w.rows), texts(a.win))
	}
	row := w.list.CreateItem()
	w.updateRow(0, row)
	var got []string
	var prog *widget.Label
	walk(row, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			got = append(got, l.Text)
			if l.Text == progressText(w.rows[0].Progress) {
				prog = l
			}
		}
	})
	want := []string{"M-000001 · Rapat Pimpinan Mingguan · Ruang Rapat Lt. 2", "Kamis 03/12/2026 09.00–11.00", "Rencana"}
	for i, x := range want {
		if got[i] != x {
			t.Errorf("row text %d = %q, want %q", i, got[i], x)
		}
	}
	if w.rows[0].Progress.Late == 0 || prog == nil || prog.Importance != widget.DangerImportance {
		t.Errorf("the H-7 and H-3 items are late: progress %+v should be red (%v)", w.rows[0].Progress, prog)
	}
	test.Tap(findButton(t, a.win, "Minggu depan"))
	if len(w.rows) != 1 || w.rows[0].Rapat.Acara != "Rapat Koordinasi Protokol" {
		t.Errorf("next week: %+v", w.rows)
	}
	test.Tap(findButton(t, a.win, "Hari ini"))
	if len(w.rows) != 1 || w.rows[0].Rapat.Acara != "Rapat Pimpinan Mingguan" {
		t.Errorf("back to this week: %+v", w.rows)
	}
	test.Tap(findButton(t, a.win, "Minggu lalu"))
	if len(w.rows) != 0 || !shows(a.win, "Tidak ada rapat minggu ini") {
		t.Errorf("last week is empty: %+v", w.rows)
	}
}

// The contact book: a contact added with its groups is found by a word of
// its jabatan and filtered by its group.
func TestKontakAddSearchAndGroup(t *testing.T) {
	a := newTestApp(t)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	p.tabs.SelectIndex(1)
	k := p.kontak
	test.Tap(findButton(t, a.win, "Tambah kontak"))
	d := a.win.Canvas().Overlays().Top()
	setEntryAfter(t, d, "Nama", "Drs. Made Wirawan, M.Si.")
	setEntryAfter(t, d, "NIP", "19700101 199503 1 002")
	setEntryAfter(t, d, "Jabatan", "Kepala Biro Umum")
	setEntryAfter(t, d, "Grup", "Kepala Biro se-Setda, Eselon II")
	test.Tap(findInOverlay(t, d, "Simpan"))
	if len(k.rows) != 1 || k.rows[0].NIP != "197001011995031002" || len(k.rows[0].Grup) != 2 {
		t.Fatalf("contact saved: %+v", k.rows)
	}
	c2 := mrapat.Kontak{Nama: "Ni Luh Sari", Jabatan: "Staf"}
	must(t, a.store.SaveKontak(context.Background(), &c2))
	a.DataChanged()
	k.search.SetText("biro umum")
	if len(k.rows) != 1 || k.rows[0].Nama != "Drs. Made Wirawan, M.Si." {
		t.Errorf("search by jabatan: %+v", k.rows)
	}
	k.search.SetText("")
	k.grup.SetSelected("Eselon II")
	if len(k.rows) != 1 {
		t.Errorf("group filter: %+v", k.rows)
	}
}

// At the door a name typed finds the invitee to pick when there is no QR.
func TestHadirByTypedName(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	r := newMeeting(t, a.store, "Rapat Pimpinan", "")
	var ids []int64
	for _, n := range []string{"Budi Santoso", "Budi Hartono", "Siti Rahayu"} {
		k := mrapat.Kontak{Nama: n}
		must(t, a.store.SaveKontak(ctx, &k))
		ids = append(ids, k.ID)
	}
	_, err := a.store.InviteKontak(ctx, r.ID, ids)
	must(t, err)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	v.showHadir()
	h := v.hadir
	test.Type(h.scan, "budi")
	if len(h.matches) != 2 {
		t.Fatalf("budi matches %d", len(h.matches))
	}
	h.scan.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !shows(a.win, "2 nama cocok") {
		t.Errorf("two matches: pick one: %q", h.last.Text)
	}
	test.Type(h.scan, "budi har")
	h.names.Select(0)
	if !strings.HasPrefix(h.last.Text, "Hadir ") || !strings.HasSuffix(h.last.Text, ": Budi Hartono") {
		t.Errorf("picked: %q", h.last.Text)
	}
	if !v.l.Peserta[1].Present() || v.l.Peserta[0].Present() {
		t.Errorf("only Budi Hartono is present: %+v", v.l.Peserta)
	}
}

// A contact removed from the book leaves the list (it goes to the bin).
func TestKontakDelete(t *testing.T) {
	a := newTestApp(t)
	c := mrapat.Kontak{Nama: "Ni Luh Sari"}
	must(t, a.store.SaveKontak(context.Background(), &c))
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	p.tabs.SelectIndex(1)
	row := p.kontak.list.CreateItem()
	p.kontak.list.UpdateItem(0, row)
	var del *widget.Button
	walk(row, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok {
			del = b
		}
	})
	test.Tap(del)
	if len(p.kontak.rows) != 0 {
		t.Errorf("deleted, still listed: %+v", p.kontak.rows)
	}
}
