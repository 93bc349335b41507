package kit

import (
	"testing"
)

func TestLoadAppliesWhatWasLoaded(t *testing.T) {
	got := 0
	Load(Sync{}, func() (int, error) { return 42, nil }, func(v int, _ error) { got = v })
	if got != 42 {
		t.Fatalf("Sync: applied %d", got)
	}
	q := NewQueue()
	for i := 1; i <= 3; i++ {
		Load(q, func() (int, error) { return i, nil }, func(v int, _ error) { got += v })
	}
	got = 0
	applies := q.Wait()
	if len(applies) != 3 || got != 0 {
		t.Fatalf("Queue: %d results waiting, %d applied before asked", len(applies), got)
	}
	for i := len(applies) - 1; i >= 0; i-- {
		applies[i]()
	}
	if got != 6 {
		t.Fatalf("Queue: applied sum %d, want 6", got)
	}
}
