package cetak

import (
	"context"

	"rapi/ui/printout"
)

// OpenAsetPDF lays out a paper of the inventaris (a KIB, a room's KIR, the
// Buku Inventaris, a BAST, a Berita Acara Sensus) off the UI goroutine and
// opens it in the PDF viewer, or offers to save it where none opens it.
func (a *Cetak) OpenAsetPDF(doc printout.AsetDoc) {
	s := a.Store()
	if s == nil {
		return
	}
	a.openPDF(doc.Name(), func(path string) error {
		_, _, err := printout.WriteAsetDocPDF(context.Background(), s, doc, path)
		return err
	})
}
