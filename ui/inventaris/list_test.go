package inventaris

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model/aset"
	"rapi/storage"
)

// cellTexts are the texts the table shows in column col, for the rows loaded.
func cellTexts(l *asetList, col int) []string {
	var out []string
	for i := 0; i < l.pager.Len(); i++ {
		if a := l.row(i); a != nil {
			out = append(out, cellText(a, col))
		}
	}
	return out
}

// The list shows every asset with its number, room path and holder, and
// narrows as the clerk filters and types.
func TestAsetListFiltersAndSearch(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p := buildPage(a)
	a.win.SetContent(newPage(p))
	l := p.list
	if !shows(a.win, "5 barang") {
		t.Fatalf("count: want 5 barang, screen %q", texts(a.win))
	}
	if got := cellTexts(l, 1); got[0] != "1.3.2.05.02.01.004 / 0001" {
		t.Errorf("first row number: %q", got)
	}
	if got := strings.Join(cellTexts(l, 4), "|"); !strings.Contains(got, "Gedung A › Ruang TU") {
		t.Errorf("room paths: %q", got)
	}
	if got := strings.Join(cellTexts(l, 5), "|"); !strings.Contains(got, "Budi Santoso") {
		t.Errorf("holders: %q", got)
	}

	l.kondisi.SetSelected(aset.KondisiRB.Name())
	if !shows(a.win, "1 barang") || cellTexts(l, 2)[0] != "Meja Rapat" {
		t.Fatalf("RB filter: %q", cellTexts(l, 2))
	}
	l.onReset()
	l.ruang.SetSelected("Gedung A › Ruang TU")
	if got := cellTexts(l, 2); len(got) != 1 || got[0] != "Laptop" {
		t.Fatalf("room filter: %q", got)
	}
	l.onReset()
	l.kib.SetSelectedIndex(2) // KIB B
	if !shows(a.win, "5 barang") {
		t.Errorf("KIB B holds all five: %q", texts(a.win))
	}
	l.onReset()
	test.Type(l.pemegang, "budi")
	if got := cellTexts(l, 2); len(got) != 1 || got[0] != "Laptop" {
		t.Fatalf("holder filter: %q", got)
	}
	l.onReset()
	test.Type(l.search, "kursi")
	if got := cellTexts(l, 2); len(got) != 3 {
		t.Fatalf("search kursi: %q", got)
	}
	l.onReset()
	test.Type(l.kode, "1.3.2.10")
	if got := cellTexts(l, 2); len(got) != 1 || got[0] != "Laptop" {
		t.Fatalf("kode filter: %q", got)
	}
	l.table.Select(widget.TableCellID{Row: 0, Col: 2})
	if p.form == nil || p.form.nama.Text != "Laptop" {
		t.Fatal("tapping a row should open its form")
	}
}

// addChairs adds more chairs like the fixture's first, n units a step.
func addChairs(t *testing.T, f fixture, steps ...int) {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, f.path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	base := f.kursi[0]
	base.ID, base.Code, base.Register = 0, "", 0
	for _, n := range steps {
		if _, err := s.AddAsetUnits(ctx, base, n); err != nil {
			t.Fatal(err)
		}
	}
}

// 100,000 assets cost one page: the list reads only the rows in view.
func TestAsetListReadsOnePageAtATime(t *testing.T) {
	f := newFixture(t)
	addChairs(t, f, 250)
	a := newTestApp(t, f.path)
	l := newAsetList(a, func(int64) {})
	a.win.SetContent(l.content)
	if l.pager.Len() != 255 || l.pager.Held() != 1 || l.row(listPageSize-1) == nil {
		t.Fatalf("after opening: total %d, pages %d", l.pager.Len(), l.pager.Held())
	}
	if r := l.row(240); r == nil || l.pager.Held() != 2 {
		t.Fatalf("row 240 should fetch its page only: pages %d", l.pager.Held())
	}
}

// A filter over more than 1.000 assets is counted only up to the cap, as
// the archive list is: the count reads "1.000+ barang" and the list grows
// as the clerk scrolls, to the real end; the whole list is counted exactly.
func TestAsetListCapsABroadFilterCount(t *testing.T) {
	f := newFixture(t)
	addChairs(t, f, 500, storage.CountCap+45-500) // one step adds at most storage.MaxUnits
	// the fixture's five and the new chairs
	all := storage.CountCap + 50
	a := newTestApp(t, f.path)
	l := newAsetList(a, func(int64) {})
	a.win.SetContent(l.content)
	if l.count.Text != "1.050 barang" {
		t.Fatalf("whole list: count %q, want 1.050 barang", l.count.Text)
	}
	l.kib.SetSelectedIndex(2) // KIB B: every asset
	if l.count.Text != "1.000+ barang" || l.pager.Len() >= all {
		t.Fatalf("KIB B: count %q, %d rows known", l.count.Text, l.pager.Len())
	}
	for i := 0; i < 50 && strings.Contains(l.count.Text, "+"); i++ {
		l.table.ScrollToBottom()
		l.row(l.pager.Len() - 1)
	}
	if l.pager.Len() != all || l.count.Text != "1.050 barang" || l.row(all-1) == nil {
		t.Fatalf("scrolled to the end: %d rows, count %q", l.pager.Len(), l.count.Text)
	}
}
