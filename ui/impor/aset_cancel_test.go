package impor

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rapi/storage"
	"rapi/ui/kit"
)

// gatedShell runs work on real goroutines, each waiting until the gate
// it was started under opens, and queues the results for the test
// goroutine (which plays the UI goroutine): the clerk can tap Cancel
// while an import is under way.
type gatedShell struct {
	*testShell
	q    *kit.Queue
	gate chan struct{}
}

func (g *gatedShell) Go(work func()) {
	gate := g.gate
	g.q.Go(func() {
		<-gate
		work()
	})
}

func (g *gatedShell) Do(apply func()) { g.q.Do(apply) }

// A KIB import shows a busy bar and Cancel while it runs; cancelled, it
// writes nothing, says so, and can be run again.
func TestAsetImportWizardCancelWritesNothing(t *testing.T) {
	a, _, dir := newAsetTestApp(t)
	open := make(chan struct{})
	close(open)
	g := &gatedShell{testShell: a, q: kit.NewQueue(), gate: open}
	file := filepath.Join(dir, "kib-b.xlsx")
	kibB(t, file, kibBRows())
	w := newAsetWizard(g)
	a.win.SetContent(w.content)
	a.win.Show()
	w.setFile(file)
	g.q.Drain()
	if !strings.Contains(w.summary.Text, "2 baru") || w.run.cancelBtn.Visible() {
		t.Fatalf("after the preview: %q, cancel shown %v", w.summary.Text, w.run.cancelBtn.Visible())
	}

	g.gate = make(chan struct{})
	test.Tap(w.importBtn)
	if !w.run.cancelBtn.Visible() || !w.run.busy.Visible() || !w.importBtn.Disabled() {
		t.Fatalf("while importing: cancel %v, bar %v, Impor disabled %v", w.run.cancelBtn.Visible(), w.run.busy.Visible(),
			w.importBtn.Disabled())
	}
	test.Tap(w.run.cancelBtn)
	close(g.gate)
	g.q.Drain()
	if n, _ := a.store.AsetCount(context.Background(), storage.AsetFilter{}); n != 0 {
		t.Fatalf("a cancelled import wrote %d units", n)
	}
	if w.summary.Text != "Impor dibatalkan. Database tidak berubah." {
		t.Errorf("summary after cancel: %q", w.summary.Text)
	}
	if w.run.cancelBtn.Visible() || w.run.busy.Visible() || w.importBtn.Disabled() {
		t.Errorf("after cancel: cancel %v, bar %v, Impor disabled %v", w.run.cancelBtn.Visible(), w.run.busy.Visible(),
			w.importBtn.Disabled())
	}

	// run again, not cancelled: it writes
	g.gate = open
	test.Tap(w.importBtn)
	g.q.Drain()
	if n, _ := a.store.AsetCount(context.Background(), storage.AsetFilter{}); n != 2 {
		t.Fatalf("the import after a cancel wrote %d units", n)
	}
}
