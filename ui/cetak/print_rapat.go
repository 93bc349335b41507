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

// OpenRapatPDF lays out a paper of a meeting (undangan, daftar hadir,
// notulen, ...) off the UI goroutine and opens it in the PDF viewer, as
// OpenAsetPDF does for the inventaris.
func (a *Cetak) OpenRapatPDF(doc printout.RapatDoc, p label.Paper) {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("rapi-%s-%s-%s.pdf", doc.Kind, doc.Rapat.Rapat.Code, time.Now().Format("20060102-150405")))
	a.Go(func() {
		var buf bytes.Buffer
		err := printout.WriteRapatDocPDF(&buf, doc, p)
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
