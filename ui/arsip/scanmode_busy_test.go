package arsip

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	marsip "rapi/model/arsip"
	"rapi/storage"
)

// While another PC holds the write lock, a scan waits for it off the UI
// goroutine; the window keeps drawing the scan mode and the running list
// without waiting, and the clerk then reads that the database is busy.
func TestScanOnABusyShareLeavesTheWindowFree(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rapi.db")
	a, _ := newTestAppWith(t, path, storage.Options{BusyTimeout: 150 * time.Millisecond})
	b := marsip.Berkas{Code: "B-7", KodeKlasifikasi: "000.1.5", Uraian: "Notulen rapat pimpinan", TahunSampai: 2024}
	if err := a.Store().CreateBerkas(t.Context(), &b); err != nil {
		t.Fatal(err)
	}
	box := newTestBox(a)
	box.session.SetMode(ModePinjam)
	box.session.SetBorrower("Siti Rahmawati", "", "Bagian Umum", 7)

	other, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=0")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	if _, err := other.Exec("BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	done := make(chan Outcome)
	start := time.Now()
	go func() { done <- box.session.Scan(t.Context(), "B-7") }()

	var out Outcome
	var slowest time.Duration
	for waiting := true; waiting; {
		select {
		case out = <-done:
			waiting = false
		default:
			t0 := time.Now()
			box.ModeChanged() // what the window draws after each scan
			_ = box.session.Log()
			_ = box.session.Dest()
			slowest = max(slowest, time.Since(t0))
			time.Sleep(5 * time.Millisecond)
		}
	}
	waited := time.Since(start)
	other.Exec("ROLLBACK")
	if waited < 150*time.Millisecond {
		t.Fatalf("the scan did not wait for the lock (%v): the test proves nothing", waited)
	}
	if slowest > 50*time.Millisecond {
		t.Errorf("drawing the scan box took %v while the scan waited %v, want under 50 ms", slowest, waited)
	}
	if out.Kind != OutRefused || !strings.Contains(out.Msg, lang.L("error.busy")) {
		t.Errorf("outcome %s %q, want the busy message", out.Kind, out.Msg)
	}
}
