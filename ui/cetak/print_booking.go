package cetak

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"rapi/model/label"
	"rapi/ui/printout"
)

// OpenBookingPDF lays out a paper of the lending of rooms and cars (a
// door schedule, the weekly schedule, a trip log, a request form) off the
// UI goroutine and opens it in the PDF viewer, as OpenRapatPDF does.
func (a *Cetak) OpenBookingPDF(doc printout.BookingDoc, p label.Paper) {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("rapi-%s-%s-%s.pdf", doc.Kind, bookingDocCode(doc), time.Now().Format("20060102-150405")))
	a.Go(func() {
		var buf bytes.Buffer
		err := printout.WriteBookingDocPDF(&buf, doc, p)
		if err == nil {
			err = os.WriteFile(path, buf.Bytes(), 0o644)
		}
		a.Do(func() {
			if err == nil {
				err = a.openFile(path)
			}
			if err != nil {
				a.ShowError(err)
			}
		})
	})
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
