package ui

import (
	"context"
	"testing"

	"rapi/storage"
)

// Visiting pages again must not subscribe them again: one change on
// another PC costs one reload per screen, however often the clerk
// switched pages.
func TestRevisitedPagesReloadOncePerChange(t *testing.T) {
	a, _ := newTestApp(t, arsipDB(t, 50))
	visit := func() {
		a.ShowPage("nav.archive")
		a.ShowPage("nav.home")
	}
	visit()
	listeners := len(a.listeners)
	before := a.loads.Load()
	a.notifyChanged()
	perChange := a.loads.Load() - before
	if perChange == 0 {
		t.Fatal("a data change reloaded nothing")
	}
	for range 20 {
		visit()
	}
	if n := len(a.listeners); n != listeners {
		t.Errorf("after 20 visits %d listeners, want %d", n, listeners)
	}
	before = a.loads.Load()
	a.notifyChanged()
	if n := a.loads.Load() - before; n != perChange {
		t.Errorf("after 20 visits one change started %d loads, want %d", n, perChange)
	}
}

// arsipDB makes a database with demo places and n demo files.
func arsipDB(t testing.TB, n int) string {
	t.Helper()
	return testDB(t, func(ctx context.Context, s *storage.Store) error {
		if err := storage.FillDemo(ctx, s, 500); err != nil {
			return err
		}
		return storage.FillDemoArsip(ctx, s, n, 7)
	})
}
