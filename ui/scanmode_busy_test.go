package ui

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	marsip "rapi/model/arsip"
	"rapi/ui/arsip"
)

// While another PC holds the write lock, a scan waits for it off the UI
// goroutine; the window keeps drawing the scan mode and the running list
// without waiting, and the clerk then reads that the database is busy.
func TestScanOnABusyShareLeavesTheWindowFree(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "rapi.db")
	a := New(test.NewTempApp(t), Config{DBPath: path, Synchronous: true, BusyTimeout: 150 * time.Millisecond})
	a.Start()
	t.Cleanup(a.Close)
	b := marsip.Berkas{Code: "B-7", KodeKlasifikasi: "000.1.5", Uraian: "Notulen rapat pimpinan", TahunSampai: 2024}
	if err := a.Store().CreateBerkas(t.Context(), &b); err != nil {
		t.Fatal(err)
	}
	box := a.shell.scan
	box.session.SetMode(arsip.ModePinjam)
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
	done := make(chan arsip.Outcome)
	start := time.Now()
	go func() { done <- box.session.Scan(t.Context(), "B-7") }()

	var out arsip.Outcome
	var slowest time.Duration
	for waiting := true; waiting; {
		select {
		case out = <-done:
			waiting = false
		default:
			t0 := time.Now()
			box.refreshMode() // what the window draws after each scan
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
	if out.Kind != arsip.OutRefused || !strings.Contains(out.Msg, lang.L("error.busy")) {
		t.Errorf("outcome %s %q, want the busy message", out.Kind, out.Msg)
	}
}
