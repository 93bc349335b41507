package arsip

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Ticking rows selects them across searches, "N dipilih" counts them,
// Cetak label yang dipilih queues exactly those, and a click on another
// column still opens the berkas.
func TestArsipListTicksRowsAndQueuesThem(t *testing.T) {
	a, p := openArsip(t, arsipDB(t, 60))
	l := p.list
	if !slices.Contains(labelsOnScreen(a.win), "0 dipilih") || !findButton(t, a.win, "Cetak label yang dipilih").Disabled() {
		t.Fatal("with nothing ticked the list should say 0 dipilih and offer no print")
	}
	var want []string
	for _, r := range []int{0, 2, 5} {
		l.table.Select(widget.TableCellID{Row: r, Col: selectCol})
		want = append(want, l.row(r).Code)
	}
	// Ticking a row twice takes the tick off again.
	l.table.Select(widget.TableCellID{Row: 7, Col: selectCol})
	l.table.Select(widget.TableCellID{Row: 7, Col: selectCol})
	if !slices.Contains(labelsOnScreen(a.win), "3 dipilih") {
		t.Fatalf("three ticked rows: the list shows %v", labelsOnScreen(a.win))
	}
	// A new search keeps the ticks.
	l.search.SetText("rapat")
	test.Tap(findButton(t, a.win, "Cetak label yang dipilih"))
	if !slices.Equal(a.labels, want) {
		t.Fatalf("queued %v, want exactly the ticked %v", a.labels, want)
	}
	if p.form != nil {
		t.Fatal("ticking a row opened its form")
	}
	test.Tap(findButton(t, a.win, "Batalkan pilihan"))
	if !slices.Contains(labelsOnScreen(a.win), "0 dipilih") {
		t.Fatal("Batalkan pilihan kept the ticks")
	}
	test.Tap(findButton(t, a.win, "Pilih semua yang tampil"))
	if l.sel.len() != l.total || l.total == 0 {
		t.Fatalf("Pilih semua yang tampil ticked %d of the %d found", l.sel.len(), l.total)
	}
	l.table.Select(widget.TableCellID{Row: 0, Col: colUraian})
	if p.form == nil {
		t.Fatal("a click on the Uraian column did not open the berkas")
	}
}
