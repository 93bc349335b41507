package storage

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"io"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"

	"rapi/model/arsip"
)

// Official lists are signed, so each must be one snapshot: another PC
// applying a retention action or registering files while a list streams
// changes neither which files it holds nor their order, and the list
// makes no query per file.

// countingDriver is go-sqlite3 with a count of the statements run, so a
// test can tell a list read in bulk from one read file by file.
type countingDriver struct{ n *atomic.Int64 }

func (d countingDriver) Open(name string) (driver.Conn, error) {
	c, err := (&sqlite3.SQLiteDriver{}).Open(name)
	if err != nil {
		return nil, err
	}
	return &countingConn{SQLiteConn: c.(*sqlite3.SQLiteConn), n: d.n}, nil
}

type countingConn struct {
	*sqlite3.SQLiteConn
	n *atomic.Int64
}

func (c *countingConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	c.n.Add(1)
	return c.SQLiteConn.QueryContext(ctx, q, args)
}

func (c *countingConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	c.n.Add(1)
	return c.SQLiteConn.PrepareContext(ctx, q)
}

var (
	readStatements atomic.Int64
	registerOnce   sync.Once
)

// openCounted opens a demo database of n files whose reads are counted in
// readStatements, and a second store on the same file: the other PC.
func openCounted(t *testing.T, n int) (s, other *Store) {
	t.Helper()
	registerOnce.Do(func() { sql.Register("sqlite3_counting", countingDriver{&readStatements}) })
	path := filepath.Join(t.TempDir(), "rapi.db")
	s = openAt(t, path, "Siti", Options{driver: "sqlite3_counting"})
	if err := FillDemoArchive(ctx, s, n, 7); err != nil {
		t.Fatal(err)
	}
	return s, openAt(t, path, "Budi", Options{BusyTimeout: 20 * time.Second})
}

// farFuture makes every active demo file due for moving (usul pindah).
var farFuture = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)

func retensiIDs(t *testing.T, s *Store, list ArsipList) []int64 {
	t.Helper()
	var ids []int64
	if err := s.EachRetensi(ctx, list, farFuture, BerkasFilter{}, func(b *arsip.Berkas) { ids = append(ids, b.ID) }); err != nil {
		t.Fatal(err)
	}
	return ids
}

// notLentIDs are the first n files due on list that are not on loan: a
// file out on loan cannot be moved or destroyed, whatever the demo lends.
func notLentIDs(t *testing.T, s *Store, list ArsipList, n int) []int64 {
	t.Helper()
	var ids []int64
	if err := s.EachRetensi(ctx, list, farFuture, BerkasFilter{}, func(b *arsip.Berkas) {
		if b.Loan == nil && len(ids) < n {
			ids = append(ids, b.ID)
		}
	}); err != nil {
		t.Fatal(err)
	}
	if len(ids) < n {
		t.Fatalf("only %d files due and not on loan, the test needs %d", len(ids), n)
	}
	return ids
}

// meanwhile runs write on the other PC from inside a list's row callback
// and gives it a moment: a list read in pieces lets it in between two
// pieces, a list read in one transaction holds it off until the end.
func meanwhile(write func() error) (wait func() error) {
	done := make(chan error, 1)
	go func() { done <- write() }()
	select {
	case err := <-done:
		return func() error { return err }
	case <-time.After(300 * time.Millisecond):
		return func() error { return <-done }
	}
}

func sameIDs(t *testing.T, what string, got, want []int64) {
	t.Helper()
	seen := map[int64]bool{}
	for _, id := range got {
		if seen[id] {
			t.Errorf("%s: file %d listed twice", what, id)
		}
		seen[id] = true
	}
	if len(got) != len(want) {
		t.Fatalf("%s: %d files, the snapshot at start had %d", what, len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("%s: row %d is file %d, the snapshot at start had %d", what, i+1, got[i], want[i])
		}
	}
}

func TestUsulPindahIsOneSnapshotWhileAnotherPCApplies(t *testing.T) {
	s, other := openCounted(t, 5500)
	want := retensiIDs(t, s, ListUsulPindah)
	if len(want) < 1200 {
		t.Fatalf("only %d files due; the test needs more than one page of 1000", len(want))
	}
	move := notLentIDs(t, s, ListUsulPindah, 50)
	var got []int64
	var wait func() error
	err := s.EachRetensi(ctx, ListUsulPindah, farFuture, BerkasFilter{}, func(b *arsip.Berkas) {
		if got = append(got, b.ID); len(got) == 1 {
			wait = meanwhile(func() error {
				return other.ApplyRetensi(ctx, &arsip.RetensiAksi{Action: arsip.RetensiPindah, BeritaAcara: "BA-01/2026",
					Tanggal: farFuture, BerkasIDs: move})
			})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := wait(); err != nil {
		t.Fatalf("the other PC's action after the list: %v", err)
	}
	sameIDs(t, "usul pindah", got, want)
	if after := retensiIDs(t, s, ListUsulPindah); len(after) != len(want)-50 {
		t.Errorf("after the action %d files due, want %d", len(after), len(want)-50)
	}
}

func TestSearchedListIsOneSnapshotWhileAnotherPCRegisters(t *testing.T) {
	s, other := openCounted(t, 5500)
	opt := ExportArsipOptions{List: ListAktif, Text: "rapat"}
	var want []int64
	if err := s.EachBerkas(ctx, opt, true, func(b *arsip.Berkas, _ []arsip.IsiBerkas) { want = append(want, b.ID) }); err != nil {
		t.Fatal(err)
	}
	if len(want) < 600 {
		t.Fatalf("only %d files found; the test needs more than one page of 500", len(want))
	}
	var got []int64
	var wait func() error
	err := s.EachBerkas(ctx, opt, true, func(b *arsip.Berkas, _ []arsip.IsiBerkas) {
		if got = append(got, b.ID); len(got) == 1 {
			wait = meanwhile(func() error {
				for range 3 {
					nb := arsip.Berkas{KodeKlasifikasi: "000.1.5", Uraian: "Notulen rapat pimpinan baru", TahunSampai: 2099,
						UnitPengolah: "Bagian Umum"}
					if err := other.CreateBerkas(ctx, &nb); err != nil {
						return err
					}
				}
				return nil
			})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := wait(); err != nil {
		t.Fatalf("the other PC's new files after the list: %v", err)
	}
	sameIDs(t, "daftar arsip aktif 'rapat'", got, want)
}

// TestOfficialListsMakeNoQueryPerFile reads each list of 5,500 demo files,
// some on loan, and counts the statements: a handful per list (and per
// page or batch), never one per file.
func TestOfficialListsMakeNoQueryPerFile(t *testing.T) {
	s, _ := openCounted(t, 5500)
	due := retensiIDs(t, s, ListUsulPindah)
	lent := 0
	for _, id := range due {
		if b, _ := s.Berkas(ctx, id); b.Loan == nil && lent < 300 {
			newLoan(t, s, id, farFuture)
			lent++
		}
	}
	lists := []struct {
		name string
		read func() error
	}{
		{"EachRetensi usul pindah", func() error {
			return s.EachRetensi(ctx, ListUsulPindah, farFuture, BerkasFilter{}, func(*arsip.Berkas) {})
		}},
		{"ExportArsip usul pindah", func() error {
			_, err := s.ExportArsip(ctx, io.Discard, ExportArsipOptions{List: ListUsulPindah, AsOf: farFuture})
			return err
		}},
		{"EachBerkas aktif 'rapat' with items", func() error {
			return s.EachBerkas(ctx, ExportArsipOptions{List: ListAktif, Text: "rapat"}, true,
				func(*arsip.Berkas, []arsip.IsiBerkas) {})
		}},
		{"ExportArsip isi 'rapat'", func() error {
			_, err := s.ExportArsip(ctx, io.Discard, ExportArsipOptions{List: ListIsi, Text: "rapat"})
			return err
		}},
	}
	for _, l := range lists {
		before := readStatements.Load()
		if err := l.read(); err != nil {
			t.Fatalf("%s: %v", l.name, err)
		}
		if n := readStatements.Load() - before; n > 60 {
			t.Errorf("%s: %d statements for a list of 5,500 files (300 more on loan); want no query per file", l.name, n)
		}
	}
}
