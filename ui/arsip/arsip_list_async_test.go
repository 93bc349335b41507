package arsip

import (
	"context"
	"testing"

	"rapi/storage"
	"rapi/ui/kit"
)

// openArsipAsync is the Arsip page with loads on real goroutines: the
// test goroutine plays the UI goroutine and applies their results.
func openArsipAsync(t *testing.T, db string) (*testShell, *arsipPage, *kit.Queue) {
	t.Helper()
	q := kit.NewQueue()
	a, _ := newTestApp(t, db)
	a.Runner = q
	p := buildArsipPage(a)
	a.win.SetContent(p.tabs)
	q.Drain()
	return a, p, q
}

func pageCodes(t *testing.T, s *storage.Store, text string, page int) []string {
	t.Helper()
	res, err := s.SearchBerkas(context.Background(), text, storage.BerkasFilter{}, storage.Page{Offset: page * listPageSize, Limit: listPageSize})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(res.Rows))
	for i, b := range res.Rows {
		out[i] = b.Code
	}
	return out
}

// Pages that arrive in the reverse order they were asked for each land
// in their own rows.
func TestArsipListPagesArrivingOutOfOrder(t *testing.T) {
	a, p, q := openArsipAsync(t, arsipDB(t, 450))
	l := p.list
	l.pager.Load(1)
	l.pager.Load(3)
	l.pager.Load(2)
	applies := q.Wait()
	if len(applies) != 3 {
		t.Fatalf("%d page loads finished, want 3", len(applies))
	}
	for i := len(applies) - 1; i >= 0; i-- {
		applies[i]()
	}
	for _, pg := range []int{0, 1, 2, 3} {
		want := pageCodes(t, a.Store(), "", pg)
		for i, code := range want {
			row := l.row(pg*listPageSize + i)
			if row == nil || row.Code != code {
				t.Fatalf("page %d row %d shows %v, want %s", pg, i, row, code)
			}
		}
	}
	if l.pager.Len() != 450 {
		t.Fatalf("the list counts %d files, want 450", l.pager.Len())
	}
}

// A search's page that arrives after the clerk typed another search is
// dropped: the list shows the newer search, rows and count.
func TestArsipListDropsAStaleSearchPage(t *testing.T) {
	a, p, q := openArsipAsync(t, arsipDB(t, 450))
	l := p.list
	l.typing.Wait = 0
	l.search.SetText("notulen")
	stale := q.Wait()
	l.search.SetText("undangan")
	fresh := q.Wait()
	if len(stale) != 1 || len(fresh) != 1 {
		t.Fatalf("loads: %d for the first search, %d for the second", len(stale), len(fresh))
	}
	fresh[0]()
	stale[0]() // the slow first search comes back last
	q.Drain()
	want := pageCodes(t, a.Store(), "undangan", 0)
	if len(want) == 0 {
		t.Fatal("test data: no file matches undangan")
	}
	last, err := a.Store().SearchBerkas(context.Background(), "undangan", storage.BerkasFilter{}, storage.Page{Limit: 1})
	if err != nil || l.pager.Len() != last.Total {
		t.Fatalf("the list counts %d files, want the %d of the last search (%v)", l.pager.Len(), last.Total, err)
	}
	for i, code := range want {
		if row := l.row(i); row == nil || row.Code != code {
			t.Fatalf("row %d shows %v, want %s of the last search", i, row, code)
		}
	}
}
