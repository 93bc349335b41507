package inventaris

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
	"rapi/ui/kit"
)

const (
	listPageSize   = 100 // rows fetched per query
	listPagesCache = 8   // pages kept; others are fetched again when scrolled back to
	listDebounce   = 250 * time.Millisecond
)

// asetList is the list of assets. Rows are read from SQL a page at a
// time, as the table asks for them, off the UI goroutine: 100,000 assets
// cost no more than 100.
type asetList struct {
	app    Shell
	onOpen func(id int64)

	search, kode, tahun, pemegang *kit.Entry
	kib, ruang, kondisi, status   *widget.Select
	count                         *widget.Label
	table                         *widget.Table
	content                       fyne.CanvasObject
	ruangIDs                      map[string]int64

	query     storage.AsetFilter
	pager     *kit.Pager[aset.Aset]
	resetting bool         // onReset is clearing the filters
	typing    kit.Debounce // the search box and the typed filters wait for a pause
}

var listColumns = []struct {
	key   string
	width float32
}{
	// 1,100 px in all: the page's width at 1,280 × 720 beside the navigation.
	{"inv.col.code", 100}, {"inv.col.nomor", 200}, {"inv.col.nama", 190}, {"inv.col.merk", 140},
	{"inv.col.ruang", 210}, {"inv.col.pemegang", 150}, {"inv.col.kondisi", 110},
}

func newAsetList(a Shell, onOpen func(id int64)) *asetList {
	l := &asetList{app: a, onOpen: onOpen, search: a.NewEntry(), kode: a.NewEntry(), tahun: a.NewEntry(),
		pemegang: a.NewEntry(), count: widget.NewLabel(""), ruangIDs: map[string]int64{},
		typing: kit.Debounce{Wait: listDebounce}}
	if a.Synchronous() {
		l.typing.Wait = 0
	}
	l.search.SetPlaceHolder(lang.L("inv.list.search"))
	l.kode.SetPlaceHolder(lang.L("inv.list.kode"))
	l.tahun.SetPlaceHolder(lang.L("inv.list.tahun"))
	l.pemegang.SetPlaceHolder(lang.L("inv.list.pemegang"))
	all := lang.L("inv.all")
	kibs := []string{all}
	for _, g := range aset.KIBs {
		kibs = append(kibs, "KIB "+string(g)) // the names are long; clerks know the letters
	}
	kondisis := []string{all}
	for _, k := range aset.Kondisis {
		kondisis = append(kondisis, kondisiName(k))
	}
	statuses := []string{all}
	for _, st := range aset.Statuses {
		statuses = append(statuses, statusName(st))
	}
	changed := func(string) { l.onFilter() }
	l.kib = kit.NewSelect(kibs, changed)
	l.kib.PlaceHolder = lang.L("inv.list.kib")
	l.kondisi = kit.NewSelect(kondisis, changed)
	l.kondisi.PlaceHolder = lang.L("inv.list.kondisi")
	l.status = kit.NewSelect(statuses, changed)
	l.status.PlaceHolder = lang.L("inv.list.status")
	l.ruang = kit.NewSelect([]string{all}, changed)
	l.ruang.PlaceHolder = lang.L("inv.list.ruang")
	for _, e := range []*kit.Entry{l.search, l.kode, l.tahun, l.pemegang} {
		e.OnChanged = func(string) { l.onTyped() }
	}

	l.table = widget.NewTableWithHeaders(l.size, l.newCell, l.updateCell)
	l.table.ShowHeaderColumn = false
	l.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	l.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(listColumns) {
			o.(*widget.Label).SetText(lang.L(listColumns[id.Col].key))
		}
	}
	l.table.OnSelected = l.onSelected
	l.pager = kit.NewPager[aset.Aset](a, listPageSize, listPagesCache, kit.PagerView{Count: l.count,
		Key: "inv.list.count", MoreKey: "inv.list.count_more", Explain: explain, Table: l.table})
	for i, c := range listColumns {
		l.table.SetColumnWidth(i, c.width)
	}
	add := widget.NewButtonWithIcon(lang.L("inv.list.new"), theme.ContentAddIcon(), func() { l.onOpen(0) })
	add.Importance = widget.HighImportance
	reset := widget.NewButtonWithIcon(lang.L("inv.list.reset"), theme.ContentClearIcon(), l.onReset)
	printBtn := widget.NewButtonWithIcon(lang.L("inv.list.cetak"), theme.DocumentPrintIcon(), l.onPrint)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(l.count, printBtn, excelButtons(l.app), add), l.search)
	// Two rows: seven filters side by side ask for more than 1,280 px.
	filters := container.NewVBox(container.NewGridWithColumns(4, l.kib, l.kode, l.ruang, l.kondisi),
		container.NewBorder(nil, nil, nil, reset, container.NewGridWithColumns(3, l.status, l.tahun, l.pemegang)))
	l.content = container.NewBorder(container.NewVBox(top, filters), nil, nil, nil, l.table)
	l.loadRooms()
	l.reload()
	return l
}

// loadRooms fills the room filter.
func (l *asetList) loadRooms() {
	s := l.app.Store()
	if s == nil {
		return
	}
	kit.Load(l.app, func() ([]model.Place, error) { return s.Places(bg()) }, func(places []model.Place, err error) {
		if err != nil {
			return // the filter stays as it was; the list says what failed
		}
		opts := []string{lang.L("inv.all")}
		for _, r := range ruangChoices(places) {
			opts = append(opts, r.path)
			l.ruangIDs[r.path] = r.id
		}
		l.ruang.SetOptions(opts)
	})
}

// currentFilter reads the search box and the filters.
func (l *asetList) currentFilter() storage.AsetFilter {
	f := storage.AsetFilter{Text: strings.TrimSpace(l.search.Text), KodePrefix: strings.TrimSpace(l.kode.Text),
		Pemegang: strings.TrimSpace(l.pemegang.Text)}
	if y, err := strconv.Atoi(strings.TrimSpace(l.tahun.Text)); err == nil {
		f.Tahun = y
	}
	if i := l.kib.SelectedIndex(); i > 0 {
		f.KIB = aset.KIBs[i-1]
	}
	if i := l.kondisi.SelectedIndex(); i > 0 {
		f.Kondisi = aset.Kondisis[i-1]
	}
	if i := l.status.SelectedIndex(); i > 0 {
		f.Status = aset.Statuses[i-1]
	}
	if i := l.ruang.SelectedIndex(); i > 0 {
		f.RuangID = l.ruangIDs[l.ruang.Selected]
	}
	return f
}

// onTyped waits for a pause in typing before searching.
func (l *asetList) onTyped() { l.typing.Call(l.onFilter) }

func (l *asetList) onFilter() {
	if l.table == nil || l.resetting {
		return // still being built, or all filters are being cleared
	}
	if l.currentFilter() != l.query {
		l.reload()
		l.table.ScrollToTop()
	}
}

// onReset clears every filter with one query, not one per filter.
func (l *asetList) onReset() {
	l.resetting = true
	for _, e := range []*kit.Entry{l.search, l.kode, l.tahun, l.pemegang} {
		e.SetText("")
	}
	for _, s := range []*widget.Select{l.kib, l.ruang, l.kondisi, l.status} {
		s.ClearSelected()
	}
	l.resetting = false
	l.reload()
}

// reload drops the cached pages and fetches the first one again.
func (l *asetList) reload() {
	l.query = l.currentFilter()
	q := l.query
	l.pager.Reset(l.app.Store(), func(s *storage.Store, pg storage.Page) (kit.PagedRows[aset.Aset], error) {
		res, err := s.AsetList(bg(), q, pg)
		return kit.PagedRows[aset.Aset]{Rows: res.Rows, Total: res.Total, Capped: res.TotalCapped}, err
	})
}

// row is asset number i, or nil while its page is on its way.
func (l *asetList) row(i int) *aset.Aset { return l.pager.Row(i) }

func (l *asetList) size() (int, int) { return l.pager.Len(), len(listColumns) }

func (l *asetList) newCell() fyne.CanvasObject {
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	return label
}

func (l *asetList) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	label := o.(*widget.Label)
	a := l.row(id.Row)
	label.Importance = widget.MediumImportance
	if a == nil {
		label.SetText("…")
		return
	}
	if id.Col == 6 && a.Kondisi == aset.KondisiRB {
		label.Importance = widget.DangerImportance // SetText below redraws it
	}
	label.SetText(cellText(a, id.Col))
}

// cellText is column col of asset a as the list shows it.
func cellText(a *aset.Aset, col int) string {
	switch col {
	case 0:
		return a.Code
	case 1:
		return a.Nomor()
	case 2:
		return a.Nama
	case 3:
		return a.Merk
	case 4:
		return dash(a.RuangPath)
	case 5:
		return dash(a.Pemegang.Nama)
	case 6:
		return kondisiText(a.Kondisi)
	}
	return ""
}

func (l *asetList) onSelected(id widget.TableCellID) {
	l.table.UnselectAll()
	if a := l.row(id.Row); a != nil {
		l.onOpen(a.ID)
	}
}
