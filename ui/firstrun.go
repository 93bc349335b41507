package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/storage"
	"rapi/ui/kit"
)

// firstRun is the page shown while this PC has no database: make a new
// one (on the shared drive, typically), open one that exists, or try Rapi
// on a demo database.
type firstRun struct {
	app     *App
	newPath *kit.Entry
	oldPath *kit.Entry
}

// DefaultDBPath is where a new database is proposed: the user's config folder.
func DefaultDBPath() string { return filepath.Join(LocalDataDir(), "rapi.db") }

// DemoDBPath is the demo database's place.
func DemoDBPath() string { return filepath.Join(LocalDataDir(), "rapi-demo.db") }

func (a *App) showFirstRun() {
	a.shell = nil
	f := &firstRun{app: a, newPath: a.NewEntry(), oldPath: a.NewEntry()}
	f.newPath.SetText(DefaultDBPath())
	f.oldPath.SetPlaceHolder(`\\server\arsip\rapi.db`)
	title := widget.NewLabelWithStyle(lang.L("first.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	intro := widget.NewLabel(lang.L("first.intro"))
	intro.Wrapping = fyne.TextWrapWord
	create := widget.NewButtonWithIcon(lang.L("first.create"), theme.ContentAddIcon(), f.onCreate)
	create.Importance = widget.HighImportance
	open := widget.NewButtonWithIcon(lang.L("first.open"), theme.FolderOpenIcon(), f.onOpen)
	demo := widget.NewButtonWithIcon(lang.L("first.demo"), theme.MediaPlayIcon(), f.onDemo)
	body := container.NewVBox(
		title, intro,
		widget.NewCard(lang.L("first.create_title"), lang.L("first.create_help"),
			container.NewBorder(nil, nil, nil, container.NewHBox(f.browse(f.newPath, true), create), f.newPath)),
		widget.NewCard(lang.L("first.open_title"), lang.L("first.open_help"),
			container.NewBorder(nil, nil, nil, container.NewHBox(f.browse(f.oldPath, false), open), f.oldPath)),
		widget.NewCard(lang.L("first.demo_title"), lang.L("first.demo_help"), demo),
	)
	a.win.SetTitle("Rapi")
	a.win.SetContent(container.NewPadded(container.NewVScroll(body)))
}

// browse is a "Pilih…" button that fills target from a file dialog.
func (f *firstRun) browse(target *kit.Entry, save bool) *widget.Button {
	return widget.NewButton(lang.L("button.browse"), func() {
		set := func(path string) { target.SetText(path) }
		if save {
			d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
				if w != nil {
					w.Close()
					os.Remove(w.URI().Path()) // only the name was wanted; SQLite makes the file
					set(w.URI().Path())
				}
			}, f.app.win)
			d.SetFileName("rapi.db")
			d.Show()
			return
		}
		dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if r != nil {
				r.Close()
				set(r.URI().Path())
			}
		}, f.app.win).Show()
	})
}

func (f *firstRun) onCreate() {
	path := storage.CleanPath(f.newPath.Text)
	if _, err := os.Stat(path); err == nil {
		f.app.ShowInfo(lang.L("dialog.error"), kit.Ln("first.exists", map[string]any{"Path": path}))
		return
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		f.app.ShowError(err)
		return
	}
	if err := f.app.OpenDatabase(path); err != nil {
		f.app.ShowError(err)
	}
}

func (f *firstRun) onOpen() {
	path := storage.CleanPath(f.oldPath.Text)
	if _, err := os.Stat(path); err != nil {
		f.app.ShowInfo(lang.L("dialog.error"), kit.Ln("first.missing", map[string]any{"Path": path}))
		return
	}
	if err := f.app.OpenDatabase(path); err != nil {
		f.app.ShowError(err)
	}
}

func (f *firstRun) onDemo() { f.app.OpenDemo() }

// OpenDemo opens the demo database, making it first if this PC has none.
func (a *App) OpenDemo() { a.openDemo(nil) }

// DemoSize is how many archive files the demo database gets: enough for
// the lists, loans and retention work to look like an office's.
var DemoSize = 3000

// openDemo opens the demo database and then tells done (if set), on the
// UI goroutine. Making the demo takes a few seconds off the UI goroutine
// behind a progress bar; the window shows the demo once it is complete.
func (a *App) openDemo(done func(error)) {
	finish := func(err error) {
		if err != nil {
			a.ShowError(err)
		}
		if done != nil {
			done(err)
		}
	}
	path := DemoDBPath()
	bar := widget.NewProgressBar()
	d := dialog.NewCustomWithoutButtons(lang.L("first.demo_making"), bar, a.win)
	d.Resize(fyne.NewSize(420, 120))
	d.Show()
	a.Go(func() {
		err := ensureDemo(path, func(done float64) { a.Do(func() { bar.SetValue(done) }) })
		a.Do(func() {
			d.Hide()
			if err == nil {
				err = a.OpenDatabase(path)
			}
			finish(err)
		})
	})
}

// ensureDemo makes the demo database at path unless one with archive
// files is there. A demo of an older Rapi held places only: it is made
// again, so nobody is left with an empty Arsip.
func ensureDemo(path string, progress func(float64)) error {
	if _, err := os.Stat(path); err == nil {
		ctx := context.Background()
		s, err := storage.Open(ctx, path, storage.Options{})
		if err != nil {
			return err
		}
		berkas, _, _, err := s.ArsipCounts(ctx)
		s.Close()
		if err != nil || berkas > 0 {
			return err
		}
		if err := os.Remove(path); err != nil {
			return err
		}
	}
	return makeDemo(path, progress)
}

// makeDemo writes the demo database at path; a half-made one is removed,
// so the next try starts again.
func makeDemo(path string, progress func(float64)) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	ctx := context.Background()
	s, err := storage.Open(ctx, path, storage.Options{})
	if err == nil {
		err = storage.Demo(ctx, s, storage.DemoOptions{Berkas: DemoSize, Aset: storage.FirstRunAset, Seed: 1, Progress: progress})
		if cerr := s.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("fill demo database: %w", err)
	}
	return nil
}
