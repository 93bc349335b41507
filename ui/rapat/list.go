package rapat

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/storage"
	"rapi/ui/kit"
)

// weekList is the meetings of one week, Monday to Sunday, with their
// checklist progress; prev/next week and today move it.
type weekList struct {
	app     Shell
	monday  time.Time
	title   *widget.Label
	msg     *widget.Label
	rows    []storage.RapatRow
	list    *widget.List
	onOpen  func(id int64) *rapatView
	content fyne.CanvasObject
}

func newWeekList(a Shell, onOpen func(int64) *rapatView, onNew func()) *weekList {
	w := &weekList{app: a, onOpen: onOpen, title: bold(""), msg: wrapped("")}
	w.msg.Hide()
	w.monday = mondayOf(timeNow())
	w.list = widget.NewList(func() int { return len(w.rows) }, newRowObject, w.updateRow)
	w.list.OnSelected = func(i widget.ListItemID) {
		w.list.UnselectAll()
		if i < len(w.rows) {
			w.onOpen(w.rows[i].Rapat.ID)
		}
	}
	prev := widget.NewButtonWithIcon(lang.L("rapatui.week.prev"), theme.NavigateBackIcon(), func() { w.move(-7) })
	next := widget.NewButtonWithIcon(lang.L("rapatui.week.next"), theme.NavigateNextIcon(), func() { w.move(7) })
	today := widget.NewButton(lang.L("rapatui.week.today"), w.onToday)
	add := widget.NewButtonWithIcon(lang.L("rapatui.new"), theme.ContentAddIcon(), onNew)
	add.Importance = widget.HighImportance
	head := container.NewBorder(nil, nil, container.NewHBox(prev, today, next), add, w.title)
	w.content = container.NewBorder(container.NewVBox(head, w.msg), nil, nil, nil, w.list)
	w.load()
	return w
}

// mondayOf is the Monday of t's week, at midnight.
func mondayOf(t time.Time) time.Time {
	d := mrapat.DateOnly(t)
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// day is the day a new meeting starts on: today in this week, else the
// week's Monday.
func (w *weekList) day() time.Time {
	if mondayOf(timeNow()).Equal(w.monday) {
		return mrapat.DateOnly(timeNow())
	}
	return w.monday
}

func (w *weekList) move(days int) {
	w.monday = w.monday.AddDate(0, 0, days)
	w.load()
}

func (w *weekList) onToday() {
	w.monday = mondayOf(timeNow())
	w.load()
}

func (w *weekList) load() {
	s := w.app.Store()
	if s == nil {
		return
	}
	from, to := w.monday, w.monday.AddDate(0, 0, 7)
	w.title.SetText(kit.Ln("rapatui.week.title", map[string]any{"From": model.FormatDate(from), "To": model.FormatDate(to.AddDate(0, 0, -1))}))
	kit.Load(w.app, func() ([]storage.RapatRow, error) { return s.RapatList(bg(), from, to) }, func(rows []storage.RapatRow, err error) {
		if err != nil {
			setMsg(w.msg, explain(err))
			return
		}
		w.rows = rows
		setMsg(w.msg, "")
		if len(rows) == 0 {
			setMsg(w.msg, lang.L("rapatui.week.empty"))
		}
		w.list.Refresh()
	})
}

// newRowObject is a meeting's row: when, what and where, then the status
// and the checklist's progress (red when items are late).
func newRowObject() fyne.CanvasObject {
	// The longest texts size the row before it is filled.
	wide := time.Date(2026, 9, 30, 10, 0, 0, 0, time.Local) // a Rabu
	when := widget.NewLabelWithStyle(rowWhen(mrapat.Rapat{Mulai: wide, Selesai: wide.Add(time.Hour)}), fyne.TextAlignLeading,
		fyne.TextStyle{Bold: true})
	what := widget.NewLabel("")
	what.Truncation = fyne.TextTruncateEllipsis
	status := widget.NewLabel(statusName(mrapat.StatusBerlangsung))
	prog := widget.NewLabel(progressText(mrapat.Progress{Done: 88, Total: 88, Late: 88}))
	return container.NewBorder(nil, nil, when, container.NewHBox(status, prog), what)
}

func (w *weekList) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(w.rows) {
		return
	}
	row := w.rows[i]
	c := o.(*fyne.Container)
	what, when := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Label)
	right := c.Objects[2].(*fyne.Container)
	status, prog := right.Objects[0].(*widget.Label), right.Objects[1].(*widget.Label)
	when.SetText(rowWhen(row.Rapat))
	what.SetText(rowText(row.Rapat))
	status.SetText(statusName(row.Rapat.Status))
	prog.SetText(progressText(row.Progress))
	danger(prog, row.Progress.Late > 0)
	c.Refresh() // the texts' widths changed: lay the row out again
}

// rowText is a meeting in a list: "M-000015 · Rapat Pimpinan · Ruang Rapat Lt. 2".
func rowText(r mrapat.Rapat) string { return r.Code + " · " + r.Acara + " · " + dash(r.Tempat) }
