package booking

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/booking"
	"rapi/storage"
	"rapi/ui/kit/kittest"
)

// A room is made bookable from a place of kind ruang: picked by its
// path, named as the place, with its capacity and facilities.
func TestResourcesAddRoomFromPlace(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	ctx := context.Background()
	aula, err := a.DB.Place(ctx, f.aula.PlaceID)
	if err != nil {
		t.Fatal(err)
	}
	sg := &model.Place{Kind: model.PlaceRuang, Name: "Ruang Serbaguna", Code: "R-SG", ParentID: aula.ParentID}
	if err := a.DB.CreatePlace(ctx, sg); err != nil {
		t.Fatal(err)
	}
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(5)
	test.Tap(kittest.FindButton(t, a.Win, "Tambah ruang"))
	field(t, a.Win, "Ruang").(*widget.Select).SetSelected("Gedung A › Ruang Serbaguna")
	set(t, a.Win, "Kapasitas (orang/kursi)", "60")
	set(t, a.Win, "Fasilitas", "Sound System, AC")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	r, err := a.DB.ResourceByCode(ctx, "R-SG")
	if err != nil {
		t.Fatal(err)
	}
	if r.Nama != "Ruang Serbaguna" || r.Kapasitas != 60 || !r.HasFasilitas([]string{"sound system", "ac"}) || !r.Aktif {
		t.Fatalf("saved room: %+v", r)
	}
	if !shows(a.Win, "Ruang · Ruang Serbaguna · 60 orang · Sound System · AC") {
		t.Fatalf("the resources list lacks the new room: %q", allTexts(a.Win))
	}
}

// newCar makes a minibus of the inventaris bookable, and a driver.
func newCar(t *testing.T, a *testShell, f fixture) (car, driver booking.Resource) {
	t.Helper()
	ctx := context.Background()
	x := aset.Aset{KodeBarang: "1.3.2.02.01.02.003", Nama: "Minibus", Merk: "Toyota Innova", Tahun: 2022,
		CaraPerolehan: aset.PerolehanPengadaan, Harga: 350000000, Kondisi: aset.KondisiB, Status: aset.StatusDigunakan,
		RuangID: f.aula.PlaceID}
	if err := a.DB.CreateAset(ctx, &x); err != nil {
		t.Fatal(err)
	}
	car = booking.Resource{Jenis: booking.JenisKendaraan, AsetID: x.ID, Nama: "Toyota Innova", Kapasitas: 12, Aktif: true}
	if err := a.DB.SaveResource(ctx, &car); err != nil {
		t.Fatal(err)
	}
	driver = booking.Resource{Jenis: booking.JenisSopir, Nama: "Pak Darto", Aktif: true}
	if err := a.DB.SaveResource(ctx, &driver); err != nil {
		t.Fatal(err)
	}
	return car, driver
}

// A trip books a car and its driver, no room.
func TestFormBooksCarAndDriverWithoutRoom(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	car, driver := newCar(t, a, f)
	a.Win.SetContent(NewPage(a))
	test.Tap(kittest.FindButton(t, a.Win, "Pesan"))
	field(t, a.Win, "Ruang").(*widget.Select).SetSelected("–")
	field(t, a.Win, "Kendaraan").(*widget.Select).SetSelected("Toyota Innova")
	field(t, a.Win, "Sopir").(*widget.Select).SetSelected("Pak Darto")
	set(t, a.Win, "Sampai jam", "15.00")
	set(t, a.Win, "Unit kerja", "Bagian Umum")
	set(t, a.Win, "Nama pemohon", "Sri")
	set(t, a.Win, "Keperluan", "Kunjungan kerja ke Sigi")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	list, err := a.DB.BookingList(context.Background(), storage.BookingFilter{ResourceID: driver.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || len(list[0].ResourceIDs) != 2 || list[0].Sampai.Hour() != 15 {
		t.Fatalf("booked: %+v", list)
	}
	for _, id := range list[0].ResourceIDs {
		if id != car.ID && id != driver.ID {
			t.Fatalf("booked resource %d, want the car and the driver", id)
		}
	}
}

// A car's booking, once the car is back, gets its trip: odometer out and
// in, fuel; the booking is then done.
func TestVehicleTripRecorded(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	ctx := context.Background()
	car, _ := newCar(t, a, f)
	trip := book(t, a.DB, car, dayOf(today), 8, 16, "Bagian Umum")
	openBooking(a, trip.ID)
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Catat perjalanan"))
	set(t, a.Win, "Tujuan", "Kabupaten Sigi")
	set(t, a.Win, "Odometer berangkat (km)", "12.500")
	set(t, a.Win, "Odometer kembali (km)", "12.730")
	set(t, a.Win, "BBM (liter)", "25,5")
	set(t, a.Win, "BBM (Rp)", "Rp 300.000")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	got, err := a.DB.Booking(ctx, trip.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != booking.StatusSelesai || got.Perjalanan.Jarak() != 230 || got.Perjalanan.BBMLiter != 25.5 ||
		got.Perjalanan.BBMRupiah != 300000 {
		t.Fatalf("after the trip: %s %+v", got.Status, got.Perjalanan)
	}
}

// Picking a resource shows its own day; the week view shows Monday to
// Sunday with the bookings of that week.
func TestCalendarDayAndWeekOfOneResource(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	monday := dayOf(today).AddDate(0, 0, -3)
	book(t, a.DB, f.sidang, monday, 10, 11, "Bagian Hukum")
	book(t, a.DB, f.aula, monday, 10, 11, "Bagian Umum")
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.cal.res.SetSelected("Ruang Sidang")
	if p.cal.view.SelectedIndex() != viewDay || !shows(a.Win, "Ruang Sidang · Kamis, 3 Desember 2026") {
		t.Fatalf("picking a room: %q", allTexts(a.Win))
	}
	p.cal.view.SetSelectedIndex(viewWeek)
	for _, want := range []string{"Senin, 30/11", "Minggu, 6/12", "10.00–11.00 Bagian Hukum"} {
		if !shows(a.Win, want) {
			t.Fatalf("the week lacks %q: %q", want, allTexts(a.Win))
		}
	}
	if shows(a.Win, "Bagian Umum") {
		t.Fatal("the week of Ruang Sidang shows the Aula's booking")
	}
	test.Tap(kittest.FindButton(t, a.Win, "Hari ini"))
	p.cal.move(1)
	if !shows(a.Win, "7 Desember 2026 – 13 Desember 2026") {
		t.Fatalf("next week: %q", allTexts(a.Win))
	}
}

// Beranda names today's bookings and counts the requests waiting.
func TestHomeCardTodayAndWaiting(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	book(t, a.DB, f.aula, dayOf(today), 9, 11, "Bagian Umum")
	book(t, a.DB, f.rapat, dayOf(today).AddDate(0, 0, 2), 9, 11, "Bagian Hukum")
	opened := 0
	a.Win.SetContent(HomeCard(a, func() { opened++ }))
	for _, want := range []string{"1 pemesanan hari ini", "09.00–11.00 Bagian Umum", "1 permintaan menunggu persetujuan"} {
		if !shows(a.Win, want) {
			t.Fatalf("Beranda lacks %q: %q", want, allTexts(a.Win))
		}
	}
	test.Tap(kittest.FindButton(t, a.Win, "Buka Peminjaman"))
	if opened != 1 {
		t.Fatal("the button does not open the page")
	}
}

// The named approvers are set under the admin PIN, one a line.
func TestApproversSetWithPIN(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.tabs.SelectIndex(5)
	test.Tap(kittest.FindButton(t, a.Win, "Penyetuju"))
	set(t, a.Win, "Penyetuju (Nama; NIP; Jabatan per baris)", "Drs. Hadi Susanto; ; Kepala Biro Umum\nIr. Budi Raharjo;;Sekretaris Daerah\n")
	test.Tap(kittest.FindInOverlay(t, top(t, a.Win), "Simpan"))
	got, err := a.DB.Approvers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if a.pins != 1 || len(got) != 2 || got[1].Nama != "Ir. Budi Raharjo" || got[1].Jabatan != "Sekretaris Daerah" {
		t.Fatalf("approvers after %d PIN asks: %+v", a.pins, got)
	}
}

// Every tab fits a 1,100 px wide window, even with a long room name.
func TestPageFitsNarrowWindow(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	long := f.sidang
	long.Nama = "Ruang Sidang Utama Gedung Kantor Gubernur Lantai Empat Sayap Timur"
	if err := a.DB.SaveResource(context.Background(), &long); err != nil {
		t.Fatal(err)
	}
	p := buildPage(a)
	a.Win.SetContent(p.tabs)
	p.cal.res.SetSelected(long.Nama)
	for i, tab := range p.tabs.Items {
		p.tabs.SelectIndex(i)
		if w := p.tabs.MinSize().Width; w > 1100 {
			t.Errorf("tab %s needs %.0f px", tab.Text, w)
		}
	}
}
