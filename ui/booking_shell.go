package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/booking"
	"rapi/ui/impor"
	"rapi/ui/printout"
)

// The booking feature (ui/booking): its page; the room schedule it adds
// to the place card is wired in features().

// The App is the shell the booking feature sees.
var _ booking.Shell = (*App)(nil)

// bookingFeature is the lending of rooms, cars and drivers: its page and
// the card a scan of a booking's P- code opens.
func bookingFeature(a *App) Feature {
	return Feature{
		Pages: []Page{{booking.PageKey, theme.CalendarIcon(), func(a *App) fyne.CanvasObject { return booking.NewPage(a) }}},
		Cards: booking.Cards(a),
	}
}

// PrintBooking opens a booking paper as a PDF.
func (a *App) PrintBooking(doc printout.BookingDoc, p label.Paper) { a.cetak.OpenBookingPDF(doc, p) }

// ExportBookingList asks where to save a booking list in Excel, then writes it.
func (a *App) ExportBookingList(f storage.BookingFilter) { impor.ExportBookingList(a, f) }
