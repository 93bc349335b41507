package arsip

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/kit/kittest"
)

func TestMain(m *testing.M) {
	// As in package ui: a real locale keeps Fyne quiet on bare CI machines.
	if l := os.Getenv("LANG"); l == "" || l == "C" || l == "POSIX" {
		os.Setenv("LANG", "en_US.UTF-8")
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
		os.Unsetenv(v)
	}
	os.Exit(m.Run())
}

// testShell is the least of an app the archive needs: a window, the open
// store, this PC's preferences, dialogs and the data-changed listeners.
// Loads run inline unless a test gives it another Runner.
type testShell struct {
	kit.Runner
	fa        fyne.App
	win       fyne.Window
	store     *storage.Store
	listeners []func()
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
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	fa := test.NewTempApp(t)
	if err := kit.SetLanguage("id"); err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(context.Background(), dbPath, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	w := fa.NewWindow("Rapi")
	w.Resize(fyne.NewSize(1100, 720))
	return &testShell{Runner: kit.Sync{}, fa: fa, win: w, store: s}, fa
}

func (a *testShell) Window() fyne.Window           { return a.win }
func (a *testShell) Store() *storage.Store         { return a.store }
func (a *testShell) Preferences() fyne.Preferences { return a.fa.Preferences() }
func (a *testShell) NewEntry() *kit.Entry          { return kit.NewEntry(noKeys{}) }
func (a *testShell) NewMultiLineEntry() *kit.Entry { return kit.NewMultiLineEntry(noKeys{}) }
func (a *testShell) ShowError(err error)           { a.ShowInfo(lang.L("dialog.error"), kit.Explain(err)) }
func (a *testShell) ShowDialog(d dialog.Dialog)    { d.Show() }
func (a *testShell) OnDataChanged(fn func())       { a.listeners = append(a.listeners, fn) }
func (a *testShell) Synchronous() bool             { return true }
func (a *testShell) EnsureClerk(then func())       { then() }
func (a *testShell) Actor() model.Actor            { return model.Actor{Login: "test", Name: "Petugas Uji"} }
func (a *testShell) PrintLoanCard(loanID int64)    { a.loanCards = append(a.loanCards, loanID) }
func (a *testShell) OpenCard(h storage.Hit)        { a.cards = append(a.cards, h) }
func (a *testShell) StartOpnameAt(code string)     { a.opnames = append(a.opnames, code) }
func (a *testShell) PrintLabels(kind model.CodeKind, codes []string) {
	a.labels = append(a.labels, codes...)
}
func (a *testShell) ShowInfo(title, msg string) {
	dialog.NewCustom(title, lang.L("button.ok"), widget.NewLabel(msg), a.win).Show()
}

func (a *testShell) DataChanged() {
	for _, fn := range a.listeners {
		fn()
	}
}

func (a *testShell) AskForm(title, confirm string, items []*widget.FormItem, onOK func()) {
	dialog.NewForm(lang.L(title), lang.L(confirm), lang.L("button.cancel"), items, func(ok bool) {
		if ok {
			onOK()
		}
	}, a.win).Show()
}

func (a *testShell) AskPIN(then func(pin string)) {
	pin := a.NewEntry()
	pin.Password = true
	a.AskForm("settings.pin_title", "button.ok", []*widget.FormItem{item("field.pin", pin)}, func() { then(pin.Text) })
	a.win.Canvas().Focus(pin)
}

// noKeys is a field with no scan box around it.
type noKeys struct{}

func (noKeys) Rune(*kit.Entry, rune) bool          { return false }
func (noKeys) Key(*kit.Entry, *fyne.KeyEvent) bool { return false }
func (noKeys) Shortcut(fyne.Shortcut) bool         { return false }

// testDB makes a database in a fresh temp folder, lets fill put records
// in it, and closes it again, so the screen under test opens it as
// another PC left it.
func testDB(t testing.TB, fill func(ctx context.Context, s *storage.Store) error) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rapi.db")
	ctx := context.Background()
	s, err := storage.Open(ctx, path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := fill(ctx, s); err != nil {
		t.Fatal(err)
	}
	return path
}

// The shared screen-test helpers, under this package's names.
var (
	walk          = kittest.Walk
	field         = kittest.Field
	findButton    = kittest.FindButton
	overlayShows  = kittest.OverlayShows
	findInOverlay = kittest.FindInOverlay
)
