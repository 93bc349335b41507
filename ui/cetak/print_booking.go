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
	path := filepath.Join(os.TempDir(), fmt.Sprintf("rapi-%s-%s.pdf", doc.Kind, time.Now().Format("20060102-150405")))
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
