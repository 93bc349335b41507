package kit

import (
	"time"

	"fyne.io/fyne/v2"
)

// Debounce runs an action after a pause: each Call restarts the wait, so
// a list searches once the clerk stops typing, not on every key. A zero
// Wait runs the action at once (screens whose loads run inline, in tests).
type Debounce struct {
	Wait  time.Duration
	timer *time.Timer
}

// Call runs fn on the UI goroutine once Wait has passed without another Call.
func (d *Debounce) Call(fn func()) {
	if d.Wait == 0 {
		fn()
		return
	}
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(d.Wait, func() { fyne.Do(fn) })
}
