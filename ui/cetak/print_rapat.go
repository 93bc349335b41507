package cetak

import (
	"fmt"
	"io"

	"rapi/model/label"
	"rapi/ui/printout"
)

// OpenRapatPDF lays out a paper of a meeting (undangan, daftar hadir,
// notulen, ...) off the UI goroutine and opens it in the PDF viewer, as
// OpenAsetPDF does for the inventaris.
func (a *Cetak) OpenRapatPDF(doc printout.RapatDoc, p label.Paper) {
	a.openPDF(fmt.Sprintf("%s-%s", doc.Kind, doc.Rapat.Rapat.Code), buffered(func(w io.Writer) error {
		return printout.WriteRapatDocPDF(w, doc, p)
	}))
}
