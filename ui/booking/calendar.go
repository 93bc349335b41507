package booking

import (
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/rapat"
	"rapi/storage"
	"rapi/ui/kit"
)

// The calendar's hours: rows from 07.00 to 18.00, an office's day.
const (
	firstHour = 7
	lastHour  = 18
	hourPx    = 44 // a row's height
	colPx     = 150
)

// The calendar's views.
const (
	viewRooms = iota // every room side by side for a day
	viewDay          // one resource, one day
	viewWeek         // one resource, Monday to Sunday
)

// calendar is the Kalender tab: a toolbar (view, resource, prev/today/
// next) above columns of hours with the bookings as blocks.
type calendar struct {
	app       Shell
	content   *fyne.Container
	view      *widget.Select
	res       *widget.Select
	title     *widget.Label
	grid      *fyne.Container
	print     *widget.Button // the paper of the view: the door's day, or the week of every room
	day       time.Time
	resources []booking.Resource
}

func newCalendar(a Shell) *calendar {
	c := &calendar{app: a, title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		grid: container.NewStack(), day: dayOf(timeNow())}
	views := []string{lang.L("bookui.view.rooms"), lang.L("bookui.view.day"), lang.L("bookui.view.week")}
	c.view = kit.NewSelect(views, nil)
	c.view.SetSelectedIndex(viewRooms)
	c.view.OnChanged = func(string) { c.load() }
	c.res = widget.NewSelect(nil, func(string) {
		if c.view.SelectedIndex() == viewRooms {
			c.view.SetSelectedIndex(viewDay) // picking a resource means its own schedule
			return
		}
		c.load()
	})
	c.res.PlaceHolder = lang.L("bookui.pick_resource")
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.move(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.move(1) })
	today := widget.NewButton(lang.L("bookui.today"), func() { c.day = dayOf(timeNow()); c.load() })
	add := widget.NewButtonWithIcon(lang.L("bookui.new"), theme.ContentAddIcon(), func() { c.newAt(nil, c.day.Add(9*time.Hour)) })
	c.print = widget.NewButtonWithIcon("", theme.DocumentPrintIcon(), c.printShown)
	c.title.Truncation = fyne.TextTruncateEllipsis
	bar := container.NewBorder(nil, nil, container.NewHBox(c.view, c.res, prev, today, next, add, c.print), nil, c.title)
	c.content = container.NewBorder(bar, nil, nil, nil, container.NewScroll(c.grid))
	return c
}

// move goes a day (or a week) back or on.
func (c *calendar) move(dir int) {
	step := 1
	if c.view.SelectedIndex() == viewWeek {
		step = 7
	}
	c.day = c.day.AddDate(0, 0, dir*step)
	c.load()
}

// calData is what one view shows.
type calData struct {
	resources []booking.Resource
	bookings  []booking.Booking
}

// period is the days the view shows: one, or the week of c.day.
func (c *calendar) period() (from time.Time, days int) {
	if c.view.SelectedIndex() != viewWeek {
		return c.day, 1
	}
	wd := (int(c.day.Weekday()) + 6) % 7 // Monday first
	return c.day.AddDate(0, 0, -wd), 7
}

func (c *calendar) selected() (booking.Resource, bool) {
	i := c.res.SelectedIndex()
	if i < 0 || i >= len(c.resources) {
		return booking.Resource{}, false
	}
	return c.resources[i], true
}

func (c *calendar) load() {
	s := c.app.Store()
	if s == nil {
		return
	}
	from, days := c.period()
	var ids []int64
	if r, ok := c.selected(); ok && c.view.SelectedIndex() != viewRooms {
		ids = []int64{r.ID}
	}
	kit.Load(c.app, func() (d calData, err error) {
		if d.resources, err = loadResources(s); err != nil {
			return d, err
		}
		d.bookings, err = s.BookingsOn(bg(), ids, from, from.AddDate(0, 0, days))
		return d, err
	}, c.show)
}

func (c *calendar) show(d calData, err error) {
	if err != nil {
		c.grid.Objects = []fyne.CanvasObject{widget.NewLabel(explain(err))}
		c.grid.Refresh()
		return
	}
	c.setResources(d.resources)
	c.showPrint()
	from, days := c.period()
	var cols []fyne.CanvasObject
	if r, ok := c.selected(); ok && c.view.SelectedIndex() != viewRooms {
		for i := 0; i < days; i++ {
			day := from.AddDate(0, 0, i)
			cols = append(cols, c.column(model.DayNames[day.Weekday()]+", "+day.Format("2/1"), r, day, d.bookings))
		}
		c.title.SetText(r.Nama + " · " + c.periodText(from, days))
	} else {
		for _, r := range d.resources {
			if r.Jenis == booking.JenisRuang {
				cols = append(cols, c.column(r.Nama, r, from, d.bookings))
			}
		}
		c.title.SetText(c.periodText(from, days))
	}
	if len(cols) == 0 {
		cols = append(cols, widget.NewLabel(lang.L("bookui.no_rooms")))
	}
	row := container.NewHBox(append([]fyne.CanvasObject{hoursColumn()}, cols...)...)
	c.grid.Objects = []fyne.CanvasObject{row}
	c.grid.Refresh()
}

// showPrint names the paper of the view: a room's day is its door
// schedule, every room's day the week's schedule; a car's or a
// driver's view has none (a car's trips are on the Perjalanan tab).
func (c *calendar) showPrint() {
	r, ok := c.selected()
	switch {
	case c.view.SelectedIndex() == viewRooms:
		c.print.SetText(lang.L("bookgui.print.mingguan"))
		c.print.Show()
	case ok && r.Jenis == booking.JenisRuang && c.view.SelectedIndex() == viewDay:
		c.print.SetText(lang.L("bookgui.print.pintu"))
		c.print.Show()
	default:
		c.print.Hide()
	}
}

// printShown prints the paper showPrint named.
func (c *calendar) printShown() {
	if r, ok := c.selected(); ok && c.view.SelectedIndex() == viewDay {
		printDoc(c.app, pintuDoc(r, c.day))
		return
	}
	printDoc(c.app, mingguanDoc(c.day))
}

func (c *calendar) periodText(from time.Time, days int) string {
	if days == 1 {
		return model.FormatDateDay(from)
	}
	return model.FormatDate(from) + " – " + model.FormatDate(from.AddDate(0, 0, days-1))
}

// setResources fills the resource picker, keeping the one chosen.
func (c *calendar) setResources(rs []booking.Resource) {
	keep, had := c.selected()
	c.resources = rs
	names := make([]string, len(rs))
	idx := -1
	for i, r := range rs {
		names[i] = r.Nama
		if had && r.ID == keep.ID {
			idx = i
		}
	}
	cb := c.res.OnChanged
	c.res.OnChanged = nil
	c.res.Options = names
	if idx >= 0 {
		c.res.SetSelectedIndex(idx)
	} else {
		c.res.ClearSelected()
	}
	c.res.OnChanged = cb
}

// column is one resource on one day: its title above the free hours (a
// tap starts a booking there) with the bookings laid over them.
func (c *calendar) column(title string, r booking.Resource, day time.Time, all []booking.Booking) fyne.CanvasObject {
	lay := &spanLayout{}
	body := container.New(lay)
	for h := firstHour; h < lastHour; h++ {
		at := day.Add(time.Duration(h) * time.Hour)
		lay.spans = append(lay.spans, span{at, at.Add(time.Hour)})
		body.Add(newSlot(r, at, c.newAt))
	}
	for _, b := range all {
		if !shownOn(b, r.ID, day) {
			continue
		}
		lay.spans = append(lay.spans, span{b.Dari, b.Sampai})
		body.Add(newBlock(b, c.open, c.moveBy))
	}
	lay.day = day
	head := widget.NewLabelWithStyle(title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	head.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(head, nil, nil, nil, body)
}

// shownOn reports whether b is on resource id that day and still holds
// or held its slot (refused and cancelled requests are gone).
func shownOn(b booking.Booking, id int64, day time.Time) bool {
	if b.Status == booking.StatusDitolak || b.Status == booking.StatusDibatalkan {
		return false
	}
	if !b.Dari.Before(day.AddDate(0, 0, 1)) || !b.Sampai.After(day) {
		return false
	}
	for _, x := range b.ResourceIDs {
		if x == id {
			return true
		}
	}
	return false
}

// hoursColumn is the hour labels at the left, "07.00" to "17.00".
func hoursColumn() fyne.CanvasObject {
	day := dayOf(timeNow())
	lay := &spanLayout{day: day, width: 56}
	body := container.New(lay)
	for h := firstHour; h < lastHour; h++ {
		at := day.Add(time.Duration(h) * time.Hour)
		lay.spans = append(lay.spans, span{at, at.Add(time.Hour)})
		body.Add(widget.NewLabel(rapat.FormatJam(at)))
	}
	return container.NewBorder(widget.NewLabel(""), nil, nil, nil, body)
}

func (c *calendar) newAt(r *booking.Resource, at time.Time) {
	b := booking.Booking{Dari: at, Sampai: at.Add(time.Hour)}
	if r != nil {
		b.ResourceIDs = []int64{r.ID}
	}
	openForm(c.app, b)
}

func (c *calendar) open(b booking.Booking) { openBooking(c.app, b.ID) }

// moveBy moves a booking dragged on the calendar; storage re-checks the
// slot and a clash is refused with the other booking named.
func (c *calendar) moveBy(b booking.Booking, d time.Duration) {
	if b.Status != booking.StatusDiajukan && b.Status != booking.StatusDisetujui {
		c.load()
		return
	}
	b.Dari, b.Sampai = b.Dari.Add(d), b.Sampai.Add(d)
	s := c.app.Store()
	c.app.EnsureClerk(func() {
		kit.Change(c.app, func() error { return s.UpdateBooking(bg(), &b) }, func(err error) {
			if err != nil {
				showErr(c.app, err)
				c.load() // the block goes back where it was
				return
			}
			c.app.DataChanged()
		})
	})
}

// span is a period a calendar object covers.
type span struct{ from, to time.Time }

// spanLayout places its objects by time: object i covers spans[i],
// clipped to the office hours of day.
type spanLayout struct {
	day   time.Time
	spans []span
	width float32 // 0: a resource's column
}

func (l *spanLayout) y(t time.Time) float32 {
	m := t.Sub(l.day.Add(firstHour * time.Hour)).Minutes()
	m = max(0, min(m, float64((lastHour-firstHour)*60)))
	return float32(m) * hourPx / 60
}

func (l *spanLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for i, o := range objs {
		if i >= len(l.spans) {
			break
		}
		top, bottom := l.y(l.spans[i].from), l.y(l.spans[i].to)
		inset := float32(0)
		if _, ok := o.(*block); ok {
			inset = 6 // a block leaves the slot under it a sliver to tap
		}
		o.Move(fyne.NewPos(inset, top+1))
		o.Resize(fyne.NewSize(size.Width-inset, max(bottom-top-2, 1)))
	}
}

func (l *spanLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	w := l.width
	if w == 0 {
		w = colPx
	}
	return fyne.NewSize(w, (lastHour-firstHour)*hourPx)
}

// slot is a free hour of a resource: a tap starts a booking there.
type slot struct {
	widget.BaseWidget
	r     booking.Resource
	at    time.Time
	onTap func(*booking.Resource, time.Time)
}

func newSlot(r booking.Resource, at time.Time, onTap func(*booking.Resource, time.Time)) *slot {
	s := &slot{r: r, at: at, onTap: onTap}
	s.ExtendBaseWidget(s)
	return s
}

func (s *slot) Tapped(*fyne.PointEvent) { s.onTap(&s.r, s.at) }

func (s *slot) CreateRenderer() fyne.WidgetRenderer {
	bgc := canvas.NewRectangle(color.Transparent)
	bgc.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bgc.StrokeWidth = 1
	return widget.NewSimpleRenderer(bgc)
}

// block is a booking on the calendar: its time, unit and status, in
// the status's colour; a tap opens it, a drag up or down moves it by
// half hours.
type block struct {
	widget.BaseWidget
	b      booking.Booking
	text   string
	onTap  func(booking.Booking)
	onMove func(booking.Booking, time.Duration)
	dragY  float32
}

func newBlock(b booking.Booking, onTap func(booking.Booking), onMove func(booking.Booking, time.Duration)) *block {
	x := &block{b: b, onTap: onTap, onMove: onMove}
	x.text = rapat.FormatJam(b.Dari) + "–" + rapat.FormatJam(b.Sampai) + " " + b.Unit + "\n" + statusName(b.Status)
	if b.Prioritas {
		x.text += " · " + lang.L("bookui.prioritas")
	}
	x.ExtendBaseWidget(x)
	return x
}

func (x *block) Tapped(*fyne.PointEvent) { x.onTap(x.b) }

// Dragged follows the pointer; DragEnd moves the booking by the half
// hours dragged.
func (x *block) Dragged(e *fyne.DragEvent) {
	x.dragY += e.Dragged.DY
	x.Move(x.Position().AddXY(0, e.Dragged.DY))
}

func (x *block) DragEnd() {
	steps := int(math.Round(float64(x.dragY / (hourPx / 2))))
	x.dragY = 0
	if steps == 0 {
		x.Refresh()
		return
	}
	x.onMove(x.b, time.Duration(steps)*30*time.Minute)
}

func (x *block) CreateRenderer() fyne.WidgetRenderer {
	rect := canvas.NewRectangle(kit.WithAlpha(theme.Color(statusColor(x.b.Status)), 90))
	rect.StrokeColor = theme.Color(statusColor(x.b.Status))
	rect.StrokeWidth = 2
	rect.CornerRadius = 4
	l := widget.NewLabel(x.text)
	l.Wrapping = fyne.TextWrapWord
	l.Truncation = fyne.TextTruncateClip
	return widget.NewSimpleRenderer(container.NewStack(rect, l))
}

// statusColor tells the statuses apart at a glance: approved green,
// waiting amber, displaced red, done grey.
func statusColor(s booking.Status) fyne.ThemeColorName {
	switch s {
	case booking.StatusDisetujui:
		return theme.ColorNameSuccess
	case booking.StatusDiajukan:
		return theme.ColorNameWarning
	case booking.StatusDigeser:
		return theme.ColorNameError
	}
	return theme.ColorNameDisabled
}

// openBooking reads booking id and shows it with what can be done.
func openBooking(a Shell, id int64) {
	s := a.Store()
	kit.Load(a, func() (d detailData, err error) {
		if d.b, err = s.Booking(bg(), id); err != nil {
			return d, err
		}
		d.resources, err = s.Resources(bg(), storage.ResourceFilter{All: true})
		return d, err
	}, func(d detailData, err error) {
		if err != nil {
			showErr(a, err)
			return
		}
		showDetail(a, d)
	})
}
