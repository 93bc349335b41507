// Package arsip is the archive feature: the Arsip page (berkas list and
// form, places, loans, retention, klasifikasi, kategori), the cards a scan
// opens on files, boxes and places, the archive's searchers, and the scan
// modes' session (Pindah, Pinjam, Kembali, Stok opname) with the
// stock-take result. It sees the app only as a Shell and never imports
// the shell (package ui); the shell registers its page, cards and
// searchers in ui/features.go.
package arsip

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit"
)

// PageKey is the navigation key of the Arsip page.
const PageKey = "nav.archive"

// Shell is what the archive needs from the app: kit.Shell, a word when
// data changes, multi-line fields, small forms and whether loads run
// inline (tests: the list then searches at once instead of debouncing).
type Shell interface {
	kit.Shell
	// OnDataChanged calls fn after every change of data, here or elsewhere.
	OnDataChanged(fn func())
	// NewMultiLineEntry makes a scanner-aware multi-line text field.
	NewMultiLineEntry() *kit.Entry
	// AskForm shows a small form titled by a translation key; onOK runs
	// when the clerk confirms.
	AskForm(title, confirm string, items []*widget.FormItem, onOK func())
	// AskPIN asks for the admin PIN and hands it to then.
	AskPIN(then func(pin string))
	// Synchronous tells that loads run inline: no typing debounce.
	Synchronous() bool
	// EnsureClerk runs then once the clerk at this PC has a name (it asks
	// for it on the first action that records the petugas).
	EnsureClerk(then func())
	// Actor is the clerk at this PC, as loans and the audit log record them.
	Actor() model.Actor
	// PrintLoanCard opens the loan card of a loan as a PDF (Cetak).
	PrintLoanCard(loanID int64)
	// PrintLabels puts the labels of codes of one kind in Cetak's queue.
	PrintLabels(kind model.CodeKind, codes []string)
	// OpenCard opens the card of h (the shell keeps the card frame).
	OpenCard(h storage.Hit)
	// StartOpnameAt starts a stock-taking of the place with code.
	StartOpnameAt(code string)
}

// NewPage builds the Arsip page of app. It asks before the shell leaves
// a form with unsaved changes (it has AskLeave, the shell's LeaveGuard).
func NewPage(app Shell) fyne.CanvasObject { return newPage(buildArsipPage(app)) }
