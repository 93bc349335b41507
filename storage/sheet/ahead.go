package sheet

import "iter"

// aheadBatch is how many rows ReadAhead hands over at a time: one channel
// send per row would cost more than the row.
const aheadBatch = 256

// ReadAhead runs rows on its own goroutine, up to a few batches ahead of
// the consumer, so that reading a list (SQL, on one core) and writing it
// (Export's xml and zip, on the other) overlap. The producer must not
// reuse a row's slice for the next row. When the consumer stops early,
// the producer is told to stop (its yield returns false) and is waited
// for, so its read transaction is closed when the sequence returns.
func ReadAhead(rows iter.Seq2[[]any, error]) iter.Seq2[[]any, error] {
	return func(yield func([]any, error) bool) {
		type batch struct {
			rows [][]any
			err  error
		}
		ch := make(chan batch, 4)
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			defer close(ch)
			b := make([][]any, 0, aheadBatch)
			send := func(x batch) bool {
				select {
				case ch <- x:
					return true
				case <-stop:
					return false
				}
			}
			for r, err := range rows {
				if err != nil {
					send(batch{rows: b, err: err})
					return
				}
				if b = append(b, r); len(b) == aheadBatch {
					if !send(batch{rows: b}) {
						return
					}
					b = make([][]any, 0, aheadBatch)
				}
			}
			if len(b) > 0 {
				send(batch{rows: b})
			}
		}()
		defer func() {
			close(stop)
			<-done
		}()
		for x := range ch {
			for _, r := range x.rows {
				if !yield(r, nil) {
					return
				}
			}
			if x.err != nil {
				yield(nil, x.err)
				return
			}
		}
	}
}
