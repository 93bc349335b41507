package kit

// Change is Load for a write that reads nothing back: change runs off the
// UI goroutine, done gets its error on the UI goroutine.
func Change(r Runner, change func() error, done func(error)) {
	Load(r, func() (struct{}, error) { return struct{}{}, change() }, func(_ struct{}, err error) { done(err) })
}
