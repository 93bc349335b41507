package impor

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/ui/kit"
)

// importRun is the progress bar and the Cancel button of an import that
// writes, shared by the archive and the KIB wizards. The import runs in
// one transaction under the run's context: Cancel rolls all of it back.
type importRun struct {
	app       kit.Shell
	bar       *widget.ProgressBar
	busy      *widget.ProgressBarInfinite // an import that cannot say how far it is
	cancelBtn *widget.Button
	cancel    context.CancelFunc
}

func newImportRun(a kit.Shell) *importRun {
	r := &importRun{app: a, bar: widget.NewProgressBar(), busy: widget.NewProgressBarInfinite()}
	r.cancelBtn = widget.NewButton(lang.L("impor.cancel"), r.onCancel)
	r.bar.Hide()
	r.busy.Hide()
	r.busy.Stop()
	r.cancelBtn.Hide()
	return r
}

// object is the bar, for the wizard's action bar.
func (r *importRun) object() fyne.CanvasObject { return container.NewStack(r.bar, r.busy) }

// start shows the bar (measured: a fraction, else a busy bar) and Cancel,
// and returns the context the import runs under.
func (r *importRun) start(measured bool) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	if measured {
		r.bar.SetValue(0)
		r.bar.Show()
	} else {
		r.busy.Show()
		r.busy.Start()
	}
	r.cancelBtn.Enable()
	r.cancelBtn.Show()
	return ctx
}

// progress moves the bar; it may be called from the import's goroutine.
func (r *importRun) progress(done, total int) {
	if total > 0 {
		v := float64(done) / float64(total)
		r.app.Do(func() { r.bar.SetValue(v) })
	}
}

func (r *importRun) onCancel() {
	if r.cancel != nil {
		r.cancel()
		r.cancelBtn.Disable() // the rollback takes a moment
	}
}

// stop hides the bar and Cancel once the import returned with err; it
// reports whether the clerk cancelled it (then nothing was written).
func (r *importRun) stop(ctx context.Context, err error) bool {
	cancelled := ctx.Err() != nil && err != nil
	r.cancel()
	r.bar.Hide()
	r.busy.Stop()
	r.busy.Hide()
	r.cancelBtn.Hide()
	return cancelled
}
