package storage

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/value"
)

// exportBookings exports f and reads the workbook back: its rows as shown
// and the raw value of each cell.
func exportBookings(t *testing.T, s *Store, f BookingFilter) (n int, shown, raw [][]string) {
	t.Helper()
	var buf bytes.Buffer
	n, err := s.ExportBookingList(ctx, &buf, f)
	must(t, err)
	x, err := excelize.OpenReader(&buf)
	must(t, err)
	defer x.Close()
	sheet := x.GetSheetList()[0]
	shown, err = x.GetRows(sheet)
	must(t, err)
	raw, err = x.GetRows(sheet, excelize.Options{RawCellValue: true})
	must(t, err)
	return n, shown, raw
}

// headerAt is the index of the row that starts with Kode.
func headerAt(t *testing.T, rows [][]string) int {
	t.Helper()
	for i, r := range rows {
		if len(r) > 0 && r[0] == "Kode" {
			return i
		}
	}
	t.Fatalf("no header row in %q", rows)
	return -1
}

func TestExportBookingListReadsBackWithRealDates(t *testing.T) {
	s, _, _ := openRapat(t)
	must(t, s.SetAdminPIN(ctx, "", "1234"))
	must(t, s.SetInstitution(ctx, model.Institution{Lines: []string{"PEMERINTAH PROVINSI BANTEN", "BIRO UMUM"}}, "1234"))
	room := newRoomResource(t, s, "Ruang Rapat Lt.2")
	car := newCarResource(t, s, "A 1234 BC")
	first := mustBook(t, s, local(2026, 12, 3, 9, 0), local(2026, 12, 3, 12, 30), []int64{room.ID}, func(b *booking.Booking) {
		b.Pemohon.NIP, b.Keperluan, b.Jumlah = "199001012015031005", "Harmonisasi Raperda", 25
	})
	mustBook(t, s, local(2026, 12, 4, 7, 0), local(2026, 12, 4, 17, 0), []int64{car.ID}, func(b *booking.Booking) {
		b.Unit, b.Keperluan, b.Jumlah = "Biro Hukum", "Kunjungan ke DPRD", 4
	})
	mustBook(t, s, local(2026, 12, 10, 13, 0), local(2026, 12, 10, 15, 0), []int64{room.ID})

	n, shown, raw := exportBookings(t, s, BookingFilter{})
	h := headerAt(t, shown)
	want := []string{"Kode", "Mulai", "Selesai", "Ruang/Kendaraan", "Unit", "Pemohon", "NIP", "Telepon", "Keperluan",
		"Jumlah", "Status", "Disetujui oleh"}
	for i, w := range want {
		if i >= len(shown[h]) || shown[h][i] != w {
			t.Fatalf("header %q, want %q", shown[h], want)
		}
	}
	if n != 3 || len(shown) != h+1+3 {
		t.Fatalf("exported %d bookings, %d rows after the header; want 3", n, len(shown)-h-1)
	}
	if shown[0][0] != "PEMERINTAH PROVINSI BANTEN" || shown[2][0] != "DAFTAR PEMINJAMAN RUANG DAN KENDARAAN" {
		t.Errorf("titles %q", shown[:h])
	}
	row := shown[h+1]
	for i, w := range []string{first.Code, "03/12/2026 09:00", "03/12/2026 12:30", "Ruang Rapat Lt.2", "Bagian Umum",
		"Budi Santoso", "199001012015031005", "0812 3456 789", "Harmonisasi Raperda", "25", "Disetujui"} {
		if row[i] != w {
			t.Errorf("%s: %q, want %q", want[i], row[i], w)
		}
	}
	// Mulai is a date cell a clerk can sort on: a serial number with its time
	serial, err := strconv.ParseFloat(raw[h+1][1], 64)
	must(t, err)
	day, err := value.FromSerial(serial, value.Excel1900)
	must(t, err)
	if frac := serial - float64(int(serial)); day.Format("2006-01-02") != "2026-12-03" || frac < 0.374 || frac > 0.376 {
		t.Errorf("Mulai stored as %q (%s, day fraction %.4f), want 3 Dec 2026 09:00", raw[h+1][1], day, frac)
	}
	if car := shown[h+2]; car[3] == "" || car[4] != "Biro Hukum" {
		t.Errorf("the car's row: %q", car)
	}

	// one room, one week: the list says what it holds
	n, shown, _ = exportBookings(t, s, BookingFilter{ResourceID: room.ID, From: local(2026, 12, 1, 0, 0), To: local(2026, 12, 8, 0, 0)})
	h = headerAt(t, shown)
	if n != 1 || shown[h+1][0] != first.Code {
		t.Fatalf("one room's week: %d bookings %q", n, shown[h:])
	}
	if line := shown[h-2][0]; line != "Ruang/Kendaraan: Ruang Rapat Lt.2 · Periode: 1 Desember 2026 s.d. 7 Desember 2026" {
		t.Errorf("filter line %q", line)
	}
}

func TestExportBookingListIsNotCutAtTheListLimit(t *testing.T) {
	s, _, _ := openRapat(t)
	room := newRoomResource(t, s, "Aula")
	start := local(2026, 12, 1, 0, 0)
	for i := range 501 {
		from := start.Add(time.Duration(i) * time.Hour)
		mustBook(t, s, from, from.Add(time.Hour), []int64{room.ID})
	}
	if n, _, _ := exportBookings(t, s, BookingFilter{}); n != 501 {
		t.Errorf("exported %d of 501 bookings", n)
	}
}
