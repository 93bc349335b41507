package cetak

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// openPDF has write lay a paper out into a temporary file named after
// what, off the UI goroutine, then opens it in the PDF viewer (or offers
// to save it where none opens it): the one way every domain's paper is
// shown, so a failure reads the same everywhere.
func (a *Cetak) openPDF(what string, write func(path string) error) {
	path := tempPDFPath(what)
	a.Go(func() {
		err := write(path)
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

// buffered makes an openPDF write from a layout that streams: the file is
// written only once the whole PDF is laid out, so a failed layout leaves
// no broken file behind.
func buffered(layout func(w io.Writer) error) func(path string) error {
	return func(path string) error {
		var buf bytes.Buffer
		if err := layout(&buf); err != nil {
			return err
		}
		return os.WriteFile(path, buf.Bytes(), 0o644)
	}
}

// tempPDFPath is where a paper about what is put before it is opened; the
// time keeps two prints of one paper apart.
func tempPDFPath(what string) string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("rapi-%s-%s.pdf", what, time.Now().Format("20060102-150405")))
}
