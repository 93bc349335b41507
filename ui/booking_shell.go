package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"rapi/ui/booking"
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
