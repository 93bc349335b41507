package ui

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// The day's backup waits out the first minute of scanning, and a store
// closed before then is never backed up.
func TestDailyTasksWaitAndStopWithTheStore(t *testing.T) {
	var wg sync.WaitGroup
	var ran atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	later(ctx, &wg, time.Hour, func() { ran.Add(1) })
	cancel()
	wg.Wait()
	if ran.Load() != 0 {
		t.Fatal("the daily tasks ran on a store closed before their delay")
	}

	done := make(chan struct{})
	later(context.Background(), &wg, time.Millisecond, func() { close(done) })
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the daily tasks never ran after their delay")
	}
	wg.Wait()
	if New(test.NewTempApp(t), Config{}).cfg.DailyDelay != defaultDailyDelay {
		t.Fatal("an app without a configured delay backs up at once on start")
	}
}
