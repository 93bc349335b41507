package arsip

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit/kittest"
)

func TestMain(m *testing.M) { kittest.Main(m) }

// testShell is the least of an app the archive needs (kittest.Shell:
// a window, the open store, this PC's preferences, dialogs and the
// data-changed listeners) and what the archive asks the app for.
type testShell struct {
	*kittest.Shell
	win       fyne.Window
	loanCards []int64       // loans whose card was asked for
	labels    []string      // codes whose labels were asked for
	cards     []storage.Hit // cards asked for
	opnames   []string      // places whose stock-taking was asked for
}

// newTestApp opens dbPath in Fyne's test driver with fresh preferences.
func newTestApp(t *testing.T, dbPath string) (*testShell, fyne.App) {
	t.Helper()
	return newTestAppWith(t, dbPath, storage.Options{})
}

// newTestAppWith is newTestApp with the store opened with opts.
func newTestAppWith(t *testing.T, dbPath string, opts storage.Options) (*testShell, fyne.App) {
	t.Helper()
	sh := kittest.NewShell(t, dbPath, opts, fyne.NewSize(1100, 720))
	return &testShell{Shell: sh, win: sh.Win}, sh.App
}

func (a *testShell) PrintLoanCard(loanID int64) { a.loanCards = append(a.loanCards, loanID) }
func (a *testShell) OpenCard(h storage.Hit)     { a.cards = append(a.cards, h) }
func (a *testShell) StartOpnameAt(code string)  { a.opnames = append(a.opnames, code) }
func (a *testShell) PrintLabels(kind model.CodeKind, codes []string) {
	a.labels = append(a.labels, codes...)
}

func (a *testShell) AskPIN(then func(pin string)) {
	pin := a.NewEntry()
	pin.Password = true
	a.AskForm("settings.pin_title", "button.ok", []*widget.FormItem{item("field.pin", pin)}, func() { then(pin.Text) })
	a.win.Canvas().Focus(pin)
}

// The shared screen-test helpers, under this package's names.
var (
	testDB        = kittest.DB
	walk          = kittest.Walk
	field         = kittest.Field
	findButton    = kittest.FindButton
	overlayShows  = kittest.OverlayShows
	findInOverlay = kittest.FindInOverlay
)
