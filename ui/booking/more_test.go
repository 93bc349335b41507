package booking

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/kit"
	"rapi/ui/kit/kittest"
)

// Dragging a block onto another booking's time is refused with that
// booking named and the block stays; a drag to a free time moves it.
func TestCalendarDragRefusedOnClashMovesWhenFree(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	day := dayOf(today)
	umum := book(t, a.DB, f.aula, day, 9, 12, "Bagian Umum")
	hukum := book(t, a.DB, f.aula, day, 13, 15, "Bagian Hukum")
	a.Win.SetContent(NewPage(a))

	drag := func(hours float32) {
		x := blockOf(t, a.Win, hukum.Code)
		x.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DY: hours * hourPx}})
		x.DragEnd()
	}
	drag(-2) // 11.00–13.00 runs into 09.00–12.00
	if !kittest.OverlayShows(a.Win, umum.Code) || !kittest.OverlayShows(a.Win, "sudah dipesan") {
		t.Fatalf("the clash does not name %s: %q", umum.Code, allTexts(a.Win))
	}
	a.Win.Canvas().Overlays().Remove(top(t, a.Win))
	drag(1.5) // 14.30–16.30 is free
	got, err := a.DB.Booking(context.Background(), hukum.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Dari.Hour() != 14 || got.Dari.Minute() != 30 {
		t.Fatalf("after the drag: %s", got.Jam())
	}
	if !shows(a.Win, "14.30–16.30 Bagian Hukum") {
		t.Fatalf("the calendar does not show the moved booking: %q", allTexts(a.Win))
	}
}

// "A room for 30 people, Thursday 09.00–12.00, with a projector": the
// rooms too small, without a projector or taken are left out; the one
// found is booked from the list with the time and number filled in.
func TestFreeRoomFoundAndBooked(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(4)
	p.free.jumlah.SetText("30")
	p.free.tanggal.SetText("3/12/2026")
	p.free.dari.SetText("9:00")
	p.free.sampai.SetText("12.00")
	p.free.fasilitas.SetText("proyektor")
	test.Tap(kittest.FindButton(t, a.Win, "Cari ruang kosong"))
	if !shows(a.Win, "1 ruang kosong") || !shows(a.Win, "Aula · 100 orang") || shows(a.Win, "Ruang Sidang") {
		t.Fatalf("free rooms: %q", allTexts(a.Win))
	}
	test.Tap(kittest.FindButton(t, a.Win, "Pesan"))
	set(t, a.Win, "Unit kerja", "Bagian Perencanaan")
	set(t, a.Win, "Nama pemohon", "Yusuf")
	set(t, a.Win, "Keperluan", "Musrenbang")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	list, err := a.DB.BookingList(context.Background(), storage.BookingFilter{Unit: "Bagian Perencanaan"})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Jumlah != 30 || list[0].Dari.Hour() != 9 || list[0].Sampai.Hour() != 12 ||
		list[0].ResourceIDs[0] != f.aula.ID {
		t.Fatalf("booked: %+v", list)
	}
}

// The form says what is wrong under the field: a time typed badly, and
// more people than the room seats.
func TestFormMarksTheField(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	a.Win.SetContent(NewPage(a))
	test.Tap(slotAt(t, a.Win, f.sidang.ID, dayOf(today).Add(10*time.Hour)))
	set(t, a.Win, "Unit kerja", "Bagian Umum")
	set(t, a.Win, "Nama pemohon", "Sri")
	set(t, a.Win, "Keperluan", "Rapat")
	set(t, a.Win, "Sampai jam", "11.7")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	if !shows(a.Win, "harus jam, mis. 9.00 atau 09:00 (11.7)") {
		t.Fatalf("no message under Sampai jam: %q", allTexts(a.Win))
	}
	set(t, a.Win, "Sampai jam", "11:30")
	set(t, a.Win, "Jumlah orang", "45")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	if !shows(a.Win, "45 > 40") {
		t.Fatalf("no capacity message: %q", allTexts(a.Win))
	}
	if n, _ := a.DB.BookingList(context.Background(), storage.BookingFilter{ResourceID: f.sidang.ID}); len(n) != 0 {
		t.Fatalf("a refused booking was saved: %+v", n)
	}
}

// A priority event takes a booked slot: the other booking shows in
// Digeser with who displaced it, and its phone number to call.
func TestPriorityDisplacedShowsInDigeser(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	day := dayOf(today).AddDate(0, 0, 1)
	umum := book(t, a.DB, f.aula, day, 9, 12, "Bagian Umum")
	prio := booking.Booking{ResourceIDs: []int64{f.aula.ID}, Dari: day.Add(10 * time.Hour), Sampai: day.Add(12 * time.Hour),
		Unit: "Protokol", Pemohon: booking.Pemohon{Nama: "Ajudan"}, Keperluan: "Rapat Gubernur", Prioritas: true}
	geser, err := a.DB.CreateBooking(context.Background(), &prio)
	if err != nil || len(geser) != 1 {
		t.Fatalf("priority booking: %v, %d displaced", err, len(geser))
	}
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(3)
	if !shows(a.Win, umum.Code) || !shows(a.Win, "digeser oleh "+prio.Code+": Rapat Gubernur") || !shows(a.Win, "0812 3456 7890") {
		t.Fatalf("Digeser list: %q", allTexts(a.Win))
	}
}

// The unit typed in Unit saya stays on this PC: the list shows only its
// bookings, and opens on it again.
func TestUnitFilterRemembered(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	day := dayOf(today).AddDate(0, 0, 1)
	umum := book(t, a.DB, f.aula, day, 9, 10, "Bagian Umum")
	hukum := book(t, a.DB, f.sidang, day, 9, 10, "Bagian Hukum")
	unitEntry := func(p *bookPage) *kit.Entry {
		var e *kit.Entry
		kittest.Walk(p.lists[1].content, func(o fyne.CanvasObject) {
			if x, ok := o.(*kit.Entry); ok {
				e = x
			}
		})
		return e
	}
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(2)
	unitEntry(p).SetText("Bagian Hukum")
	test.Tap(kittest.FindButton(t, a.Win, "Tampilkan"))
	if !shows(a.Win, hukum.Code) || shows(a.Win, umum.Code) {
		t.Fatalf("Unit saya for Bagian Hukum: %q", allTexts(a.Win))
	}
	again := buildPage(a)
	if got := unitEntry(again).Text; got != "Bagian Hukum" {
		t.Fatalf("the unit is not remembered: %q", got)
	}
}
