// Package booking is the lending of rooms, cars and drivers (issue 14):
// the Peminjaman page (calendar, requests waiting, my unit's bookings,
// displaced bookings, free rooms, resources), the booking form, the
// room's schedule on its place card and the Beranda card. Like
// ui/inventaris it sees the app only as a Shell and never imports
// package ui; the shell registers it in ui/features.go.
package booking

import (
	"context"
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/printout"
)

// PageKey is the navigation key of the Peminjaman page.
const PageKey = "nav.booking"

// Shell is what the booking feature needs from the app.
type Shell interface {
	kit.Shell
	// OnDataChanged calls fn after every change of data, here or elsewhere.
	OnDataChanged(fn func())
	// AskForm shows a small form titled by a translation key.
	AskForm(title, confirm string, items []*widget.FormItem, onOK func())
	// AskPIN asks for the admin PIN, then runs then with it.
	AskPIN(then func(pin string))
	// EnsureClerk runs then once the clerk at this PC has a name.
	EnsureClerk(then func())
	// Actor is the clerk at this PC.
	Actor() model.Actor
	// NewMultiLineEntry makes a scanner-aware field of several lines.
	NewMultiLineEntry() *kit.Entry
	// PrintBooking opens a booking paper as a PDF on paper p.
	PrintBooking(doc printout.BookingDoc, p label.Paper)
	// ExportBookingList asks where to save the bookings f picks in Excel.
	ExportBookingList(f storage.BookingFilter)
}

// timeNow is the clock; tests set it.
var timeNow = time.Now

// NewPage builds the Peminjaman page: the calendar and the lists as tabs.
func NewPage(app Shell) fyne.CanvasObject {
	p := buildPage(app)
	return p.tabs
}

// bookPage holds the page's tabs, each a screen of its own.
type bookPage struct {
	app   Shell
	tabs  *container.AppTabs
	cal   *calendar
	lists []*bookingList
	free  *freeFinder
	res   *resourcesView
	trips *tripView
}

func buildPage(a Shell) *bookPage {
	p := &bookPage{app: a, cal: newCalendar(a)}
	p.lists = []*bookingList{newWaitingList(a), newUnitList(a), newDigeserList(a)}
	p.free = newFreeFinder(a)
	p.res = newResourcesView(a)
	p.trips = newTripView(a)
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("bookui.tab.kalender"), p.cal.content),
		container.NewTabItem(lang.L("bookui.tab.menunggu"), p.lists[0].content),
		container.NewTabItem(lang.L("bookui.tab.unit"), p.lists[1].content),
		container.NewTabItem(lang.L("bookui.tab.digeser"), p.lists[2].content),
		container.NewTabItem(lang.L("bookui.tab.cari"), p.free.content),
		container.NewTabItem(lang.L("bookui.tab.sumber"), p.res.content),
		container.NewTabItem(lang.L("bookgui.trip.tab"), p.trips.content),
	)
	a.OnDataChanged(p.reload)
	p.reload()
	return p
}

func (p *bookPage) reload() {
	p.cal.load()
	for _, l := range p.lists {
		l.load()
	}
	p.res.load()
	p.trips.load()
}

// bookFields are the field keys model and storage name in errors, each
// with a label "bookui.f.<key>".
var bookFields = []string{"resource", "ruang", "kendaraan", "sopir", "tanggal", "dari", "sampai", "unit", "pemohon",
	"nip", "telepon", "keperluan", "jumlah", "catatan", "prioritas", "alasan", "ulang", "ulang_sampai", "ulang_kali",
	"nama", "kategori", "kapasitas", "fasilitas", "jeda", "code", "jenis", "status", "odo_berangkat", "odo_kembali", "bbm", "approver"}

func fieldLabel(key string) string {
	for _, f := range bookFields {
		if f == key {
			return lang.L("bookui.f." + key)
		}
	}
	return kit.FieldName(key)
}

// explain is kit.Explain with the booking fields' labels; a refused
// slot or a closure says its own sentence (who holds it, until when).
func explain(err error) string {
	if ie, ok := model.AsInvalid(err); ok {
		return kit.Ln("error.invalid_field", map[string]any{
			"Field": fieldLabel(ie.Field), "Value": ie.Value, "Reason": kit.T(ie.Reason)})
	}
	if msg, ok := slotError(err); ok {
		return msg
	}
	return kit.Explain(err)
}

// slotError is the message of a refused slot: the other booking or the
// closure named, as model/booking words it.
func slotError(err error) (string, bool) {
	var be *booking.BentrokError
	var te *booking.TutupError
	switch {
	case asErr(err, &be):
		return lang.L("bookui.error.bentrok") + " " + be.Error(), true
	case asErr(err, &te):
		return lang.L("bookui.error.tutup") + " " + te.Error(), true
	}
	return "", false
}

func showErr(a Shell, err error) { a.ShowInfo(lang.L("dialog.error"), explain(err)) }

func bg() context.Context { return context.Background() }

func item(key string, w fyne.CanvasObject) *widget.FormItem {
	return widget.NewFormItem(lang.L(key), w)
}

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

// statusName is a status as the clerk reads it.
func statusName(s booking.Status) string { return lang.L("bookui.status." + string(s)) }

// dayOf is the start of t's day.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// line is one booking as the lists print it: code, time, unit, who, why.
func line(b booking.Booking) string {
	s := b.Code + " · " + b.Jam() + " · " + b.Unit + " · " + b.Pemohon.Nama
	if b.Pemohon.Telepon != "" {
		s += " (" + b.Pemohon.Telepon + ")"
	}
	s += " · " + b.Keperluan + " · " + statusName(b.Status)
	if b.Prioritas {
		s += " · " + lang.L("bookui.prioritas")
	}
	if b.Status == booking.StatusDigeser {
		s += " · " + kit.Ln("bookui.digeser_by", map[string]any{"Code": b.DigeserOleh, "Alasan": b.AlasanGeser})
	}
	return s
}

// resourceNames is the names of a booking's resources, "Aula · Innova".
func resourceNames(b booking.Booking, all []booking.Resource) string {
	var names []string
	for _, id := range b.ResourceIDs {
		for _, r := range all {
			if r.ID == id {
				names = append(names, r.Nama)
			}
		}
	}
	return strings.Join(names, " · ")
}

// hasJenis reports whether a booking has a resource of kind j.
func hasJenis(b booking.Booking, all []booking.Resource, j booking.Jenis) bool {
	for _, id := range b.ResourceIDs {
		for _, r := range all {
			if r.ID == id && r.Jenis == j {
				return true
			}
		}
	}
	return false
}

// loadResources reads every active resource, for pickers.
func loadResources(s *storage.Store) ([]booking.Resource, error) {
	return s.Resources(bg(), storage.ResourceFilter{})
}

func asErr[T error](err error, target *T) bool { return errors.As(err, target) }
