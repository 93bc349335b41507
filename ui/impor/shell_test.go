package impor

import (
	"testing"

	"fyne.io/fyne/v2"

	"rapi/storage"
	"rapi/ui/kit/kittest"
)

func TestMain(m *testing.M) { kittest.Main(m) }

// testShell is the least of an app the wizard needs (kittest.Shell).
type testShell struct {
	*kittest.Shell
	win   fyne.Window
	store *storage.Store
}

func newTestApp(t *testing.T, dbPath string) (*testShell, fyne.App) {
	t.Helper()
	sh := kittest.NewShell(t, dbPath, storage.Options{}, fyne.NewSize(1100, 720))
	return &testShell{Shell: sh, win: sh.Win, store: sh.DB}, sh.App
}

// The shared screen-test helpers, under this package's names.
var (
	walk         = kittest.Walk
	overlayShows = kittest.OverlayShows
)
