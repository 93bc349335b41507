package rapat

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/label"
	mrapat "rapi/model/rapat"
	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/kit/kittest"
	"rapi/ui/printout"
)

func TestMain(m *testing.M) { kittest.Main(m) }

// testShell is kittest.Shell, on a fresh temp store, with what the
// meetings screens ask the app for besides.
type testShell struct {
	*kittest.Shell
	win     fyne.Window
	store   *storage.Store
	shown   []string // pages asked for
	printed []printout.RapatDoc
	imports int
	exports []int64 // meetings whose attendance was exported
}

// wed is the clock of the tests: Wednesday 2 December 2026, 08.00.
var wed = time.Date(2026, 12, 2, 8, 0, 0, 0, time.Local)

func newTestApp(t testing.TB) *testShell {
	t.Helper()
	sh := kittest.NewShell(t, filepath.Join(t.TempDir(), "rapi.db"), storage.Options{}, fyne.NewSize(1280, 800))
	setClock(t, wed)
	return &testShell{Shell: sh, win: sh.Win, store: sh.DB}
}

// setClock makes the feature's clock read at until the test ends.
func setClock(t testing.TB, at time.Time) {
	old := timeNow
	timeNow = func() time.Time { return at }
	t.Cleanup(func() { timeNow = old })
}

// Actor is the clerk the meetings tests sign as.
func (a *testShell) Actor() model.Actor  { return model.Actor{Login: "siti", Name: "Siti Aminah"} }
func (a *testShell) ShowPage(key string) { a.shown = append(a.shown, key) }
func (a *testShell) PrintRapat(doc printout.RapatDoc, p label.Paper) {
	a.printed = append(a.printed, doc)
}
func (a *testShell) ImportKontak()                  { a.imports++ }
func (a *testShell) ExportHadir(id int64, _ string) { a.exports = append(a.exports, id) }

var (
	walk          = kittest.Walk
	findButton    = kittest.FindButton
	findInOverlay = kittest.FindInOverlay
	field         = kittest.Field
	walkShown     = kittest.WalkShown
	scan          = kittest.Scan
)

// texts are the texts of every shown label, check and form row on the
// canvas and its dialogs.
func texts(w fyne.Window) []string {
	var out []string
	collect := func(o fyne.CanvasObject) {
		walkShown(o, func(o fyne.CanvasObject) {
			switch x := o.(type) {
			case *widget.Label:
				out = append(out, x.Text)
			case *widget.Check:
				out = append(out, x.Text)
			case *widget.Form:
				for _, it := range x.Items {
					out = append(out, it.Text)
				}
			}
		})
	}
	collect(w.Content())
	for _, o := range w.Canvas().Overlays().List() {
		collect(o)
	}
	return out
}

// shows tells whether a shown label (content or dialogs) contains text.
func shows(w fyne.Window, text string) bool {
	for _, t := range texts(w) {
		if strings.Contains(t, text) {
			return true
		}
	}
	return false
}

// labelWith is the first shown label containing text.
func labelWith(t *testing.T, w fyne.Window, text string) *widget.Label {
	t.Helper()
	var found *widget.Label
	walkShown(w.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && found == nil && strings.Contains(l.Text, text) {
			found = l
		}
	})
	if found == nil {
		t.Fatalf("no label %q on screen: %q", text, texts(w))
	}
	return found
}

// typeInto replaces what the field next to label holds.
func typeInto(t *testing.T, w fyne.Window, label, text string) {
	t.Helper()
	var e *kit.Entry
	walk(field(t, w, label), func(o fyne.CanvasObject) {
		if x, ok := o.(*kit.Entry); ok && e == nil {
			e = x
		}
	})
	if e == nil {
		t.Fatalf("field %q is not a text field", label)
	}
	e.SetText(text)
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// newMeeting stores a meeting tomorrow (Thursday) 09.00–11.00 from the
// first seeded template whose name holds tpl ("" for none).
func newMeeting(t testing.TB, s *storage.Store, acara, tpl string) mrapat.Rapat {
	t.Helper()
	ctx := context.Background()
	var from storage.RapatFrom
	if tpl != "" {
		ts, err := s.RapatTemplates(ctx)
		must(t, err)
		for _, x := range ts {
			if strings.Contains(strings.ToLower(x.Nama), strings.ToLower(tpl)) && from.TemplateID == 0 {
				from.TemplateID = x.ID
			}
		}
		if from.TemplateID == 0 {
			t.Fatalf("no seeded template %q in %v", tpl, ts)
		}
	}
	r := mrapat.Rapat{Acara: acara, Jenis: "Rapat Pimpinan", Mulai: at(3, 9, 0), Selesai: at(3, 11, 0), Tempat: "Ruang Rapat Lt. 2"}
	r.Normalize()
	must(t, s.CreateRapat(ctx, &r, from))
	return r
}

// at is a day of December 2026 at h.m, local time.
func at(day, h, m int) time.Time { return time.Date(2026, 12, day, h, m, 0, 0, time.Local) }
