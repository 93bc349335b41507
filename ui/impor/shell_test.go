package impor

import (
	"context"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

// testShell is the least of an app the wizard needs: a window, a store,
// this PC's preferences, dialogs; loads run inline.
type testShell struct {
	kit.Sync
	fa    fyne.App
	win   fyne.Window
	store *storage.Store
}

func newTestApp(t *testing.T, dbPath string) (*testShell, fyne.App) {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	fa := test.NewTempApp(t)
	if err := kit.SetLanguage("id"); err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(context.Background(), dbPath, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	w := fa.NewWindow("Rapi")
	w.Resize(fyne.NewSize(1100, 720))
	return &testShell{fa: fa, win: w, store: s}, fa
}

func (a *testShell) Window() fyne.Window           { return a.win }
func (a *testShell) Store() *storage.Store         { return a.store }
func (a *testShell) Preferences() fyne.Preferences { return a.fa.Preferences() }
func (a *testShell) NewEntry() *kit.Entry          { return kit.NewEntry(noKeys{}) }
func (a *testShell) ShowError(err error)           { a.ShowInfo(lang.L("dialog.error"), kit.Explain(err)) }
func (a *testShell) ShowDialog(d dialog.Dialog)    { d.Show() }
func (a *testShell) DataChanged()                  {}
func (a *testShell) ShowInfo(title, msg string) {
	dialog.NewCustom(title, lang.L("button.ok"), widget.NewLabel(msg), a.win).Show()
}

// noKeys is a field with no scan box around it.
type noKeys struct{}

func (noKeys) Rune(*kit.Entry, rune) bool          { return false }
func (noKeys) Key(*kit.Entry, *fyne.KeyEvent) bool { return false }
func (noKeys) Shortcut(fyne.Shortcut) bool         { return false }

// The shared screen-test helpers, under this package's names.
var (
	walk         = kittest.Walk
	overlayShows = kittest.OverlayShows
)
