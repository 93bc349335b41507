package sheet

import (
	"errors"
	"testing"
)

func countTo(n int, err error, read *int) func(yield func([]any, error) bool) {
	return func(yield func([]any, error) bool) {
		for i := range n {
			*read = i + 1
			if !yield([]any{i}, nil) {
				return
			}
		}
		if err != nil {
			yield(nil, err)
		}
	}
}

// Every row arrives once and in order, across batch boundaries; an error
// after the rows comes after them.
func TestReadAheadKeepsOrderAndTheError(t *testing.T) {
	var read int
	bad := errors.New("disk gone")
	var got []int
	var gotErr error
	for r, err := range ReadAhead(countTo(3*aheadBatch+7, bad, &read)) {
		if err != nil {
			gotErr = err
			continue
		}
		got = append(got, r[0].(int))
	}
	if len(got) != 3*aheadBatch+7 || gotErr != bad {
		t.Fatalf("%d rows, error %v", len(got), gotErr)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("row %d holds %d", i, v)
		}
	}
}

// A consumer that stops early stops the producer: when the sequence
// returns, the producer has returned too (its read transaction is closed)
// and read no more than a few batches past the stop.
func TestReadAheadStopsTheProducer(t *testing.T) {
	var read int
	n := 0
	for range ReadAhead(countTo(100*aheadBatch, nil, &read)) {
		if n++; n == 10 {
			break
		}
	}
	if read == 0 || read > 8*aheadBatch {
		t.Fatalf("the producer read %d rows for a consumer that took 10", read)
	}
}
