package booking

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/kit/kittest"
	"rapi/ui/printout"
)

func TestMain(m *testing.M) { kittest.Main(m) }

// adminPIN is the fixture's admin PIN.
const adminPIN = "246810"

// testShell is kittest.Shell with what the booking screens ask besides.
type testShell struct {
	*kittest.Shell
	pins     int
	printed  [][]byte // the PDFs PrintBooking made
	printErr error
	exported []storage.BookingFilter
}

func (a *testShell) AskPIN(then func(pin string)) { a.pins++; then(adminPIN) }

// fixture is a Biro Umum with three bookable rooms: Aula (100 people, a
// projector, no approval), Ruang Rapat (20, a projector, approval
// needed) and Ruang Sidang (40, no projector); Thursday 3 December 2026
// is today.
type fixture struct {
	path                string
	aula, rapat, sidang booking.Resource
}

var today = time.Date(2026, 12, 3, 8, 0, 0, 0, time.Local) // a Thursday

func newFixture(t *testing.T) fixture {
	t.Helper()
	old := timeNow
	timeNow = func() time.Time { return today }
	t.Cleanup(func() { timeNow = old })
	var f fixture
	f.path = kittest.DB(t, func(ctx context.Context, s *storage.Store) error {
		g := &model.Place{Kind: model.PlaceGedung, Name: "Gedung A", Code: "G-A"}
		if err := s.CreatePlace(ctx, g); err != nil {
			return err
		}
		for _, r := range []struct {
			res   *booking.Resource
			code  string
			name  string
			kap   int
			perlu bool
			fas   string
		}{{&f.aula, "R-AULA", "Aula", 100, false, "Proyektor"}, {&f.rapat, "R-RAPAT", "Ruang Rapat", 20, true, "Proyektor"},
			{&f.sidang, "R-SIDANG", "Ruang Sidang", 40, false, "AC"}} {
			p := &model.Place{Kind: model.PlaceRuang, Name: r.name, Code: r.code, ParentID: g.ID}
			if err := s.CreatePlace(ctx, p); err != nil {
				return err
			}
			*r.res = booking.Resource{Jenis: booking.JenisRuang, PlaceID: p.ID, Code: r.code, Nama: r.name, Kapasitas: r.kap,
				PerluPersetujuan: r.perlu, Aktif: true, Fasilitas: []string{r.fas}}
			if err := s.SaveResource(ctx, r.res); err != nil {
				return err
			}
		}
		if err := s.SetAdminPIN(ctx, "", adminPIN); err != nil {
			return err
		}
		return s.SetApprovers(ctx, []model.Signer{{Nama: "Drs. Hadi Susanto", Jabatan: "Kepala Biro Umum"}}, adminPIN)
	})
	return f
}

func newTestApp(t *testing.T, path string) *testShell {
	t.Helper()
	return &testShell{Shell: kittest.NewShell(t, path, storage.Options{}, fyne.NewSize(1280, 800))}
}

// book saves a booking of unit on res from..to (hours on day) as the
// storage API does for any PC.
func book(t *testing.T, s *storage.Store, res booking.Resource, day time.Time, from, to int, unit string) booking.Booking {
	t.Helper()
	b := booking.Booking{ResourceIDs: []int64{res.ID}, Dari: day.Add(time.Duration(from) * time.Hour),
		Sampai: day.Add(time.Duration(to) * time.Hour), Unit: unit, Pemohon: booking.Pemohon{Nama: "Sri Wahyuni", Telepon: "0812 3456 7890"},
		Keperluan: "Rapat koordinasi", Jumlah: 10}
	if _, err := s.CreateBooking(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b
}

var top = kittest.Top

// allTexts are the labels on the window and in its dialogs.
func allTexts(w fyne.Window) []string {
	var out []string
	collect := func(o fyne.CanvasObject) {
		kittest.Walk(o, func(o fyne.CanvasObject) {
			switch x := o.(type) {
			case *widget.Label:
				out = append(out, x.Text)
			case *widget.Form:
				for _, it := range x.Items {
					out = append(out, it.HintText)
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

func shows(w fyne.Window, text string) bool {
	for _, s := range allTexts(w) {
		if strings.Contains(s, text) {
			return true
		}
	}
	return false
}

// field is the widget next to label in the top dialog's form.
func field(t *testing.T, w fyne.Window, label string) fyne.CanvasObject {
	t.Helper()
	var found fyne.CanvasObject
	kittest.Walk(top(t, w), func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == label && found == nil {
					found = it.Widget
				}
			}
		}
	})
	if found == nil {
		t.Fatalf("no field %q in the dialog", label)
	}
	return found
}

// set types text into the field labelled label, replacing what was there.
func set(t *testing.T, w fyne.Window, label, text string) {
	t.Helper()
	e, ok := field(t, w, label).(*kit.Entry)
	if !ok {
		t.Fatalf("field %q is no text field", label)
	}
	e.SetText(text)
}

// blockOf is the calendar block of the booking with code.
func blockOf(t *testing.T, w fyne.Window, code string) *block {
	t.Helper()
	var found *block
	kittest.Walk(w.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*block); ok && b.b.Code == code {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no block of %s on the calendar", code)
	}
	return found
}

// slotAt is the free hour of resource id at t on the calendar.
func slotAt(t *testing.T, w fyne.Window, id int64, at time.Time) *slot {
	t.Helper()
	var found *slot
	kittest.Walk(w.Content(), func(o fyne.CanvasObject) {
		if s, ok := o.(*slot); ok && s.r.ID == id && s.at.Equal(at) {
			found = s
		}
	})
	if found == nil {
		t.Fatalf("no free slot at %v", at)
	}
	return found
}

// rowButton is the button labelled label on the list row whose text
// contains text.
func rowButton(t *testing.T, a *testShell, text, label string) *widget.Button {
	t.Helper()
	var found *widget.Button
	kittest.Walk(a.Win.Content(), func(o fyne.CanvasObject) {
		row, ok := o.(*fyne.Container)
		if !ok || found != nil {
			return
		}
		hasText := false
		var btn *widget.Button
		for _, c := range row.Objects {
			if l, ok := c.(*widget.Label); ok && strings.Contains(l.Text, text) {
				hasText = true
			}
			if box, ok := c.(*fyne.Container); ok {
				for _, x := range box.Objects {
					if b, ok := x.(*widget.Button); ok && b.Text == label {
						btn = b
					}
				}
			}
		}
		if hasText && btn != nil {
			found = btn
		}
	})
	if found == nil {
		t.Fatalf("no %q button on the row of %q", label, text)
	}
	return found
}

// PrintBooking keeps the doc and writes its PDF where the test reads it,
// as the shell's Cetak does before it opens the file.
func (a *testShell) PrintBooking(doc printout.BookingDoc, p label.Paper) {
	var buf bytes.Buffer
	if err := printout.WriteBookingDocPDF(&buf, doc, p); err != nil {
		a.printErr = err
		return
	}
	a.printed = append(a.printed, buf.Bytes())
}

func (a *testShell) ExportBookingList(f storage.BookingFilter) { a.exported = append(a.exported, f) }
