package arsip

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
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
	if l.sel.len() != l.pager.Len() || l.pager.Len() == 0 {
		t.Fatalf("Pilih semua yang tampil ticked %d of the %d found", l.sel.len(), l.pager.Len())
	}
	l.table.Select(widget.TableCellID{Row: 0, Col: colUraian})
	if p.form == nil {
		t.Fatal("a click on the Uraian column did not open the berkas")
	}
}

// At the widths the shell gives the table on 1,280 and 1,366 px screens
// (1,132 and 1,218 px beside the navigation) every column, Status last,
// lies inside the table, and Status has room for a loan
// ("Dipinjam · Andi s.d. 12/03/2025"), not "A…".
func TestArsipListColumnsFitOfficeScreens(t *testing.T) {
	a, p := openArsip(t, arsipDB(t, 20))
	l := p.list
	status := fyne.MeasureText("Dipinjam · Andi s.d. 12/03/2025", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.Padding()
	for _, w := range []float32{1132, 1218} {
		a.win.Resize(fyne.NewSize(w, 720))
		sum := float32(0)
		for _, cw := range l.colWidths {
			sum += cw
		}
		if tw := l.table.Size().Width; sum > tw || sum < tw*0.9 {
			t.Errorf("at %.0f px the columns take %.0f px of a %.0f px table", w, sum, tw)
		}
		if got := l.colWidths[colStatus]; got < status {
			t.Errorf("at %.0f px Status is %.0f px wide, a loan needs %.0f", w, got, status)
		}
	}
}

// The pointer on a Lokasi cell shows the whole place path under the
// table (Fyne 2.7 has no tooltips); ticking a row shows its path too.
func TestArsipListPlaceCellShowsWholePath(t *testing.T) {
	_, p := openArsip(t, arsipDB(t, 50))
	l := p.list
	for i := 0; i < l.pager.Len(); i++ {
		b := l.row(i)
		if b.PlacePath == "" {
			continue
		}
		cell := l.newCell()
		l.updateCell(widget.TableCellID{Row: i, Col: colPlace}, cell)
		cell.(desktop.Hoverable).MouseIn(&desktop.MouseEvent{})
		if !strings.Contains(l.detail.Text, b.PlacePath) {
			t.Fatalf("hovering the Lokasi of %s shows %q, want %q", b.Code, l.detail.Text, b.PlacePath)
		}
		cell.(desktop.Hoverable).MouseOut()
		if l.detail.Text != "" {
			t.Fatalf("the path stays after the pointer left: %q", l.detail.Text)
		}
		l.table.Select(widget.TableCellID{Row: i, Col: selectCol})
		if !strings.Contains(l.detail.Text, b.PlacePath) {
			t.Fatalf("ticking %s shows %q", b.Code, l.detail.Text)
		}
		return
	}
	t.Fatal("the demo has no file with a place")
}
