package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rapi/model"
	"rapi/model/aset"
	"rapi/model/booking"
	"rapi/storage"
)

// officeDB is a new database with the admin PIN 1234 and the office's
// letterhead, open for a test to fill; must fails the test on an error.
func officeDB(t *testing.T) (string, *storage.Store, func(error)) {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "rapi.db")
	s, err := storage.Open(ctx, db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err) // the caller's deferred Close still runs
		}
	}
	must(s.SetAdminPIN(ctx, "", "1234"))
	must(s.SetInstitution(ctx, model.Institution{Lines: []string{"PEMERINTAH PROVINSI BANTEN", "BIRO UMUM"},
		Address: "Jl. Syekh Nawawi Al Bantani, Serang 42171"}, "1234"))
	return db, s, must
}

// bookingFixture is what bookingDB made.
type bookingFixture struct {
	db                 string
	room, aula, car    booking.Resource
	rapat, trip, minta booking.Booking
}

// bookingDB is a database with two rooms (the Aula needs approval), a car
// and its driver, a named approver, and in the week of 30 November 2026:
// a meeting in the room, a request for the Aula approved by the approver,
// and the car's trip, back with its odometer and fuel.
func bookingDB(t *testing.T) bookingFixture {
	t.Helper()
	ctx := context.Background()
	db, s, must := officeDB(t)
	defer s.Close()
	fx := bookingFixture{db: db}
	var err error
	must(s.SetAsetSigners(ctx, model.AsetSigners{Pengurus: model.Signer{Nama: "Budi Santoso", NIP: "198501012010011002"}}, "1234"))
	must(s.SetApprovers(ctx, []model.Signer{{Nama: "Hj. Ratna Dewi", NIP: "197002021995032001", Jabatan: "Kepala Bagian Rumah Tangga"}}, "1234"))
	gedung := model.Place{Kind: model.PlaceGedung, Name: "Gedung Sate"}
	must(s.CreatePlace(ctx, &gedung))
	resource := func(r booking.Resource, place string) booking.Resource {
		t.Helper()
		if place != "" {
			p := model.Place{Kind: model.PlaceRuang, Name: place, ParentID: gedung.ID}
			must(s.CreatePlace(ctx, &p))
			r.PlaceID = p.ID
		}
		r.Aktif = true
		must(s.SaveResource(ctx, &r))
		return r
	}
	fx.room = resource(booking.Resource{Jenis: booking.JenisRuang, Code: "R-LT2", Nama: "Ruang Rapat Lt.2", Kapasitas: 30}, "Ruang Rapat Lt.2")
	fx.aula = resource(booking.Resource{Jenis: booking.JenisRuang, Code: "R-AULA", Nama: "Aula Serbaguna", Kapasitas: 200,
		PerluPersetujuan: true}, "Aula Serbaguna")
	garasi := model.Place{Kind: model.PlaceRuang, Name: "Garasi", ParentID: gedung.ID}
	must(s.CreatePlace(ctx, &garasi))
	mobil := aset.Aset{KodeBarang: "1.3.2.02.01.01.003", Nama: "Minibus", Merk: "Toyota Innova", Tahun: 2022, Harga: 425000000,
		RuangID: garasi.ID, Detail: aset.Detail{B: &aset.Mesin{NomorPolisi: "A 1234 BC"}}}
	must(s.CreateAset(ctx, &mobil))
	fx.car = resource(booking.Resource{Jenis: booking.JenisKendaraan, AsetID: mobil.ID, Nama: "Toyota Innova A 1234 BC", Kapasitas: 7}, "")
	sopir := resource(booking.Resource{Jenis: booking.JenisSopir, Code: "S-DARTO", Nama: "Darto Wibowo"}, "")
	at := func(d, h, m int) time.Time { return time.Date(2026, 12, d, h, m, 0, 0, time.Local) }
	book := func(ids []int64, from, to time.Time, unit, keperluan string) booking.Booking {
		t.Helper()
		b := booking.Booking{ResourceIDs: ids, Dari: from, Sampai: to, Unit: unit, Keperluan: keperluan, Jumlah: 5,
			Pemohon: booking.Pemohon{Nama: "Andi Pratama", NIP: "199001012015031005", Telepon: "0812 1111 2222"}}
		_, err := s.CreateBooking(ctx, &b)
		must(err)
		return b
	}
	fx.rapat = book([]int64{fx.room.ID}, at(3, 9, 0), at(3, 12, 0), "Biro Hukum", "Harmonisasi Raperda")
	fx.minta = book([]int64{fx.aula.ID}, at(1, 8, 0), at(1, 16, 0), "Biro Kesra", "Pelatihan kader posyandu")
	fx.minta, err = s.DecideBooking(ctx, fx.minta.ID, fx.minta.Version, true, "", "Hj. Ratna Dewi", "")
	must(err)
	fx.trip = book([]int64{fx.car.ID, sopir.ID}, at(4, 7, 0), at(4, 17, 0), "Biro Organisasi", "Monitoring ke Kabupaten Lebak")
	fx.trip, err = s.RecordTrip(ctx, fx.trip.ID, fx.trip.Version, booking.Perjalanan{Tujuan: "Kabupaten Lebak",
		OdoBerangkat: 12150, OdoKembali: 13480, BBMLiter: 40.25, BBMRupiah: 380000})
	must(err)
	return fx
}

// printedText runs rapictl print and reads the PDF back.
func printedText(t *testing.T, db string, args ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "x.pdf")
	code, stdout, errs := ctl(t, append([]string{"--db", db, "print"}, append(args, "--out", out)...)...)
	if code != 0 || !strings.Contains(stdout, out) {
		t.Fatalf("print %q: %d %q %q", args, code, stdout, errs)
	}
	text, err := exec.Command("pdftotext", "-layout", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(text)
}

func TestPrintBookingPapers(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	fx := bookingDB(t)
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"jadwal", "--week", "03/12/2026"}, []string{"JADWAL PENGGUNAAN RUANGAN", "Ruang Rapat Lt.2", "Aula Serbaguna",
			"09.00–12.00", "Biro Hukum", "08.00–16.00", "Biro Kesra", "Senin, 30 November 2026"}},
		{[]string{"jadwal", "--resource", "r-lt2", "--day", "2026-12-03"}, []string{"Ruang Rapat Lt.2", "Kamis, 3 Desember 2026",
			"09.00–12.00", "Biro Hukum", "Harmonisasi Raperda", "Disetujui", "R-LT2"}},
		{[]string{"jadwal", "--resource", "R-LT2", "--day", "4 Desember 2026"}, []string{"Jumat, 4 Desember 2026", "Kosong"}},
		{[]string{"perjalanan", "--resource", fx.car.Code, "--month", "2026-12"}, []string{"BUKU PERJALANAN DINAS KENDARAAN",
			"Toyota Innova A 1234 BC", "Desember 2026", "Kabupaten Lebak", "Darto Wibowo", "12.150", "13.480", "1.330", "40,25",
			"Rp380.000", "Budi Santoso"}},
		{[]string{"permohonan", "--booking", strings.ToLower(fx.minta.Code)}, []string{"SURAT PERMOHONAN PEMINJAMAN RUANG",
			"Nomor: " + fx.minta.Code, "Biro Kesra", "Pelatihan kader posyandu", "Aula Serbaguna (R-AULA)",
			"Status: Disetujui oleh Hj. Ratna Dewi", "Kepala Bagian Rumah Tangga", "197002021995032001", "Andi Pratama"}},
	} {
		text := printedText(t, fx.db, c.args...)
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("print %q lacks %q:\n%s", c.args, w, text)
			}
		}
		if slices.Contains(c.args, "--day") && strings.Contains(text, "Aula") {
			t.Errorf("one room's door shows another room:\n%s", text)
		}
	}
}

func TestPrintBookingSaysWhatItWroteInTheClerksLanguage(t *testing.T) {
	fx := bookingDB(t)
	out := filepath.Join(t.TempDir(), "x.pdf")
	for lang, want := range map[string]string{"id": "Tersimpan " + out + ": Jadwal mingguan semua ruang",
		"en": "Wrote " + out + ": Weekly schedule all rooms"} {
		t.Setenv("RAPI_LANG", lang)
		if code, stdout, errs := ctl(t, "--db", fx.db, "print", "jadwal", "--out", out); code != 0 || strings.TrimSpace(stdout) != want {
			t.Errorf("%s: %d %q %q, want %q", lang, code, stdout, errs, want)
		}
	}
}

func TestPrintBookingPaperUsage(t *testing.T) {
	fx := bookingDB(t)
	out := filepath.Join(t.TempDir(), "x.pdf")
	for _, args := range [][]string{
		{"jadwal", "--day", "2026-12-03"}, // a door schedule is one room's
		{"perjalanan", "--month", "2026-12"},
		{"perjalanan", "--resource", fx.car.Code, "--month", "Desember"},
		{"permohonan"},
		{"jadwal", "--week", "kemarin"},
	} {
		if code, _, errs := ctl(t, append([]string{"--db", fx.db, "print"}, append(args, "--out", out)...)...); code != 2 {
			t.Errorf("print %q: exit %d %q, want 2", args, code, errs)
		}
	}
	for _, args := range [][]string{{"jadwal", "--resource", "R-NONE"}, {"permohonan", "--booking", "P-999999"},
		{"perjalanan", "--resource", "R-LT2"}} {
		if code, _, errs := ctl(t, append([]string{"--db", fx.db, "print"}, append(args, "--out", out)...)...); code == 0 || errs == "" {
			t.Errorf("print %q: exit %d %q", args, code, errs)
		}
	}
}

func TestExportBookingList(t *testing.T) {
	fx := bookingDB(t)
	out := filepath.Join(t.TempDir(), "p.xlsx")
	code, stdout, errs := ctl(t, "--db", fx.db, "export", "booking", out, "--resource", "R-LT2", "--from", "01/12/2026", "--to", "07/12/2026")
	if code != 0 || !strings.Contains(stdout, "1 peminjaman") {
		t.Fatalf("export booking: %d %q %q", code, stdout, errs)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	last := rows[len(rows)-1]
	if last[0] != fx.rapat.Code || last[1] != "03/12/2026 09:00" || last[4] != "Biro Hukum" {
		t.Errorf("last row %q, want the room's meeting", last)
	}
	if code, _, _ := ctl(t, "--db", fx.db, "export", "booking", out, "--status", "lupa"); code != 2 {
		t.Errorf("--status lupa: exit %d, want 2", code)
	}
	if code, _, _ := ctl(t, "--db", fx.db, "export", "booking", out, "--from", "07/12/2026", "--to", "01/12/2026"); code != 2 {
		t.Errorf("--to before --from: exit %d, want 2", code)
	}
}
