// Package ui is Rapi's shell: the main window with its navigation, the
// scan box and the card frame, the status line, the first run, Beranda
// and Pengaturan, and the one list of features (features.go). Feature
// packages (ui/arsip, ui/cetak, ui/impor) see the app only through their
// Shell interfaces (built on ui/kit's), never this package. It calls
// model and storage; it never builds SQL. app.New() lives in cmd/rapi
// only, so every screen is tested with Fyne's test driver and no display.
package ui

import (
	"context"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/cetak"
	"rapi/ui/kit"
)

// Config is what cmd/rapi hands over from flags and the environment.
type Config struct {
	// DBPath, from --db or RAPI_DB, opens that database directly without
	// the first-run questions.
	DBPath  string
	Version string
	// WatchInterval is how often other PCs' changes are looked for.
	WatchInterval time.Duration
	// BusyTimeout overrides the store's wait for another PC's lock (tests).
	BusyTimeout time.Duration
	// Synchronous runs background work inline and starts no watcher. Fyne's
	// test driver runs fyne.Do on the calling goroutine, so UI tests set it
	// to keep screens free of data races.
	Synchronous bool
	// DailyDelay is how long after opening a store the day's backup and
	// quick check wait. Both read the whole file (seconds on a large
	// archive, on the same two cores) and the first minute is when a
	// clerk starts scanning; zero means the default, below zero at once.
	DailyDelay time.Duration
}

// defaultDailyDelay keeps the day's first backup out of the first scans.
const defaultDailyDelay = 90 * time.Second

// App is the running desktop application: one window, one open database.
type App struct {
	fyne      fyne.App
	win       fyne.Window
	prefs     Prefs
	cfg       Config
	store     *storage.Store
	stopWatch context.CancelFunc
	bg        sync.WaitGroup // background tasks on the open store

	shell     *shell
	listeners []func()
	loads     atomic.Int64 // background loads started (Go), counted for tests
	runner    kit.Runner   // where loads run and their results are shown
	cetak     *cetak.Cetak // printing, with the labels waiting in its queue
	searchers []Searcher
	cards     map[model.CodeKind]kit.CardKind // by storage.Hit.Kind
}

// New builds the application's window; Start decides what it shows.
func New(fa fyne.App, cfg Config) *App {
	if cfg.WatchInterval <= 0 {
		cfg.WatchInterval = 2 * time.Second
	}
	if cfg.DailyDelay == 0 {
		cfg.DailyDelay = defaultDailyDelay
	}
	a := &App{fyne: fa, prefs: Prefs{fa.Preferences()}, cfg: cfg, runner: kit.Async{}}
	if cfg.Synchronous {
		a.runner = kit.Sync{}
	}
	if err := kit.SetLanguage(a.prefs.Language()); err != nil {
		fyne.LogError("load translations", err)
	}
	a.win = fa.NewWindow("Rapi")
	a.win.Resize(fyne.NewSize(1100, 720))
	a.win.SetMaster()
	a.win.SetCloseIntercept(a.onCloseWindow)
	a.searchers = a.defaultSearchers()
	a.cetak = cetak.New(a, a.printSources())
	a.cards = a.cardKinds()
	return a
}

// Run shows the window and blocks until it closes.
func Run(fa fyne.App, cfg Config) {
	fa.Settings().SetTheme(kit.NewTheme()) // readable dim text (WCAG AA)
	a := New(fa, cfg)
	a.Start()
	a.win.ShowAndRun()
	a.Close()
}

// Window is the main window.
func (a *App) Window() fyne.Window { return a.win }

// Store is the open database, nil before the first run chose one.
func (a *App) Store() *storage.Store { return a.store }

// Prefs are this PC's preferences.
func (a *App) Prefs() Prefs { return a.prefs }

// Start opens the configured database, or shows the first-run page.
func (a *App) Start() {
	path := a.cfg.DBPath
	if path == "" {
		path = a.prefs.DBPath()
	}
	if path == "" {
		a.showFirstRun()
		return
	}
	if err := a.OpenDatabase(path); err != nil {
		a.showFirstRun()
		a.ShowError(err)
	}
}

// OpenDatabase opens path, makes it this PC's database (unless it came
// from --db), and shows the main screens.
func (a *App) OpenDatabase(path string) error {
	s, err := storage.Open(context.Background(), path, storage.Options{BackupDir: a.prefs.BackupDir(), BusyTimeout: a.cfg.BusyTimeout})
	if err != nil {
		return err
	}
	a.closeStore()
	a.store = s
	s.SetActor(a.prefs.Actor())
	if a.cfg.DBPath == "" {
		a.prefs.SetDBPath(s.Path())
	}
	a.showShell()
	a.startBackground()
	return nil
}

func (a *App) closeStore() {
	if a.stopWatch != nil {
		a.stopWatch()
		a.stopWatch = nil
	}
	a.bg.Wait() // a backup in progress finishes before the file closes
	if a.store != nil {
		a.store.Close()
		a.store = nil
	}
}

// Close releases the database.
func (a *App) Close() { a.closeStore() }

// OnDataChanged registers fn to run (on the UI goroutine) whenever data
// changed on this or another PC. Screens reload their lists from it.
func (a *App) OnDataChanged(fn func()) { a.listeners = append(a.listeners, fn) }

// notifyChanged tells every screen that data changed.
func (a *App) notifyChanged() {
	for _, fn := range a.listeners {
		fn()
	}
}

// Go runs work off the UI goroutine; work shows its results with Do (or,
// in older screens, fyne.Do). New screens use kit.Load with the App as
// Runner. See Config.Synchronous.
func (a *App) Go(work func()) {
	a.loads.Add(1)
	a.runner.Go(work)
}

// Do runs apply on the UI goroutine.
func (a *App) Do(apply func()) { a.runner.Do(apply) }

// onStoreChange is what the watcher reports, on the UI goroutine.
func (a *App) onStoreChange(s *storage.Store, c storage.Change) {
	if a.store != s || a.shell == nil {
		return
	}
	a.shell.status.setError(c.Err)
	if c.DataChanged {
		a.notifyChanged()
	}
}

// startBackground watches for other PCs' changes, and makes the daily
// backup and the daily quick check off the UI goroutine, so neither stands
// between the clerk and the first window.
func (a *App) startBackground() {
	ctx, cancel := context.WithCancel(context.Background())
	a.stopWatch = cancel
	s := a.store
	if a.cfg.Synchronous {
		a.dailyTasks(ctx, s)
		return
	}
	s.Watch(ctx, a.cfg.WatchInterval, func(c storage.Change) {
		fyne.Do(func() { a.onStoreChange(s, c) })
	})
	later(ctx, &a.bg, a.cfg.DailyDelay, func() { a.dailyTasks(ctx, s) })
}

// later runs f on its own goroutine after delay, unless ctx ends first
// (the store closed or another opened): then f never runs.
func later(ctx context.Context, wg *sync.WaitGroup, delay time.Duration, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		if delay > 0 {
			t := time.NewTimer(delay)
			defer t.Stop()
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
		f()
	}()
}

func (a *App) dailyTasks(ctx context.Context, s *storage.Store) {
	if !s.ReadOnly() {
		if _, _, err := s.AutoBackup(ctx); err != nil {
			a.note(s, lang.L("status.backup_failed")+" "+err.Error())
		}
	}
	today := time.Now().Format("2006-01-02")
	if a.prefs.LastCheck() == today {
		return
	}
	problems, err := s.QuickCheck(ctx)
	if ctx.Err() != nil {
		return // the store closed meanwhile: no verdict
	}
	if err == nil && len(problems) == 0 {
		a.prefs.SetLastCheck(today)
		return
	}
	a.note(s, damageNote(ctx, s))
}

// note shows a remark in the status banner from a background task, if the
// main screens of store s are still what the window shows.
func (a *App) note(s *storage.Store, text string) {
	fyne.Do(func() {
		if a.shell != nil && a.store == s {
			a.shell.status.setNote(text)
		}
	})
}

// ShowError explains err in a dialog and gives the scan box its focus back.
func (a *App) ShowError(err error) {
	a.ShowInfo(lang.L("dialog.error"), kit.Explain(err))
}

// ShowInfo shows a short message with an OK button in the UI language.
func (a *App) ShowInfo(title, msg string) {
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, lang.L("button.ok"), text, a.win)
	d.Resize(fyne.NewSize(480, 220))
	a.showDialog(d)
}

// ShowDialog shows d and, when it closes, puts the focus back in the scan
// box so the next scan lands there.
func (a *App) ShowDialog(d dialog.Dialog) { a.showDialog(d) }

// DataChanged tells every screen that data changed.
func (a *App) DataChanged() { a.notifyChanged() }

// OpenURL opens u (a file: the PDFs of Cetak) in the system's viewer.
func (a *App) OpenURL(u *url.URL) error { return openURL(a.fyne, u) }

// openURL is fa.OpenURL; tests replace it to play a PC without a PDF viewer.
var openURL = func(fa fyne.App, u *url.URL) error { return fa.OpenURL(u) }

// Preferences are this PC's settings, as Fyne keeps them.
func (a *App) Preferences() fyne.Preferences { return a.fyne.Preferences() }

// The App is the shell every feature package sees.
var _ cetak.Shell = (*App)(nil)

func (a *App) showDialog(d dialog.Dialog) {
	d.SetOnClosed(a.FocusScan)
	d.Show()
}

// FocusScan puts the keyboard focus in the scan box (Ctrl+F, F2, after dialogs).
func (a *App) FocusScan() {
	if a.shell != nil {
		a.win.Canvas().Focus(a.shell.scan.entry)
	}
}
