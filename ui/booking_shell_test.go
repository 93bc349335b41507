package ui

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/booking"
	"rapi/ui/kit/kittest"
)

// The QR on a room's door is its place code: the scan opens the place's
// card, with today's schedule of the room and "Pesan sekarang" under it,
// which opens the booking form for that room.
func TestDoorScanOpensTodaysSchedule(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ctx := context.Background()
	s := a.Store()
	aula := model.Place{Kind: model.PlaceRuang, Name: "Aula Lantai 3", Code: "R-AULA3"}
	if err := s.CreatePlace(ctx, &aula); err != nil {
		t.Fatal(err)
	}
	r := booking.Resource{Jenis: booking.JenisRuang, PlaceID: aula.ID, Code: aula.Code, Nama: aula.Name, Kapasitas: 80, Aktif: true}
	if err := s.SaveResource(ctx, &r); err != nil {
		t.Fatal(err)
	}
	y, m, d := time.Now().Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.Local)
	b := booking.Booking{ResourceIDs: []int64{r.ID}, Dari: day.Add(13 * time.Hour), Sampai: day.Add(15 * time.Hour),
		Unit: "Bagian Hukum", Pemohon: booking.Pemohon{Nama: "Rina"}, Keperluan: "Sosialisasi perda", Jumlah: 40}
	if _, err := s.CreateBooking(ctx, &b); err != nil {
		t.Fatal(err)
	}
	h, err := s.FindCode(ctx, "R-AULA3")
	if err != nil {
		t.Fatal(err)
	}
	a.openCard(h)
	for _, want := range []string{"Jadwal Aula Lantai 3", "13.00–15.00 · Bagian Hukum · Sosialisasi perda"} {
		if !kittest.OverlayShows(a.win, want) {
			t.Fatalf("the room card lacks %q", want)
		}
	}
	test.Tap(overlayButton(t, a.win, "Pesan sekarang"))
	if !kittest.OverlayShows(a.win, "Pemesanan baru") {
		t.Fatal("Pesan sekarang opened no booking form")
	}
	for a.win.Canvas().Overlays().Top() != nil {
		a.win.Canvas().Overlays().Remove(a.win.Canvas().Overlays().Top())
	}

	// The booking's own P- code opens its card, with what can be done.
	if h, err = s.FindCode(ctx, b.Code); err != nil {
		t.Fatal(err)
	}
	a.openCard(h)
	if !kittest.OverlayShows(a.win, "Sosialisasi perda") || !kittest.OverlayShows(a.win, "Disetujui") {
		t.Fatalf("the card of %s does not show the booking", b.Code)
	}
	overlayButton(t, a.win, "Batalkan")
}

// The scan of an official car's A- code opens its asset card with the
// car's bookings of today and the coming days and "Pesan kendaraan ini";
// the booking's "Surat permohonan" is laid out and opened as a PDF.
func TestVehicleScanShowsBookingsAndPrintsRequest(t *testing.T) {
	pdf := catchPDFs(t)
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ctx := context.Background()
	s := a.Store()
	x := aset.Aset{KodeBarang: "1.3.2.02.01.02.003", Nama: "Minibus", Merk: "Toyota Innova", Tahun: 2022,
		CaraPerolehan: aset.PerolehanPengadaan, Kondisi: aset.KondisiB, Status: aset.StatusDigunakan}
	if err := s.CreateAset(ctx, &x); err != nil {
		t.Fatal(err)
	}
	car := booking.Resource{Jenis: booking.JenisKendaraan, AsetID: x.ID, Kapasitas: 7, Aktif: true}
	if err := s.SaveResource(ctx, &car); err != nil {
		t.Fatal(err)
	}
	y, m, d := time.Now().Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.Local).AddDate(0, 0, 2)
	b := booking.Booking{ResourceIDs: []int64{car.ID}, Dari: day.Add(7 * time.Hour), Sampai: day.Add(17 * time.Hour),
		Unit: "Bagian Protokol", Pemohon: booking.Pemohon{Nama: "Rina"}, Keperluan: "Kunjungan kerja ke Kabupaten Sigi", Jumlah: 4}
	if _, err := s.CreateBooking(ctx, &b); err != nil {
		t.Fatal(err)
	}
	a.Search(x.Code)
	for _, want := range []string{"Toyota Innova", "Bagian Protokol · Kunjungan kerja ke Kabupaten Sigi"} {
		if !kittest.OverlayShows(a.win, want) {
			t.Fatalf("the car's card lacks %q", want)
		}
	}
	test.Tap(overlayButton(t, a.win, "Pesan kendaraan ini"))
	if !kittest.OverlayShows(a.win, "Pemesanan baru") {
		t.Fatal("Pesan kendaraan ini opened no booking form")
	}
	for a.win.Canvas().Overlays().Top() != nil {
		a.win.Canvas().Overlays().Remove(a.win.Canvas().Overlays().Top())
	}
	a.Search(b.Code)
	test.Tap(overlayButton(t, a.win, "Surat permohonan"))
	test.Tap(overlayButton(t, a.win, "Cetak"))
	out := pdf.text(t, "rapi-permohonan-*.pdf", "request form")
	wantIn(t, out, "request form", b.Code, "Toyota Innova", "Bagian Protokol")
}
