package booking

import (
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/kit"
)

// tripView is the Perjalanan tab: one vehicle's trips in one month (the
// trip log), with the month's totals, "Catat kembali" on a car still out
// and the printed log.
type tripView struct {
	app      Shell
	content  *fyne.Container
	car      *widget.Select
	title    *widget.Label
	total    *widget.Label
	rows     *fyne.Container
	print    *widget.Button
	month    time.Time
	vehicles []booking.Resource
}

func newTripView(a Shell) *tripView {
	v := &tripView{app: a, title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		total: widget.NewLabel(""), rows: container.NewVBox(), month: monthOf(timeNow())}
	v.car = widget.NewSelect(nil, func(string) { v.load() })
	v.car.PlaceHolder = lang.L("bookgui.trip.pick")
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.move(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.move(1) })
	v.print = widget.NewButtonWithIcon(lang.L("bookgui.print.perjalanan"), theme.DocumentPrintIcon(), func() {
		if r, ok := v.selected(); ok {
			printDoc(a, perjalananDoc(r, v.month))
		}
	})
	v.total.Wrapping = fyne.TextWrapWord
	bar := container.NewBorder(nil, nil, container.NewHBox(v.car, prev, next, v.print), nil, v.title)
	v.content = container.NewBorder(container.NewVBox(bar, v.total), nil, nil, nil, container.NewVScroll(v.rows))
	return v
}

// monthOf is the first day of t's month.
func monthOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location())
}

func (v *tripView) move(dir int) {
	v.month = v.month.AddDate(0, dir, 0)
	v.load()
}

func (v *tripView) selected() (booking.Resource, bool) {
	i := v.car.SelectedIndex()
	if i < 0 || i >= len(v.vehicles) {
		return booking.Resource{}, false
	}
	return v.vehicles[i], true
}

// tripData is one month of one vehicle, with every resource so the
// trips name their drivers.
type tripData struct {
	vehicles  []booking.Resource // the active vehicles, in picker order
	car       int                // the one shown; -1: none
	trips     []booking.Booking
	resources []booking.Resource
}

func (v *tripView) load() {
	s := v.app.Store()
	if s == nil {
		return
	}
	keep, _ := v.selected()
	month := v.month
	kit.Load(v.app, func() (d tripData, err error) {
		if d.resources, err = s.Resources(bg(), storage.ResourceFilter{All: true}); err != nil {
			return d, err
		}
		for _, r := range d.resources {
			if r.Jenis == booking.JenisKendaraan && r.Aktif {
				d.vehicles = append(d.vehicles, r)
			}
		}
		d.car = pickVehicle(d.vehicles, keep.ID)
		if d.car < 0 {
			return d, nil
		}
		d.trips, err = s.TripLog(bg(), d.vehicles[d.car].ID, month)
		return d, err
	}, v.show)
}

// pickVehicle is the index of vehicle id in vs, else the first one (-1:
// there is none).
func pickVehicle(vs []booking.Resource, id int64) int {
	for i, r := range vs {
		if r.ID == id {
			return i
		}
	}
	if len(vs) == 0 {
		return -1
	}
	return 0
}

func (v *tripView) show(d tripData, err error) {
	v.rows.RemoveAll()
	if err != nil {
		v.total.SetText(explain(err))
		return
	}
	v.setVehicles(d.vehicles, d.car)
	v.title.SetText(model.MonthNames[v.month.Month()-1] + " " + strconv.Itoa(v.month.Year()))
	if d.car < 0 {
		v.print.Disable()
		v.total.SetText(lang.L("bookgui.trip.none"))
		return
	}
	v.print.Enable()
	v.total.SetText(tripTotal(d.vehicles[d.car].Nama+" · "+v.title.Text, d.trips))
	if len(d.trips) == 0 {
		v.rows.Add(widget.NewLabel(lang.L("bookgui.trip.empty")))
	}
	for _, b := range d.trips {
		text := widget.NewLabel(tripLine(b, d.resources))
		text.Wrapping = fyne.TextWrapWord
		btns := container.NewHBox(widget.NewButton(lang.L("bookui.buka"), func() { openBooking(v.app, b.ID) }))
		if b.Perjalanan.Jarak() == 0 && b.Status == booking.StatusDisetujui {
			btns.Add(widget.NewButton(lang.L("bookgui.trip.back"), func() { askTrip(v.app, b) }))
		}
		v.rows.Add(container.NewBorder(nil, widget.NewSeparator(), nil, btns, text))
	}
}

// setVehicles fills the vehicle picker with vs, car chosen, without
// firing a reload.
func (v *tripView) setVehicles(vs []booking.Resource, car int) {
	v.vehicles = vs
	names := make([]string, len(vs))
	for i, r := range vs {
		names[i] = r.Nama
	}
	cb := v.car.OnChanged
	v.car.OnChanged = nil
	v.car.Options = names
	if car >= 0 {
		v.car.SetSelectedIndex(car)
	} else {
		v.car.ClearSelected()
	}
	v.car.OnChanged = cb
}

// tripLine is one trip as the log reads: date, where, why, who, the
// odometer, the distance and the fuel.
func tripLine(b booking.Booking, all []booking.Resource) string {
	p := booking.Perjalanan{}
	if b.Perjalanan != nil {
		p = *b.Perjalanan
	}
	in, jarak := lang.L("bookgui.trip.out"), "–"
	if p.OdoKembali > 0 {
		in, jarak = model.FormatInt(p.OdoKembali), model.FormatInt(p.Jarak())
	}
	sopir := "–"
	for _, r := range all {
		if r.Jenis == booking.JenisSopir && slices.Contains(b.ResourceIDs, r.ID) {
			sopir = r.Nama
		}
	}
	return kit.Ln("bookgui.trip.row", map[string]any{"Date": model.FormatDateShort(b.Dari), "Tujuan": dash(p.Tujuan),
		"Keperluan": b.Keperluan, "Unit": b.Unit, "Sopir": sopir, "Out": model.FormatInt(p.OdoBerangkat), "In": in,
		"Jarak": jarak, "Liter": model.FormatDecimal(p.BBMLiter, 2), "Rupiah": model.FormatRupiah(p.BBMRupiah)})
}

// tripTotal sums a month's trips: how many, km driven, fuel.
func tripTotal(what string, trips []booking.Booking) string {
	var km, rp int64
	var liter float64
	for _, b := range trips {
		if b.Perjalanan != nil {
			km += b.Perjalanan.Jarak()
			liter += b.Perjalanan.BBMLiter
			rp += b.Perjalanan.BBMRupiah
		}
	}
	return kit.Ln("bookgui.trip.total", map[string]any{"Month": what, "N": len(trips), "Jarak": model.FormatInt(km),
		"Liter": model.FormatDecimal(liter, 2), "Rupiah": model.FormatRupiah(rp)})
}
