package cetak

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

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
	path := filepath.Join(os.TempDir(), fmt.Sprintf("rapi-%s-%s.pdf", doc.Name(), time.Now().Format("20060102-150405")))
	a.Go(func() {
		_, _, err := printout.WriteAsetDocPDF(context.Background(), s, doc, path)
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
