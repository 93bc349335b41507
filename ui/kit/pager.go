package kit

import (
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
)

// PagedRows is one page a Pager fetched and how many rows the list has.
// Capped says storage stopped counting at Total (storage.CountCap): at
// least that many match.
type PagedRows[T any] struct {
	Rows   []T
	Total  int
	Capped bool
}

// Pager holds the pages of a long list that a widget.Table reads row by
// row: pages are fetched off the UI goroutine as rows come into view, a
// few are cached (the least recently used are dropped and fetched again
// when scrolled back to), and a page of a query the clerk has since
// changed is dropped. So 200,000 rows cost no more than 200. The archive
// and the asset list are both one.
type Pager[T any] struct {
	run         Runner
	size, cache int
	view        PagerView
	store       *storage.Store
	fetch       func(s *storage.Store, pg storage.Page) (PagedRows[T], error)

	gen      int // bumped by Reset; late pages of an older query are dropped
	total    int // the table's length
	shown    int // the count to show
	more     bool
	endKnown bool // a short page showed where a capped count really ends
	pages    map[int][]T
	loading  map[int]bool
	recent   []int // cached pages, most recently used last
	inRow    bool  // Row is loading a page: the table is drawing, no Refresh from there
}

// PagerView is how a list shows what its Pager fetched, on the UI
// goroutine once a page arrived.
type PagerView struct {
	Count        *widget.Label      // the count, or why a page did not come
	Key, MoreKey string             // the count's texts: "{{.N}} berkas", "{{.N}}+ berkas"
	Explain      func(error) string // a failed page's reason, in the clerk's words
	Table        *widget.Table      // redrawn when a page arrives, except inside Row (its own UpdateCell)
}

// NewPager makes a pager of size rows a page keeping cache pages.
func NewPager[T any](r Runner, size, cache int, v PagerView) *Pager[T] {
	return &Pager[T]{run: r, size: size, cache: cache, view: v, pages: map[int][]T{}, loading: map[int]bool{}}
}

// Reset drops every page and fetches the first one of a new query:
// fetch reads one page from s (nil, no database open: the list stays
// empty).
func (p *Pager[T]) Reset(s *storage.Store, fetch func(s *storage.Store, pg storage.Page) (PagedRows[T], error)) {
	p.store, p.fetch = s, fetch
	p.gen++
	p.pages, p.loading, p.recent = map[int][]T{}, map[int]bool{}, nil
	p.total, p.shown, p.more, p.endKnown = 0, 0, false, false
	p.Load(0)
}

// Load fetches page pg of the current query unless it is on its way.
func (p *Pager[T]) Load(pg int) {
	if p.store == nil || p.loading[pg] {
		return
	}
	p.loading[pg] = true
	gen, s, fetch := p.gen, p.store, p.fetch
	Load(p.run, func() (PagedRows[T], error) { return fetch(s, storage.Page{Offset: pg * p.size, Limit: p.size}) },
		func(res PagedRows[T], err error) { p.apply(gen, pg, res, err) })
}

// apply keeps page pg of query generation gen. Pages arrive in any order.
func (p *Pager[T]) apply(gen, pg int, res PagedRows[T], err error) {
	if gen != p.gen {
		return // an older query's page
	}
	delete(p.loading, pg)
	if err != nil {
		p.view.Count.SetText(p.view.Explain(err))
		return
	}
	p.pages[pg] = res.Rows
	p.touch(pg)
	p.setTotal(pg, res)
	p.view.Count.SetText(p.countText())
	if !p.inRow {
		p.view.Table.Refresh()
	}
}

// setTotal sets the table's length. When storage stopped counting at a
// cap, the table grows a page at a time as the clerk scrolls past what
// is known, and the count reads "1.000+" until a short page shows where
// the list really ends.
func (p *Pager[T]) setTotal(pg int, res PagedRows[T]) {
	total, more := res.Total, false
	if res.Capped {
		end := pg*p.size + len(res.Rows)
		switch {
		case p.endKnown:
			total = p.total
		case len(res.Rows) < p.size && (len(res.Rows) > 0 || pg > 0):
			total, p.endKnown = end, true
		default:
			total, more = max(p.total, res.Total, end+p.size), true
		}
	}
	p.total, p.more, p.shown = total, more, total
	if more {
		p.shown = res.Total
	}
}

// Len is the table's length.
func (p *Pager[T]) Len() int { return p.total }

// Count is the count to show and whether it is a lower bound ("1.000+").
func (p *Pager[T]) Count() (n int, more bool) { return p.shown, p.more }

// Held is how many pages are cached.
func (p *Pager[T]) Held() int { return len(p.pages) }

// Row is row i, or nil while its page is on its way (Row asks for it).
func (p *Pager[T]) Row(i int) *T {
	pg := i / p.size
	rows, ok := p.pages[pg]
	if !ok {
		p.inRow = true
		p.Load(pg)
		p.inRow = false
		if rows, ok = p.pages[pg]; !ok {
			return nil
		}
	}
	if p.recent[len(p.recent)-1] != pg {
		p.touch(pg)
	}
	if i%p.size >= len(rows) {
		return nil
	}
	return &rows[i%p.size]
}

// touch marks page pg as just used and forgets the least recently used
// pages beyond the cache.
func (p *Pager[T]) touch(pg int) {
	for i, x := range p.recent {
		if x == pg {
			p.recent = append(p.recent[:i], p.recent[i+1:]...)
			break
		}
	}
	p.recent = append(p.recent, pg)
	for len(p.recent) > p.cache {
		delete(p.pages, p.recent[0])
		p.recent = p.recent[1:]
	}
}

// countText is the count as the view's Key says it, or its MoreKey when
// it is a lower bound ("1.000+ berkas"), in Indonesian format.
func (p *Pager[T]) countText() string {
	key := p.view.Key
	if p.more {
		key = p.view.MoreKey
	}
	return Ln(key, map[string]any{"N": p.shown})
}
