package arsip

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	marsip "rapi/model/arsip"
	"rapi/storage"
	"rapi/ui/kit"
)

// testCard is the shell's card frame, as a test shows a card body.
type testCard struct {
	hit    storage.Hit
	closed bool
}

func (c *testCard) Hit() storage.Hit { return c.hit }
func (c *testCard) Close()           { c.closed = true }

// showCard loads the card of code as the shell would and puts its body
// in the window.
func showCard(t *testing.T, a *testShell, code string) (title string, frame *testCard) {
	t.Helper()
	ctx := context.Background()
	h, err := a.Store().FindCode(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	kinds := append(Cards(a), PlaceCard(a))
	for _, k := range kinds {
		if k.Kind != h.Kind {
			continue
		}
		body, err := k.Load(ctx, a.Store(), h)
		if err != nil {
			t.Fatal(err)
		}
		frame = &testCard{hit: h}
		title, content := body(frame)
		a.win.SetContent(content)
		a.win.Resize(fyne.NewSize(620, 460))
		return title, frame
	}
	t.Fatalf("no card for a %s", h.Kind)
	return "", nil
}

// A file's card lends it: the clerk names the borrower, the loan is
// recorded, screens hear of the change and the card opens again afresh.
func TestBerkasCardLendsAndOpensAgain(t *testing.T) {
	a, _ := newTestApp(t, kategoriDB(t))
	changed := 0
	a.OnDataChanged(func() { changed++ })
	title, frame := showCard(t, a, "B-000777")
	if !strings.Contains(title, "Berkas B-000777") {
		t.Fatalf("the card is titled %q", title)
	}
	test.Tap(findButton(t, a.win, "Pinjamkan"))
	form := a.win.Canvas().Overlays().Top()
	if form == nil {
		t.Fatal("Pinjamkan asks nothing")
	}
	var name *kit.Entry
	walk(form, func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == "Nama peminjam" {
					name, _ = it.Widget.(*kit.Entry)
				}
			}
		}
	})
	if name == nil {
		t.Fatal("no Nama peminjam field in the lend form")
	}
	test.Type(name, "Budi Santoso")
	test.Tap(findInOverlay(t, form, "Pinjamkan"))
	b, err := a.Store().Berkas(context.Background(), frame.hit.ID)
	if err != nil {
		t.Fatal(err)
	}
	if b.Loan == nil || b.Loan.Borrower != "Budi Santoso" || b.ShownStatus() != marsip.StatusDipinjam {
		t.Fatalf("after lending the file reads %+v", b.Loan)
	}
	if changed != 1 {
		t.Errorf("lending told the screens %d times, want once", changed)
	}
	if !frame.closed || len(a.cards) != 1 || a.cards[0].Code != "B-000777" {
		t.Errorf("the card did not open again: closed=%v, opened %v", frame.closed, a.cards)
	}
}

// The borrower line of an overdue loan is in the theme's error colour; a
// loan still in time is not.
func TestBerkasCardOverdueLineIsRed(t *testing.T) {
	for _, c := range []struct {
		due  time.Duration
		red  bool
		word string
	}{{-5 * 24 * time.Hour, true, "terlambat"}, {5 * 24 * time.Hour, false, "Budi"}} {
		a, _ := newTestApp(t, kategoriDB(t))
		ctx := context.Background()
		h, _ := a.Store().FindCode(ctx, "B-000777")
		now := time.Now()
		loan := marsip.Peminjaman{BerkasID: h.ID, Borrower: "Budi Santoso", Unit: "Keuangan", Clerk: "Siti",
			Tanggal: now.Add(-10 * 24 * time.Hour), Due: now.Add(c.due), Purpose: "Pemeriksaan"}
		if err := a.Store().LendArsip(ctx, &loan); err != nil {
			t.Fatal(err)
		}
		showCard(t, a, "B-000777")
		var line *widget.Label
		walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "Budi Santoso") {
				line = l
			}
		})
		if line == nil || !strings.Contains(line.Text, c.word) {
			t.Fatalf("no borrower line with %q on the card", c.word)
		}
		if red := line.Importance == widget.DangerImportance; red != c.red {
			t.Errorf("due in %v: the line %q is red %v, want %v", c.due, line.Text, red, c.red)
		}
	}
}
