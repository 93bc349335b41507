package kittest

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
)

// Main runs a ui package's tests with a real locale, as package ui does:
// one keeps Fyne quiet on bare CI machines. A TestMain calls it.
func Main(m *testing.M) {
	if l := os.Getenv("LANG"); l == "" || l == "C" || l == "POSIX" {
		os.Setenv("LANG", "en_US.UTF-8")
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
		os.Unsetenv(v)
	}
	os.Exit(m.Run())
}

// Shell is the least of an app a feature's screens need (kit.Shell and
// what the features ask besides: the clerk, data-changed listeners,
// forms), for their tests. Loads run inline unless a test sets Runner
// (a kit.Queue, to finish loads out of order). A feature's test shell
// embeds it and records what its own screens ask for.
type Shell struct {
	kit.Runner
	App       fyne.App
	Win       fyne.Window
	DB        *storage.Store
	listeners []func()
}

// NewShell opens dbPath (with opts) in Fyne's test driver, in Indonesian,
// with fresh preferences and a window of size.
func NewShell(t testing.TB, dbPath string, opts storage.Options, size fyne.Size) *Shell {
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
	w.Resize(size)
	return &Shell{Runner: kit.Sync{}, App: fa, Win: w, DB: s}
}

func (a *Shell) Window() fyne.Window           { return a.Win }
func (a *Shell) Store() *storage.Store         { return a.DB }
func (a *Shell) Preferences() fyne.Preferences { return a.App.Preferences() }
func (a *Shell) NewEntry() *kit.Entry          { return kit.NewEntry(NoKeys{}) }
func (a *Shell) NewMultiLineEntry() *kit.Entry { return kit.NewMultiLineEntry(NoKeys{}) }
func (a *Shell) ShowError(err error)           { a.ShowInfo(lang.L("dialog.error"), kit.Explain(err)) }
func (a *Shell) ShowDialog(d dialog.Dialog)    { d.Show() }
func (a *Shell) OnDataChanged(fn func())       { a.listeners = append(a.listeners, fn) }
func (a *Shell) Synchronous() bool             { return true }
func (a *Shell) EnsureClerk(then func())       { then() }
func (a *Shell) Actor() model.Actor            { return model.Actor{Login: "test", Name: "Petugas Uji"} }

func (a *Shell) ShowInfo(title, msg string) {
	dialog.NewCustom(title, lang.L("button.ok"), widget.NewLabel(msg), a.Win).Show()
}

// DataChanged calls every listener, as the app tells every screen.
func (a *Shell) DataChanged() {
	for _, fn := range a.listeners {
		fn()
	}
}

// AskForm shows a form dialog; onOK runs when the clerk confirms.
func (a *Shell) AskForm(title, confirm string, items []*widget.FormItem, onOK func()) {
	dialog.NewForm(lang.L(title), lang.L(confirm), lang.L("button.cancel"), items, func(ok bool) {
		if ok {
			onOK()
		}
	}, a.Win).Show()
}

// NoKeys is a field with no scan box around it.
type NoKeys struct{}

func (NoKeys) Rune(*kit.Entry, rune) bool          { return false }
func (NoKeys) Key(*kit.Entry, *fyne.KeyEvent) bool { return false }
func (NoKeys) Shortcut(fyne.Shortcut) bool         { return false }

// DB makes a database in a fresh temp folder, lets fill put records in
// it, and closes it again, so the screen under test opens it as another
// PC left it.
func DB(t testing.TB, fill func(ctx context.Context, s *storage.Store) error) string {
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
