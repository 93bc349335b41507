package ui

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/storage/storagetest"
	"rapi/ui/kit"
	"rapi/ui/kit/kittest"
)

// newTestApp starts Rapi in Fyne's test driver with a fresh preferences
// store and, when dbPath is not empty, that database.
func newTestApp(t *testing.T, dbPath string) (*App, fyne.App) {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // keep LocalDataDir inside the test
	t.Setenv("HOME", t.TempDir())
	fa := test.NewTempApp(t)
	a := New(fa, Config{DBPath: dbPath, Synchronous: true})
	a.Start()
	t.Cleanup(a.Close)
	return a, fa
}

func TestMain(m *testing.M) {
	// Fyne logs an error for the "C" locale of bare CI machines; a real
	// locale keeps the test output readable. The app's language is Rapi's
	// own setting either way.
	if l := os.Getenv("LANG"); l == "" || l == "C" || l == "POSIX" {
		os.Setenv("LANG", "en_US.UTF-8")
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANGUAGE"} {
		os.Unsetenv(v)
	}
	code := m.Run()
	storagetest.RemoveDemoDBs() // the scan benchmarks' database
	os.Exit(code)
}

func TestFirstRunCreatesDatabase(t *testing.T) {
	a, _ := newTestApp(t, "")
	if a.Store() != nil {
		t.Fatal("a database is open before the clerk chose one")
	}
	path := filepath.Join(t.TempDir(), "kantor", "rapi.db")
	entries := entriesOnScreen(a.win)
	if len(entries) < 2 || entries[0].Text != DefaultDBPath() {
		t.Fatalf("the new-database field does not propose the local default: %v", entries)
	}
	entries[0].SetText("")
	test.Type(entries[0], path)
	test.Tap(findButton(t, a.win, "Buat"))
	if a.Store() == nil {
		t.Fatal("tapping Buat opened no database")
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the database file was not created: %v", err)
	}
	if a.prefs.DBPath() != path {
		t.Fatalf("the choice was not remembered: %q", a.prefs.DBPath())
	}
	if a.CurrentPage() != "nav.home" || !strings.HasPrefix(a.win.Title(), "Rapi · Beranda") {
		t.Fatalf("after creating, the window shows %q", a.win.Title())
	}
}

func TestFirstRunOpenMissingFileSaysSo(t *testing.T) {
	a, _ := newTestApp(t, "")
	entries := entriesOnScreen(a.win)
	test.Type(entries[1], filepath.Join(t.TempDir(), "tidak-ada.db"))
	test.Tap(findButton(t, a.win, "Buka"))
	if a.Store() != nil {
		t.Fatal("a missing file was opened as a new database")
	}
	if !overlayShows(a.win, "tidak ditemukan") {
		t.Fatal("no message says the file was not found")
	}
}

func TestDemoDatabaseHasData(t *testing.T) {
	a, _ := newTestApp(t, "")
	test.Tap(findButton(t, a.win, "Buka database contoh"))
	if a.Store() == nil {
		t.Fatal("demo did not open")
	}
	places, err := a.Store().Places(context.Background())
	if err != nil || len(places) < 3 {
		t.Fatalf("demo database holds %d places (%v)", len(places), err)
	}
	ctx := context.Background()
	berkas, err := a.Store().SearchBerkas(ctx, "", storage.BerkasFilter{}, storage.Page{Limit: 1})
	if err != nil || berkas.Total < 1000 {
		t.Fatalf("demo database holds %d berkas (%v), want a few thousand", berkas.Total, err)
	}
	loans, err := a.Store().OpenArsipLoans(ctx)
	if err != nil || len(loans) == 0 {
		t.Fatalf("demo database holds %d loans (%v)", len(loans), err)
	}
	overdue, err := a.Store().OverdueArsipLoans(ctx, timeNow())
	if err != nil || len(overdue) == 0 {
		t.Fatalf("demo database holds no overdue loan (%v)", err)
	}
	due, err := a.Store().RetensiCounts(ctx, timeNow())
	if err != nil || due[marsip.RetensiPindah] == 0 || due[marsip.RetensiMusnah] == 0 {
		t.Fatalf("demo database has no retention work: %v %v", due, err)
	}
}

// A demo database left by an older Rapi (places only) is made again.
func TestOldEmptyDemoIsMadeAgain(t *testing.T) {
	a, _ := newTestApp(t, "")
	if err := os.MkdirAll(filepath.Dir(DemoDBPath()), 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(context.Background(), DemoDBPath(), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := storage.FillDemo(context.Background(), s, 200); err != nil {
		t.Fatal(err)
	}
	s.Close()
	test.Tap(findButton(t, a.win, "Buka database contoh"))
	if a.Store() == nil {
		t.Fatal("demo did not open")
	}
	berkas, _, _, err := a.Store().ArsipCounts(context.Background())
	if err != nil || berkas == 0 {
		t.Fatalf("the old demo opened with %d berkas (%v)", berkas, err)
	}
}

// The demo is made off the UI goroutine: the window shows a progress
// bar at once and the demo only once it is complete.
func TestDemoDatabaseIsMadeBehindAProgressBar(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	a := New(test.NewTempApp(t), Config{Synchronous: true})
	q := kit.NewQueue() // the demo is made on a goroutine of its own; this one plays the UI goroutine
	a.runner = q
	a.Start()
	t.Cleanup(a.Close)
	start := time.Now()
	var done []error
	a.openDemo(func(err error) { done = append(done, err) })
	if d := time.Since(start); d > 200*time.Millisecond*raceSlowdown || a.Store() != nil {
		t.Fatalf("opening the demo held the UI goroutine %v (store open: %v)", d, a.Store() != nil)
	}
	if !overlayShows(a.win, "Membuat database contoh") {
		t.Fatal("no progress dialog while the demo is made")
	}
	q.Drain()
	if len(done) != 1 || done[0] != nil {
		t.Fatalf("the demo ended with %v", done)
	}
	if a.Store() == nil || len(a.win.Canvas().Overlays().List()) != 0 {
		t.Fatalf("after making the demo: store %v, %d dialogs still open", a.Store() != nil, len(a.win.Canvas().Overlays().List()))
	}
	t.Logf("demo of %d berkas made and opened in %v", DemoSize, time.Since(start))
}

func TestSettingsPersist(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rapi.db")
	a, fa := newTestApp(t, db)
	a.ShowPage("nav.settings")
	p := settingsOnScreen(t, a)
	test.Type(p.clerk, "Siti Rahma")
	test.Type(p.nip, "198703122010012003")
	test.Tap(findButton(t, a.win, "Simpan"))
	p.header.SetText("PEMERINTAH PROVINSI BANTEN\nSEKRETARIAT DAERAH\nBIRO UMUM")
	p.onSaveHeader()

	// A new window on the same preferences and database: as after a restart.
	a.Close()
	b := New(fa, Config{DBPath: db, Synchronous: true})
	b.Start()
	defer b.Close()
	if got := b.prefs.Actor(); got.Name != "Siti Rahma" || got.NIP != "198703122010012003" {
		t.Fatalf("clerk after restart: %+v", got)
	}
	inst, err := b.Store().Institution(context.Background())
	if err != nil || len(inst.Lines) != 3 || inst.Lines[2] != "BIRO UMUM" {
		t.Fatalf("institution header after restart: %+v %v", inst, err)
	}
	if b.Store().Actor().Name != "Siti Rahma" {
		t.Fatal("changes are not recorded under the clerk's name")
	}
}

func TestLanguageSwitchRebuildsInEnglish(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	defer kit.SetLanguage("id")
	a.ShowPage("nav.settings")
	p := settingsOnScreen(t, a)
	p.language.SetSelected("English")
	test.Tap(findButton(t, a.win, "Simpan"))
	if a.prefs.Language() != "en" || a.win.Title() != "Rapi · Settings" {
		t.Fatalf("after choosing English the title is %q", a.win.Title())
	}
	findButton(t, a.win, "Save")
}

func TestScanBoxTakesFocusWithCtrlF(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	a.ShowPage("nav.settings")
	p := settingsOnScreen(t, a)
	c := a.win.Canvas()
	c.Focus(p.clerk)
	if c.Focused() != p.clerk {
		t.Fatal("test setup: the clerk field has no focus")
	}
	// Ctrl+F while a form field has the focus goes to that field first.
	p.clerk.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault})
	if c.Focused() != a.shell.scan.entry {
		t.Fatal("Ctrl+F in a form field did not move the focus to the scan box")
	}
	c.Focus(p.clerk)
	p.clerk.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF2})
	if c.Focused() != a.shell.scan.entry {
		t.Fatal("F2 did not move the focus to the scan box")
	}
	if p.clerk.Text != "" {
		t.Fatalf("the shortcut typed into the field: %q", p.clerk.Text)
	}
	// With nothing focused, the window's own shortcut does it.
	c.Unfocus()
	c.(fyne.Shortcutable).TypedShortcut(shortcutFind)
	if c.Focused() != a.shell.scan.entry {
		t.Fatal("Ctrl+F with nothing focused did not focus the scan box")
	}
}

func TestScanBoxRegainsFocusAfterDialog(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	a.ShowInfo("x", "y")
	a.win.Canvas().Unfocus()
	overlay := a.win.Canvas().Overlays().Top()
	test.Tap(findInOverlay(t, overlay, "OK"))
	if a.win.Canvas().Focused() != a.shell.scan.entry {
		t.Fatal("after the dialog closed the scan box has no focus")
	}
}

func TestEveryMessageKeyIsTranslated(t *testing.T) {
	id, err := kit.Messages("id")
	if err != nil {
		t.Fatal(err)
	}
	en, err := kit.Messages("en")
	if err != nil {
		t.Fatal(err)
	}
	for k := range id {
		if _, ok := en[k]; !ok {
			t.Errorf("%q has no English text", k)
		}
	}
	for k := range en {
		if _, ok := id[k]; !ok {
			t.Errorf("%q has no Indonesian text", k)
		}
	}
	// Every literal key the code passes to lang.L must exist.
	// Keys are passed to lang.L, T and the form helpers item and formCard
	// (whose second argument is a key too).
	re := regexp.MustCompile(`(?:lang\.L|\bLn|\bT|\bitem|\bformCard)\("([a-z0-9_]+\.[a-z0-9_.]+)"(?:,\s*"([a-z0-9_]+\.[a-z0-9_.]+)")?`)
	for _, dir := range []string{".", "arsip", "cetak", "inventaris", "kit", "impor", "../cmd/rapi"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			src, _ := os.ReadFile(f)
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				for _, key := range m[1:] {
					if _, ok := id[key]; key != "" && !ok {
						t.Errorf("%s uses %q, which has no translation", f, key)
					}
				}
			}
		}
	}
}

func entriesOnScreen(w fyne.Window) []*kit.Entry {
	var out []*kit.Entry
	walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok {
			out = append(out, e)
		}
	})
	return out
}

// settingsOnScreen finds the settings page's fields by their labels.
func settingsOnScreen(t *testing.T, a *App) *settingsPage {
	t.Helper()
	w := a.win
	return &settingsPage{app: a,
		clerk:     field(t, w, "Nama petugas").(*kit.Entry),
		nip:       field(t, w, "NIP").(*kit.Entry),
		language:  field(t, w, "Bahasa").(*widget.Select),
		header:    field(t, w, "Kop (satu baris per baris)").(*kit.Entry),
		address:   field(t, w, "Alamat").(*kit.Entry),
		headerPIN: field(t, w, "PIN admin").(*kit.Entry),
	}
}

func TestNewerDatabaseShowsReadOnlyBanner(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rapi.db")
	a, _ := newTestApp(t, db)
	if a.shell.status.banner.Visible() {
		t.Fatalf("banner on a healthy database: %q", a.shell.status.Problem())
	}
	a.Close()
	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	raw.Exec(fmt.Sprintf("PRAGMA user_version=%d", storage.LatestSchema()+1))
	raw.Close()

	b, _ := newTestApp(t, db)
	if !b.shell.status.banner.Visible() || !strings.Contains(b.shell.status.Problem(), "Perbarui Rapi") {
		t.Fatalf("no read-only banner for a newer database: %q", b.shell.status.Problem())
	}
	b.shell.status.setError(model.ErrBusy)
	if !strings.Contains(b.shell.status.Problem(), "sibuk") {
		t.Fatalf("busy banner: %q", b.shell.status.Problem())
	}
	b.shell.status.setError(nil)
	if !strings.Contains(b.shell.status.Problem(), "Perbarui Rapi") {
		t.Fatal("clearing the busy state hid the read-only warning")
	}
}

func TestBusyDatabaseKeepsWhatWasTyped(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	db := filepath.Join(t.TempDir(), "rapi.db")
	fa := test.NewTempApp(t)
	a := New(fa, Config{DBPath: db, BusyTimeout: 50 * time.Millisecond, Synchronous: true})
	a.Start()
	defer a.Close()
	a.ShowPage("nav.settings")
	p := settingsOnScreen(t, a)

	// Another PC holds the write lock for longer than we wait.
	other, _ := sql.Open("sqlite3", db)
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	tx.Exec("INSERT INTO setting(key,value) VALUES('lock','x')")

	test.Type(p.address, "Jl. Brigjen KH Syam'un No. 5, Serang")
	p.onSaveHeader()
	if !overlayShows(a.win, "dipakai PC lain") {
		t.Fatal("no busy message for the clerk")
	}
	if p.address.Text != "Jl. Brigjen KH Syam'un No. 5, Serang" {
		t.Fatalf("what was typed is gone: %q", p.address.Text)
	}
	tx.Rollback()
	p.onSaveHeader()
	inst, _ := a.Store().Institution(context.Background())
	if inst.Address != "Jl. Brigjen KH Syam'un No. 5, Serang" {
		t.Fatalf("saving again after the lock cleared: %+v", inst)
	}
}

func TestCountsInMessagesUseIndonesianFormat(t *testing.T) {
	if err := kit.SetLanguage("id"); err != nil {
		t.Fatal(err)
	}
	if got := kit.Ln("home.places", map[string]any{"N": 1285}); got != "Tempat penyimpanan: 1.285" {
		t.Fatalf("got %q", got)
	}
	if got := kit.Ln("scan.not_found", map[string]any{"Text": "B-001285"}); !strings.Contains(got, "B-001285") {
		t.Fatalf("text data was changed: %q", got)
	}
}

// The shared screen-test helpers, under this package's names.
var (
	testDB        = kittest.DB
	walk          = kittest.Walk
	field         = kittest.Field
	findButton    = kittest.FindButton
	overlayShows  = kittest.OverlayShows
	findInOverlay = kittest.FindInOverlay
)
