package inventaris

import (
	"testing"

	"rapi/ui/kit"
)

// Searching runs off the UI goroutine; a search's page that arrives
// after the clerk typed another search is dropped, so the list shows the
// newer search.
func TestAsetListDropsAStaleSearchPage(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	q := kit.NewQueue()
	a.Runner = q
	l := newAsetList(a, func(int64) {})
	a.win.SetContent(l.content)
	q.Drain()
	l.search.SetText("kursi")
	stale := q.Wait()
	l.search.SetText("laptop")
	fresh := q.Wait()
	if len(stale) != 1 || len(fresh) != 1 {
		t.Fatalf("loads: %d for the first search, %d for the second", len(stale), len(fresh))
	}
	fresh[0]()
	stale[0]() // the slow first search comes back last
	q.Drain()
	if l.pager.Len() != 1 || l.row(0) == nil || l.row(0).Nama != "Laptop" {
		t.Fatalf("the list should show the laptop search: total %d", l.pager.Len())
	}
	if !shows(a.win, "1 barang") {
		t.Errorf("count: %q", texts(a.win))
	}
}
