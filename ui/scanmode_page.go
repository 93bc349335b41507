package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"rapi/ui/arsip"
	"rapi/ui/kit"
	"rapi/ui/qrcode"
)

// scanPageKey is the Pindai page's navigation key.
const scanPageKey = "scan2.nav"

// newScanPage is the Pindai page (ui/arsip) on this shell's scan box;
// the box refreshes it after every scan.
func newScanPage(a *App) fyne.CanvasObject {
	b := a.shell.scan
	b.page = arsip.NewScanPage(a, b)
	return b.page.Content()
}

// startOpnameAt switches to Stok opname and starts it at the place with
// this code (from a place's card).
func (a *App) startOpnameAt(code string) {
	if a.shell == nil {
		return
	}
	ss := a.shell.scan.session
	ss.CancelOpname()
	ss.SetMode(arsip.ModeOpname)
	a.ShowPage(scanPageKey)
	a.modeScan(code)
}

// onQRPhoto reads the QR code in a photo of a label and treats it as
// scanned, for offices without a scanner.
func (a *App) onQRPhoto() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			if err != nil {
				a.ShowError(err)
			}
			return
		}
		path := r.URI().Path()
		r.Close()
		a.ScanPhoto(path)
	}, a.win)
	d.Show()
}

// ScanPhoto decodes the QR code in an image file off the UI goroutine
// and treats the code as scanned.
func (a *App) ScanPhoto(path string) {
	kit.Load(a, func() (string, error) { return qrcode.DecodeFile(path) }, func(code string, err error) {
		if err != nil {
			a.ScanFeedback(false)
			a.ShowInfo(lang.L("scan2.photo"), kit.Ln("scan2.photo_failed", map[string]any{"Err": err.Error()}))
			return
		}
		a.Scanned(code)
	})
}
