// Package cetak is the Cetak screen: the label print queue, label sheets
// (templates) and their editor, this PC's printer offset, and the official
// lists and loan cards as PDF. It sees the app only as a Shell; the label
// sources it offers come from the features that own the records.
package cetak

import (
	"net/url"

	"fyne.io/fyne/v2"

	"rapi/ui/kit"
)

// PageKey is the navigation key of the Cetak page.
const PageKey = "nav.print"

// Shell is what Cetak needs from the app: kit.Shell, showing a page (the
// queue opens Cetak when another screen adds labels) and opening a file
// in the system's viewer.
type Shell interface {
	kit.Shell
	ShowPage(key string)
	OpenURL(u *url.URL) error
}

// Cetak is the printing feature of one app: its queue outlives the page.
type Cetak struct {
	Shell
	sources []PrintSource
	printQ  *printQueue
	page    *printPage // the page on screen, shown again when the queue grows
}

// New is the printing feature of app, offering the labels of sources.
func New(app Shell, sources []PrintSource) *Cetak {
	return &Cetak{Shell: app, sources: sources}
}

// Page builds the Cetak page.
func (c *Cetak) Page() fyne.CanvasObject {
	p := newPrintPage(c)
	c.page = p
	return p.content
}

func (c *Cetak) prefs() Prefs { return Prefs{c.Preferences()} }
