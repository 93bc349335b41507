package rapat

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// A clerk opens a template in Pengaturan, renames a task, adds one due
// two days before at 14.00 less the start, removes the last, moves the
// new one up; a bad due is named under its row; the meeting made from the
// saved template has the edited tasks and run-down.
func TestEditTemplateThenMeetingHasTheTasks(t *testing.T) {
	a := newTestApp(t)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	p.tabs.SelectIndex(2)
	v := p.setel
	idx := -1
	for i, x := range v.templates {
		if strings.Contains(strings.ToLower(x.Nama), "pimpinan") {
			idx = i
		}
	}
	if idx < 0 {
		t.Fatal("no Rapat Pimpinan template")
	}
	orig := v.templates[idx]
	v.list.Select(idx)
	d := a.win.Canvas().Overlays().Top()
	e := v.editor
	if e == nil || d == nil {
		t.Fatal("the template editor did not open")
	}
	e.tugas[0].uraian.SetText("Ruang rapat dibersihkan dan ditata")
	test.Tap(findInOverlay(t, d, "Tambah tugas"))
	last := e.tugas[len(e.tugas)-1]
	last.uraian.SetText("Konsumsi dipesan")
	last.due.SetText("H-2 pagi")
	last.jumlah.SetText("5")
	last.per.SetChecked(true)
	last.satuan.SetText("kotak")
	test.Tap(findInOverlay(t, d, "Simpan"))
	if !last.msg.Visible() || !strings.Contains(last.msg.Text, "Batas waktu") {
		t.Fatalf("a bad due should be named under its row: %q", last.msg.Text)
	}
	last.due.SetText("H-2 -02.00")
	n := len(e.tugas)
	e.tugas = moved(e.tugas, n-1, 0)             // the new task first
	e.tugas = moved(e.tugas, len(e.tugas)-1, -1) // the last one removed
	e.layout()
	e.susunan[0].durasi.SetText("45")
	test.Tap(findInOverlay(t, d, "Simpan"))
	if d.Visible() {
		t.Fatalf("the editor stays open: %q", e.msg.Text)
	}

	r := newMeeting(t, a.store, "Rapat Pimpinan Mingguan", "pimpinan")
	l, err := a.store.RapatLengkap(context.Background(), r.ID)
	must(t, err)
	if len(l.Checklist) != len(orig.Tugas) {
		t.Fatalf("%d tasks, want %d (one added, one removed)", len(l.Checklist), len(orig.Tugas))
	}
	first := l.Checklist[0]
	if first.Uraian != "Konsumsi dipesan" || first.Relatif != -50*time.Hour || first.Kuantitas(10) != 15 || first.Satuan != "kotak" {
		t.Fatalf("the added task: %+v", first.Tugas)
	}
	if l.Checklist[1].Uraian != "Ruang rapat dibersihkan dan ditata" {
		t.Errorf("the renamed task: %q", l.Checklist[1].Uraian)
	}
	for _, it := range l.Checklist {
		if it.Uraian == orig.Tugas[len(orig.Tugas)-1].Uraian {
			t.Errorf("the removed task is still there: %q", it.Uraian)
		}
	}
	if len(l.Susunan) == 0 || l.Susunan[0].Durasi != 45*time.Minute {
		t.Errorf("the run-down's first item: %+v", l.Susunan)
	}
}
