package cetak

import (
	"fmt"
	"io"

	"rapi/model/label"
	"rapi/ui/printout"
)

// OpenBookingPDF lays out a paper of the lending of rooms and cars (a
// door schedule, the weekly schedule, a trip log, a request form) off the
// UI goroutine and opens it in the PDF viewer, as OpenRapatPDF does.
func (a *Cetak) OpenBookingPDF(doc printout.BookingDoc, p label.Paper) {
	a.openPDF(fmt.Sprintf("%s-%s", doc.Kind, bookingDocCode(doc)), buffered(func(w io.Writer) error {
		return printout.WriteBookingDocPDF(w, doc, p)
	}))
}

// bookingDocCode names what a booking paper is about in its file name:
// the booking of a request form, else the room or the car ("semua" for
// every room's week).
func bookingDocCode(doc printout.BookingDoc) string {
	switch {
	case doc.Kind == printout.BookingPermohonan && len(doc.Bookings) > 0:
		return doc.Bookings[0].Code
	case doc.Kind != printout.BookingMingguan && len(doc.Resources) > 0:
		return doc.Resources[0].Code
	}
	return "semua"
}
