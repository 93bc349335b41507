package arsip

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/ui/kit"
)

// The list's selection: the clerk ticks berkas (the tick column, or
// Ctrl+click on any column) across searches, then queues exactly those
// labels. A plain click on the other columns still opens the berkas.

// The list's columns, in the order of listColumns; selectCol is the tick.
const (
	selectCol = iota
	colCode
	colKode
	colUraian
	colKurun
	colKategori
	colPlace
	colStatus
)

// listSelection is the ticked berkas, in the order they were ticked.
type listSelection struct {
	codes map[int64]string
	order []int64
}

func newListSelection() *listSelection { return &listSelection{codes: map[int64]string{}} }

func (s *listSelection) has(id int64) bool { _, ok := s.codes[id]; return ok }
func (s *listSelection) len() int          { return len(s.order) }

// toggle ticks id or takes the tick off.
func (s *listSelection) toggle(id int64, code string) {
	if s.has(id) {
		delete(s.codes, id)
		for i, x := range s.order {
			if x == id {
				s.order = append(s.order[:i], s.order[i+1:]...)
				break
			}
		}
		return
	}
	s.add(id, code)
}

func (s *listSelection) add(id int64, code string) {
	if !s.has(id) {
		s.codes[id] = code
		s.order = append(s.order, id)
	}
}

func (s *listSelection) clear() { s.codes, s.order = map[int64]string{}, nil }

// list is the ticked codes in the order they were ticked.
func (s *listSelection) list() []string {
	out := make([]string, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, s.codes[id])
	}
	return out
}

// selectionBar is the row under the filters: tick all shown, clear,
// "N dipilih" and the print action.
func (l *berkasList) selectionBar() fyne.CanvasObject {
	l.selCount = widget.NewLabel("")
	l.selAll = widget.NewButtonWithIcon(lang.L("arsipsel.all"), theme.CheckButtonCheckedIcon(), l.onSelectAll)
	l.selClear = widget.NewButtonWithIcon(lang.L("arsipsel.clear"), theme.CheckButtonIcon(), l.onSelectClear)
	l.selPrint = widget.NewButtonWithIcon(lang.L("arsipsel.print"), theme.DocumentPrintIcon(), l.onPrintSelected)
	l.updateSelection()
	return container.NewHBox(l.selAll, l.selClear, l.selCount, l.selPrint)
}

// updateSelection shows the count and enables what makes sense.
func (l *berkasList) updateSelection() {
	n := l.sel.len()
	l.selCount.SetText(kit.Ln("arsipsel.count", map[string]any{"Count": n}))
	if n == 0 {
		l.selClear.Disable()
		l.selPrint.Disable()
	} else {
		l.selClear.Enable()
		l.selPrint.Enable()
	}
	if !l.inUpdate && l.table != nil {
		l.table.Refresh()
	}
}

// ctrlHeld tells whether Ctrl (Cmd on a Mac) is down, on a desktop
// driver; the test driver has none, so tests tick with the tick column.
func ctrlHeld() bool {
	app := fyne.CurrentApp()
	if app == nil {
		return false
	}
	d, ok := app.Driver().(desktop.Driver)
	if !ok {
		return false
	}
	m := d.CurrentKeyModifiers()
	return m&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0
}

// onSelected ticks on the tick column or with Ctrl held, else opens.
func (l *berkasList) onSelected(id widget.TableCellID) {
	l.table.UnselectAll()
	b := l.row(id.Row)
	if b == nil {
		return
	}
	if id.Col == selectCol || ctrlHeld() {
		l.sel.toggle(b.ID, b.Code)
		l.showPath(b.PlacePath) // the ticked berkas' whole place, which its column may cut
		l.updateSelection()
		return
	}
	l.onOpen(b.ID)
}

// onSelectAll ticks every berkas the list finds (search and filters as
// they stand, up to labelCap), keeping the ones ticked before.
func (l *berkasList) onSelectAll() {
	s, q := l.app.Store(), l.currentQuery()
	if s == nil {
		return
	}
	kit.Load(l.app, func() ([]foundBerkas, error) { return foundRows(s, q) }, func(rows []foundBerkas, err error) {
		if err != nil {
			showArsipError(l.app, err)
			return
		}
		for _, r := range rows {
			l.sel.add(r.id, r.code)
		}
		l.updateSelection()
		if len(rows) == labelCap {
			l.app.ShowInfo(lang.L("arsipsel.title"), kit.Ln("arsipsel.capped", map[string]any{"Count": labelCap}))
		}
	})
}

func (l *berkasList) onSelectClear() {
	l.sel.clear()
	l.updateSelection()
}

// onPrintSelected queues exactly the ticked berkas in Cetak.
func (l *berkasList) onPrintSelected() {
	if l.sel.len() == 0 {
		l.app.ShowInfo(lang.L("arsipsel.title"), lang.L("arsipsel.none"))
		return
	}
	l.app.PrintLabels(model.CodeBerkas, l.sel.list())
}

// tickIcon is the tick column's icon for b.
func (l *berkasList) tickIcon(id int64) fyne.Resource {
	if l.sel.has(id) {
		return theme.CheckButtonCheckedIcon()
	}
	return theme.CheckButtonIcon()
}
