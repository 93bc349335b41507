// Package kit holds what every Rapi screen shares and no screen owns: the
// one way to load data off the UI goroutine and show it on it, and small
// helpers around it. It imports Fyne and nothing of Rapi's screens, so
// the shell and every feature package can use it.
package kit

import (
	"sync"

	"fyne.io/fyne/v2"
)

// Runner runs work off the UI goroutine and hands results back to it.
// The app runs with Async; tests run with Sync (everything inline, as
// Fyne's test driver runs fyne.Do on the calling goroutine) or with a
// Queue (real goroutines, results applied where the test says).
type Runner interface {
	// Go runs work off the UI goroutine.
	Go(work func())
	// Do runs apply on the UI goroutine.
	Do(apply func())
}

// Load reads with load off the UI goroutine, then shows what it read (or
// why it could not) with apply on the UI goroutine: the one shape of a
// screen's loading.
func Load[T any](r Runner, load func() (T, error), apply func(T, error)) {
	r.Go(func() {
		v, err := load()
		r.Do(func() { apply(v, err) })
	})
}

// Async is the running app's Runner: a goroutine per load, fyne.Do for
// the result.
type Async struct{}

// Go runs work on a new goroutine.
func (Async) Go(work func()) { go work() }

// Do hands apply to Fyne's UI goroutine.
func (Async) Do(apply func()) { fyne.Do(apply) }

// Sync runs loads inline, for deterministic screen tests.
type Sync struct{}

// Go runs work at once.
func (Sync) Go(work func()) { work() }

// Do runs apply at once.
func (Sync) Do(apply func()) { apply() }

// Queue runs loads on real goroutines and queues their results; the test
// goroutine plays the UI goroutine and applies them, in the order they
// arrive or in an order it picks, to test loads that finish out of order.
type Queue struct {
	mu      sync.Mutex
	pending []func()
	arrived chan struct{}
	running sync.WaitGroup
}

// NewQueue makes an empty Queue.
func NewQueue() *Queue { return &Queue{arrived: make(chan struct{}, 1024)} }

// Go runs work on a new goroutine.
func (q *Queue) Go(work func()) {
	q.running.Add(1)
	go func() {
		defer q.running.Done()
		work()
	}()
}

// Do queues apply for the test goroutine.
func (q *Queue) Do(apply func()) {
	q.mu.Lock()
	q.pending = append(q.pending, apply)
	q.mu.Unlock()
	q.arrived <- struct{}{}
}

// Wait waits for every load started so far to finish and returns the
// results they queued, in arrival order, without applying them.
func (q *Queue) Wait() []func() {
	q.running.Wait()
	q.mu.Lock()
	defer q.mu.Unlock()
	out := q.pending
	q.pending = nil
	for range out {
		<-q.arrived
	}
	return out
}

// Drain applies queued results until no load is left running, including
// the results of loads that earlier results started.
func (q *Queue) Drain() {
	for {
		got := q.Wait()
		if len(got) == 0 {
			return
		}
		for _, apply := range got {
			apply()
		}
	}
}
