package rapat

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	mrapat "rapi/model/rapat"
)

// The clerks add a kind of meeting and set the office's time zone: Rapat
// baru offers the kind and the new meeting prints WITA.
func TestSetelanKindsAndZone(t *testing.T) {
	a := newTestApp(t)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	p.tabs.SelectIndex(2)
	v := p.setel
	v.jenis.SetText(v.jenis.Text + "\nRapat Evaluasi Kinerja")
	v.zona.SetSelected("WITA")
	test.Tap(findButton(t, a.win, "Simpan"))
	p.tabs.SelectIndex(0)
	test.Tap(findButton(t, a.win, "Rapat baru"))
	if !contains(p.create.jenis.Options, "Rapat Evaluasi Kinerja") || !contains(p.create.jenis.Options, "Rapat Pimpinan") {
		t.Fatalf("kinds offered: %q", p.create.jenis.Options)
	}
	typeInto(t, a.win, "Acara", "Evaluasi Semester II")
	p.create.jenis.SetSelected("Rapat Evaluasi Kinerja")
	test.Tap(findButton(t, a.win, "Simpan"))
	if p.view == nil || p.view.l.Rapat.Zona != mrapat.WITA || p.view.l.Rapat.Jenis != "Rapat Evaluasi Kinerja" {
		t.Fatalf("the new meeting should take the office's zone: %+v", p.view)
	}
}

// A meeting's checklist with an item added, saved as its kind's template,
// replaces the template: the next meeting from it has the item.
func TestSaveChecklistAsTemplate(t *testing.T) {
	a := newTestApp(t)
	ctx := context.Background()
	r := newMeeting(t, a.store, "Rapat Pimpinan", "pimpinan")
	name := seededName(t, a, "pimpinan")
	it := mrapat.Item{RapatID: r.ID, Tugas: mrapat.Tugas{Fase: mrapat.FaseH1, Uraian: "Bendera merah putih dipasang"}}
	it.Normalize()
	must(t, a.store.SaveChecklistItem(ctx, &it))
	before, err := a.store.RapatTemplates(ctx)
	must(t, err)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	v.selectTab(v.check.content)
	test.Tap(findButton(t, a.win, "Simpan sebagai template"))
	d := a.win.Canvas().Overlays().Top()
	setEntryAfter(t, d, "Nama", name)
	test.Tap(findInOverlay(t, d, "Simpan"))
	after, err := a.store.RapatTemplates(ctx)
	must(t, err)
	if len(after) != len(before) {
		t.Fatalf("the template should be replaced, not added: %d then %d", len(before), len(after))
	}
	next := newMeeting(t, a.store, "Rapat Pimpinan berikutnya", "pimpinan")
	l, err := a.store.RapatLengkap(ctx, next.ID)
	must(t, err)
	found := false
	for _, x := range l.Checklist {
		found = found || x.Uraian == "Bendera merah putih dipasang"
	}
	if !found || len(l.Checklist) != len(v.l.Checklist) {
		t.Errorf("the next meeting from the template: %d items, flag item %v", len(l.Checklist), found)
	}
}

// A template removed in Pengaturan leaves its list.
func TestSetelanDeleteTemplate(t *testing.T) {
	a := newTestApp(t)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	p.tabs.SelectIndex(2)
	v := p.setel
	n := len(v.templates)
	if n == 0 {
		t.Fatal("no seeded templates listed")
	}
	row := v.list.CreateItem()
	v.list.UpdateItem(0, row)
	var del *widget.Button
	walk(row, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok {
			del = b
		}
	})
	test.Tap(del)
	if len(v.templates) != n-1 {
		t.Errorf("%d templates listed after removing one of %d", len(v.templates), n)
	}
}

// The invitation letter's number and signer are typed on Rincian; a bad
// NIP of the signer is named under its field, a good one is saved.
func TestRincianSuratFields(t *testing.T) {
	a := newTestApp(t)
	r := newMeeting(t, a.store, "Rapat Pimpinan", "")
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	typeInto(t, a.win, "Nomor surat", "005/123/Biro Umum")
	typeInto(t, a.win, "Nama penanda tangan", "Drs. Made Wirawan, M.Si.")
	typeInto(t, a.win, "NIP", "1970")
	test.Tap(findButton(t, a.win, "Simpan"))
	if !v.rincian.form.errs["nip"].Visible() || v.l.Rapat.Surat.Nomor != "" {
		t.Fatalf("a bad NIP should be named and nothing saved: %q", texts(a.win))
	}
	typeInto(t, a.win, "NIP", "19700101 199503 1 002")
	test.Tap(findButton(t, a.win, "Simpan"))
	got := v.l.Rapat.Surat
	if got.Nomor != "005/123/Biro Umum" || got.Penanda.Nama != "Drs. Made Wirawan, M.Si." || got.Penanda.NIP != "197001011995031002" {
		t.Errorf("letter saved: %+v", got)
	}
}
