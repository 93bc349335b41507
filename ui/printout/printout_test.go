package printout

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	marsip "rapi/model/arsip"
	"rapi/storage"
)

// demoStore is a database with the demo archive: active and inactive
// files with items, and files due for moving and for destruction.
func demoStore(t *testing.T) *storage.Store {
	t.Helper()
	ctx := context.Background()
	s, err := storage.Open(ctx, filepath.Join(t.TempDir(), "rapi.db"), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := storage.FillDemoArchive(ctx, s, 300, 7); err != nil {
		t.Fatal(err)
	}
	return s
}

func countRows(t *testing.T, s ListReader, list storage.ArsipList) (all, numbered int) {
	t.Helper()
	_, rows, err := Form(context.Background(), s, ListOptions{List: list})
	if err != nil {
		t.Fatalf("%s: %v", list, err)
	}
	for r := range rows {
		all++
		if r[0] != "" {
			numbered++
		}
	}
	return all, numbered
}

func TestEachListLaysOutItsFiles(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	total := func(st marsip.Status) int {
		p, err := s.SearchBerkas(ctx, "", storage.BerkasFilter{Status: st}, storage.Page{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		return p.Total
	}
	due := func(a marsip.RetensiAction) int {
		p, err := s.RetensiList(ctx, a, time.Now(), storage.Page{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		return p.Total
	}
	aktif, inaktif := total(marsip.StatusAktif), total(marsip.StatusInaktif)
	pindah, musnah := due(marsip.RetensiPindah), due(marsip.RetensiMusnah)
	if aktif == 0 || inaktif == 0 || pindah == 0 || musnah == 0 {
		t.Fatalf("demo lacks a kind: aktif %d inaktif %d pindah %d musnah %d", aktif, inaktif, pindah, musnah)
	}
	all, files := countRows(t, s, storage.ListAktif)
	if files != aktif || all <= files {
		t.Errorf("daftar aktif: %d numbered rows of %d, want one per active file (%d) and their items under them", files, all, aktif)
	}
	if _, n := countRows(t, s, storage.ListInaktif); n != inaktif {
		t.Errorf("daftar inaktif: %d rows, want %d", n, inaktif)
	}
	if all, n := countRows(t, s, storage.ListIsi); n == 0 || n != all {
		t.Errorf("daftar isi: %d numbered of %d rows, want every item numbered", n, all)
	}
	if _, n := countRows(t, s, storage.ListUsulPindah); n != pindah {
		t.Errorf("usul pindah: %d rows, want %d", n, pindah)
	}
	if _, n := countRows(t, s, storage.ListUsulMusnah); n != musnah {
		t.Errorf("usul musnah: %d rows, want %d", n, musnah)
	}
}

var errShare = errors.New("share went away")

// failingReader reads a few files of each walk, then fails as a share
// that went away mid-list does.
type failingReader struct{ *storage.Store }

func (f failingReader) EachBerkas(ctx context.Context, opt storage.ExportArsipOptions, withItems bool,
	fn func(b *marsip.Berkas, items []marsip.IsiBerkas)) error {
	n := 0
	err := f.Store.EachBerkas(ctx, opt, withItems, func(b *marsip.Berkas, items []marsip.IsiBerkas) {
		if n++; n <= 3 {
			fn(b, items)
		}
	})
	if err != nil {
		return err
	}
	return errShare
}

func (f failingReader) EachRetensi(ctx context.Context, list storage.ArsipList, asOf time.Time, bf storage.BerkasFilter,
	fn func(b *marsip.Berkas)) error {
	n := 0
	if err := f.Store.EachRetensi(ctx, list, asOf, bf, func(b *marsip.Berkas) {
		if n++; n <= 3 {
			fn(b)
		}
	}); err != nil {
		return err
	}
	return errShare
}

func TestAReadErrorReachesTheClerkAndWritesNoFile(t *testing.T) {
	s := failingReader{demoStore(t)}
	for _, list := range Lists {
		path := filepath.Join(t.TempDir(), string(list)+".pdf")
		err := WriteFormPDF(context.Background(), s, ListOptions{List: list}, path)
		if !errors.Is(err, errShare) {
			t.Errorf("%s: error %v, want the read error", list, err)
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Errorf("%s: a file was written after a failed read (%v)", list, err)
		}
		if _, rows, err := Form(context.Background(), s, ListOptions{List: list}); err == nil || rows != nil {
			t.Errorf("%s: Form gave rows (%v) with error %v", list, rows != nil, err)
		}
	}
}

func TestACancelledPrintWritesNoFile(t *testing.T) {
	s := demoStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, list := range Lists {
		path := filepath.Join(t.TempDir(), string(list)+".pdf")
		if err := WriteFormPDF(ctx, s, ListOptions{List: list}, path); err == nil {
			t.Errorf("%s: a cancelled print succeeded", list)
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Errorf("%s: a cancelled print wrote a file", list)
		}
	}
}
