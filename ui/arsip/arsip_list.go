package arsip

import (
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/impor"
	"rapi/ui/kit"
)

const (
	listPageSize   = 100 // rows fetched per query
	listPagesCache = 8   // pages kept; the rest are fetched again when scrolled back to
	listDebounce   = 250 * time.Millisecond
)

// listQuery is what the list shows: the typed text and the filter.
type listQuery struct {
	text   string
	filter storage.BerkasFilter
}

// berkasList is the list of files. The table asks for rows as they come
// into view; rows are fetched from SQL one page at a time off the UI
// goroutine and a few pages are cached, so 200,000 files cost no more
// than 200.
type berkasList struct {
	app    Shell
	onOpen func(id int64)

	search   *kit.Entry
	kode     *kit.Entry
	year     *kit.Entry
	status   *widget.Select
	kategori *widget.Select
	place    *widget.Select
	sort     *widget.Select
	count    *widget.Label
	table    *widget.Table
	content  fyne.CanvasObject

	sel       *listSelection
	colWidths []float32     // as fitColumnWidths last set them
	detail    *widget.Label // the whole place path of the row under the pointer or last ticked
	selCount  *widget.Label
	selAll    *widget.Button
	selClear  *widget.Button
	selPrint  *widget.Button

	colors   map[string]color.Color
	placeIDs map[string]int64 // place filter option -> id

	query    listQuery
	pager    *kit.Pager[marsip.Berkas]
	inUpdate bool         // inside the table's UpdateCell: no Refresh from there
	typing   kit.Debounce // the search box and the typed filters wait for a pause
}

var listColumns = []struct {
	key   string
	width float32
}{
	{"", 36}, {"arsipui.col.code", 120}, {"arsipui.col.kode", 95}, {"arsipui.col.uraian", 305}, {"arsipui.col.kurun", 105},
	{"arsipui.col.kategori", 130}, {"arsipui.col.place", 240}, {"arsipui.col.status", 270},
}

func newBerkasList(a Shell, onOpen func(id int64)) *berkasList {
	l := &berkasList{app: a, onOpen: onOpen, search: a.NewEntry(), kode: a.NewEntry(), year: a.NewEntry(),
		count: widget.NewLabel(""), colors: map[string]color.Color{}, placeIDs: map[string]int64{},
		typing: kit.Debounce{Wait: listDebounce}, sel: newListSelection()}
	if a.Synchronous() {
		l.typing.Wait = 0
	}
	l.search.SetPlaceHolder(lang.L("arsipui.list.search"))
	l.kode.SetPlaceHolder(lang.L("arsipui.list.kode"))
	l.year.SetPlaceHolder(lang.L("arsipui.list.year"))
	all := lang.L("arsipui.all")
	statuses := []string{all}
	for _, st := range marsip.Statuses {
		statuses = append(statuses, statusText(st))
	}
	l.status = kit.NewSelect(statuses, func(string) { l.onFilter() })
	l.kategori = kit.NewSelect([]string{all}, func(string) { l.onFilter() })
	l.place = kit.NewSelect([]string{all}, func(string) { l.onFilter() })
	// In the order of storage.BerkasSort: the first ranks a search by
	// relevance, the others sort a search too.
	l.sort = kit.NewSelect([]string{lang.L("arsipui.sort.best"), lang.L("arsipui.sort.newest"), lang.L("arsipui.sort.kode"),
		lang.L("arsipui.sort.tahun")},
		func(string) { l.onFilter() })
	l.status.PlaceHolder = lang.L("arsipui.list.status")
	l.kategori.PlaceHolder = lang.L("arsipui.list.kategori")
	l.place.PlaceHolder = lang.L("arsipui.list.place")
	// Always chosen, so it never shows a placeholder; an empty one keeps
	// "(Pilih salah satu)" from widening the toolbar.
	l.sort.PlaceHolder = ""
	l.sort.SetSelectedIndex(0)
	l.search.OnChanged = func(string) { l.onTyped() }
	l.kode.OnChanged = func(string) { l.onTyped() }
	l.year.OnChanged = func(string) { l.onTyped() }

	l.table = widget.NewTableWithHeaders(l.size, l.newCell, l.updateCell)
	l.table.ShowHeaderColumn = false
	l.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	l.table.UpdateHeader = l.updateHeader
	l.table.OnSelected = l.onSelected
	l.pager = kit.NewPager[marsip.Berkas](a, listPageSize, listPagesCache, kit.PagerView{Count: l.count,
		Key: "arsipui.list.count", MoreKey: "arsipui.list.count_more", Explain: explainArsip, Table: l.table})
	l.colWidths = make([]float32, len(listColumns))
	for i, c := range listColumns {
		l.table.SetColumnWidth(i, c.width)
	}
	l.detail = widget.NewLabel("")
	l.detail.Truncation = fyne.TextTruncateEllipsis

	add := widget.NewButtonWithIcon(lang.L("arsipui.list.new"), theme.ContentAddIcon(), func() { l.onOpen(0) })
	add.Importance = widget.HighImportance
	reset := widget.NewButtonWithIcon(lang.L("arsipui.list.reset"), theme.ContentClearIcon(), l.onReset)
	export := widget.NewButtonWithIcon(lang.L("impor.export.title"), theme.DocumentSaveIcon(), l.onExport)
	labels := widget.NewButtonWithIcon(lang.L("arsipui.labels.button"), theme.DocumentPrintIcon(), l.onPrintLabels)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(l.count, labels, export, add), l.search)
	filters := container.NewBorder(nil, nil, nil, reset, container.NewGridWithColumns(6,
		l.kode, l.year, l.status, l.kategori, l.place, l.sort))
	l.content = container.NewBorder(container.NewVBox(top, filters, l.selectionBar()), l.detail, nil, nil,
		container.New(fitColumns{l}, l.table))
	l.loadChoices()
	l.reload(true)
	return l
}

// loadChoices fills the category and place filters and the category colours.
func (l *berkasList) loadChoices() {
	s := l.app.Store()
	if s == nil {
		return
	}
	type choices struct {
		kats  []marsip.Kategori
		paths []kit.PlacePath
	}
	kit.Load(l.app, func() (c choices, err error) {
		if c.kats, err = s.ArsipKategori(bg()); err != nil {
			return c, err
		}
		places, err := s.Places(bg())
		c.paths = placePathNames(places)
		return c, err
	}, func(c choices, err error) {
		if err != nil {
			return // the filters stay as they were; the list itself says what failed
		}
		all := lang.L("arsipui.all")
		opts := []string{all}
		for _, k := range c.kats {
			l.colors[k.Name] = parseColor(k.Color)
			opts = append(opts, k.Name)
		}
		l.kategori.SetOptions(opts)
		popts := []string{all}
		for _, p := range c.paths {
			popts = append(popts, p.Path)
			l.placeIDs[p.Path] = p.ID
		}
		l.place.SetOptions(popts)
		l.table.Refresh()
	})
}

// currentQuery reads the search box and the filters.
func (l *berkasList) currentQuery() listQuery {
	q := listQuery{text: strings.TrimSpace(l.search.Text)}
	q.filter.KodePrefix = strings.TrimSpace(l.kode.Text)
	if y, err := strconv.Atoi(strings.TrimSpace(l.year.Text)); err == nil {
		q.filter.Year = y
	}
	if i := l.status.SelectedIndex(); i > 0 {
		q.filter.Status = marsip.Statuses[i-1]
	}
	if i := l.kategori.SelectedIndex(); i > 0 {
		q.filter.Kategori = l.kategori.Selected
	}
	if i := l.place.SelectedIndex(); i > 0 {
		q.filter.PlaceID = l.placeIDs[l.place.Selected]
	}
	q.filter.Sort = storage.BerkasSort(max(0, l.sort.SelectedIndex()))
	return q
}

// onTyped waits for a pause in typing before searching.
func (l *berkasList) onTyped() { l.typing.Call(l.onFilter) }

func (l *berkasList) onFilter() {
	if l.table == nil {
		return // still being built
	}
	if q := l.currentQuery(); q != l.query {
		l.reload(true)
	}
}

func (l *berkasList) onReset() {
	for _, e := range []*kit.Entry{l.search, l.kode, l.year} {
		e.SetText("")
	}
	for _, s := range []*widget.Select{l.status, l.kategori, l.place} {
		s.ClearSelected()
	}
	l.sort.SetSelectedIndex(0)
	l.reload(true)
}

// onExport asks where to save the list as it stands (search text,
// filters and sort), then writes it off the UI goroutine.
func (l *berkasList) onExport() {
	q := l.currentQuery()
	impor.ExportBerkas(l.app, q.text, q.filter)
}

// exportTo writes the list as it stands to path (what onExport does once
// the clerk chose the file).
func (l *berkasList) exportTo(path string) {
	q := l.currentQuery()
	impor.WriteExport(l.app, path, storage.ExportArsipOptions{List: storage.ListBerkas, Text: q.text, Filter: q.filter})
}

// reload drops the cached pages and fetches the first one again; top
// also scrolls back to the first row (a new search).
func (l *berkasList) reload(top bool) {
	l.query = l.currentQuery()
	if top {
		l.table.ScrollToTop()
	}
	q := l.query
	l.pager.Reset(l.app.Store(), func(s *storage.Store, pg storage.Page) (kit.PagedRows[marsip.Berkas], error) {
		res, err := s.SearchBerkas(bg(), q.text, q.filter, pg)
		return kit.PagedRows[marsip.Berkas]{Rows: res.Rows, Total: res.Total, Capped: res.TotalCapped}, err
	})
}

// row is file number i of the list, or nil while its page is on its way.
func (l *berkasList) row(i int) *marsip.Berkas { return l.pager.Row(i) }

func (l *berkasList) size() (int, int) { return l.pager.Len(), len(listColumns) }

// A cell is a colour chip (category column only) and a label.
func (l *berkasList) newCell() fyne.CanvasObject {
	chip := canvas.NewRectangle(color.Transparent)
	chip.SetMinSize(fyne.NewSize(12, 12))
	chip.CornerRadius = 6
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	tick := widget.NewIcon(theme.CheckButtonIcon())
	return newHoverCell(container.NewBorder(nil, nil, container.NewHBox(container.NewCenter(chip), tick), nil, label))
}

func (l *berkasList) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	hc := o.(*hoverCell)
	hc.onIn, hc.onOut = nil, nil
	c := hc.content.(*fyne.Container)
	label := c.Objects[0].(*widget.Label)
	left := c.Objects[1].(*fyne.Container)
	chipBox := left.Objects[0].(*fyne.Container)
	chip := chipBox.Objects[0].(*canvas.Rectangle)
	tick := left.Objects[1].(*widget.Icon)
	l.inUpdate = true
	b := l.row(id.Row)
	l.inUpdate = false
	chipBox.Hide()
	tick.Hide()
	label.Importance = widget.MediumImportance
	if b == nil {
		label.SetText("…")
		return
	}
	text := ""
	switch id.Col {
	case selectCol:
		tick.SetResource(l.tickIcon(b.ID))
		tick.Show()
	case colCode:
		text = b.Code
	case colKode:
		text = b.KodeKlasifikasi
	case colUraian:
		text = b.Uraian
	case colKurun:
		text = b.KurunWaktu()
	case colKategori:
		text = b.Kategori
		if b.Kategori != "" {
			chip.FillColor = l.kategoriColor(b.Kategori)
			chip.Refresh()
			chipBox.Show()
		}
	case colPlace:
		text = innermostFirst(b.PlacePath)
		path := b.PlacePath
		hc.onIn = func() { l.showPath(path) }
		hc.onOut = func() { l.showPath("") }
	case colStatus:
		text, label.Importance = loanStatus(b)
	}
	label.SetText(text)
}

// showPath writes a whole place path under the table ("" clears it).
func (l *berkasList) showPath(path string) {
	if path == "" {
		l.detail.SetText("")
		return
	}
	l.detail.SetText(kit.Ln("arsipsel.path", map[string]any{"Path": path}))
}

// loanStatus is the status column: "Dipinjam · Andi s.d. 12/03/2025",
// in red when the loan is overdue.
func loanStatus(b *marsip.Berkas) (string, widget.Importance) {
	st := b.ShownStatus()
	if st != marsip.StatusDipinjam || b.Loan == nil {
		return statusText(st), widget.MediumImportance
	}
	text := kit.Ln("arsipui.list.on_loan", map[string]any{"Status": statusText(st), "Who": b.Loan.Borrower,
		"Due": model.FormatDateShort(b.Loan.Due)})
	if b.Loan.Overdue(timeNow()) {
		return text, widget.DangerImportance
	}
	return text, widget.WarningImportance
}

func (l *berkasList) kategoriColor(name string) color.Color {
	if c, ok := l.colors[name]; ok {
		return c
	}
	return parseColor("")
}

func (l *berkasList) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col == selectCol {
		o.(*widget.Label).SetText("") // a tick column needs no word, and has no room for one
	} else if id.Col >= 0 && id.Col < len(listColumns) {
		o.(*widget.Label).SetText(lang.L(listColumns[id.Col].key))
	}
}

// placePathNames lists every place with its path, in tree order.
func placePathNames(places []model.Place) []kit.PlacePath { return kit.PlacePaths(places) }
