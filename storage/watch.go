package storage

import (
	"context"
	"database/sql"
	"time"
)

// Change is what a Watch reports: that data changed (on this PC or
// another), or that the database could not be read (Err: share offline,
// busy), or, after an error, that it can be read again (DataChanged).
type Change struct {
	DataChanged bool
	Err         error
}

// Watch polls PRAGMA data_version every interval and calls fn when any
// other connection (another PC, or this process's writer) committed, and
// when reachability changes. data_version reads no table, so polling is
// cheap. It stops when ctx is done.
func (s *Store) Watch(ctx context.Context, interval time.Duration, fn func(Change)) {
	go func() {
		w := watcher{s: s, last: -1}
		defer w.close()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			if ch, ok := w.poll(ctx); ok && ctx.Err() == nil {
				fn(ch)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
}

// watcher keeps one connection pinned: data_version only means something
// when read on the same connection each time.
type watcher struct {
	s       *Store
	conn    *sql.Conn
	last    int64
	failing bool
}

func (w *watcher) poll(ctx context.Context) (Change, bool) {
	v, err := w.read(ctx)
	if err != nil {
		w.close()
		w.failing = true
		return Change{Err: mapErr("watch database", err)}, true
	}
	changed := w.failing || (w.last >= 0 && v != w.last)
	w.failing, w.last = false, v
	return Change{DataChanged: true}, changed
}

func (w *watcher) read(ctx context.Context) (int64, error) {
	if w.conn == nil {
		conn, err := w.s.r.Conn(ctx)
		if err != nil {
			return 0, err
		}
		w.conn, w.last = conn, -1
	}
	var v int64
	// SQLite: data_version changes when another connection commits.
	err := w.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v)
	return v, err
}

func (w *watcher) close() {
	if w.conn != nil {
		w.conn.Close()
		w.conn = nil
	}
}
