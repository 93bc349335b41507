package booking

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/kit"
)

// listLimit is how many bookings a list shows.
const listLimit = 200

// bookingList is one of the page's lists: a filter of BookingList and
// the buttons each row gets.
type bookingList struct {
	app     Shell
	content *fyne.Container
	rows    *fyne.Container
	head    *widget.Label
	filter  func() storage.BookingFilter
	actions func(b booking.Booking, all []booking.Resource) []fyne.CanvasObject
	empty   string
}

func newList(a Shell, empty string, filter func() storage.BookingFilter,
	actions func(booking.Booking, []booking.Resource) []fyne.CanvasObject, top ...fyne.CanvasObject) *bookingList {
	l := &bookingList{app: a, rows: container.NewVBox(), head: widget.NewLabel(""), filter: filter, actions: actions, empty: empty}
	head := container.NewBorder(nil, nil, nil, exportButton(a, filter), l.head)
	l.content = container.NewBorder(container.NewVBox(append(top, head)...), nil, nil, nil, container.NewVScroll(l.rows))
	return l
}

type listData struct {
	bookings  []booking.Booking
	resources []booking.Resource
}

func (l *bookingList) load() {
	s := l.app.Store()
	if s == nil {
		return
	}
	f := l.filter()
	f.Limit = listLimit
	kit.Load(l.app, func() (d listData, err error) {
		if d.bookings, err = s.BookingList(bg(), f); err != nil {
			return d, err
		}
		d.resources, err = s.Resources(bg(), storage.ResourceFilter{All: true})
		return d, err
	}, l.show)
}

func (l *bookingList) show(d listData, err error) {
	l.rows.RemoveAll()
	if err != nil {
		l.head.SetText(explain(err))
		return
	}
	l.head.SetText(kit.Ln("bookui.list.count", map[string]any{"N": len(d.bookings)}))
	if len(d.bookings) == 0 {
		l.rows.Add(widget.NewLabel(lang.L(l.empty)))
	}
	for _, b := range d.bookings {
		text := widget.NewLabel(line(b) + " · " + resourceNames(b, d.resources))
		text.Wrapping = fyne.TextWrapWord
		open := widget.NewButton(lang.L("bookui.buka"), func() { openBooking(l.app, b.ID) })
		btns := container.NewHBox(append([]fyne.CanvasObject{open}, l.actions(b, d.resources)...)...)
		l.rows.Add(container.NewBorder(nil, widget.NewSeparator(), nil, btns, text))
	}
}

// newWaitingList is the requests waiting for an approver.
func newWaitingList(a Shell) *bookingList {
	return newList(a, "bookui.list.no_waiting", func() storage.BookingFilter { return storage.BookingFilter{Waiting: true} },
		func(b booking.Booking, _ []booking.Resource) []fyne.CanvasObject {
			return []fyne.CanvasObject{
				widget.NewButton(lang.L("bookui.setujui"), func() { askDecide(a, b, true) }),
				widget.NewButton(lang.L("bookui.tolak"), func() { askDecide(a, b, false) }),
			}
		})
}

// prefUnitFilter is the unit the Unit saya list shows, per PC.
const prefUnitFilter = "booking.unit_filter"

// newUnitList is one unit's bookings from today on; the unit typed is
// remembered on this PC.
func newUnitList(a Shell) *bookingList {
	unit := a.NewEntry()
	unit.SetPlaceHolder(lang.L("bookui.f.unit"))
	unit.SetText(a.Preferences().String(prefUnitFilter))
	var l *bookingList
	show := widget.NewButton(lang.L("bookui.tampilkan"), func() {
		a.Preferences().SetString(prefUnitFilter, unit.Text)
		l.load()
	})
	unit.OnSubmitted = func(string) { show.OnTapped() }
	bar := container.NewBorder(nil, nil, widget.NewLabel(lang.L("bookui.f.unit")), show, unit)
	l = newList(a, "bookui.list.no_unit", func() storage.BookingFilter {
		return storage.BookingFilter{Unit: a.Preferences().String(prefUnitFilter), From: dayOf(timeNow())}
	}, func(b booking.Booking, all []booking.Resource) []fyne.CanvasObject {
		var out []fyne.CanvasObject
		if b.Status == booking.StatusDiajukan || b.Status == booking.StatusDisetujui {
			out = append(out, widget.NewButton(lang.L("bookui.batalkan"), func() { askCancel(a, b) }))
			if b.SeriID != 0 {
				out = append(out, widget.NewButton(lang.L("bookui.batalkan_seri"), func() { askCancelSeri(a, b) }))
			}
		}
		if b.Status == booking.StatusDisetujui && hasJenis(b, all, booking.JenisKendaraan) {
			out = append(out, widget.NewButton(lang.L("bookui.perjalanan"), func() { askTrip(a, b) }))
		}
		return out
	}, bar)
	return l
}

// newDigeserList is the bookings a priority event displaced: the clerk
// calls each back and books them again.
func newDigeserList(a Shell) *bookingList {
	return newList(a, "bookui.list.no_digeser", func() storage.BookingFilter { return storage.BookingFilter{Digeser: true} },
		func(b booking.Booking, _ []booking.Resource) []fyne.CanvasObject {
			return []fyne.CanvasObject{widget.NewButton(lang.L("bookui.pesan_ulang"), func() { rebook(a, b) })}
		})
}
