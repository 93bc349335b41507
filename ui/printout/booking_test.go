package printout

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/label"
)

func dec(d, h, m int) time.Time { return time.Date(2026, 12, d, h, m, 0, 0, time.Local) }

// The resources of the booking papers: three rooms, a car and its driver.
var (
	ruang2 = booking.Resource{Meta: model.Meta{ID: 1}, Jenis: booking.JenisRuang, Code: "R-000003", Nama: "Ruang Rapat Lt.2",
		Kategori: "Ruang Rapat", Kapasitas: 30, Fasilitas: []string{"Proyektor", "AC"}, Aktif: true}
	aula = booking.Resource{Meta: model.Meta{ID: 2}, Jenis: booking.JenisRuang, Code: "R-000004", Nama: "Aula Serbaguna",
		Kategori: "Aula", Kapasitas: 200, Aktif: true}
	ruangVicon = booking.Resource{Meta: model.Meta{ID: 3}, Jenis: booking.JenisRuang, Code: "R-000005", Nama: "Ruang Vicon",
		Kapasitas: 12, Aktif: true}
	innova = booking.Resource{Meta: model.Meta{ID: 4}, Jenis: booking.JenisKendaraan, Code: "A-000123",
		Nama: "Toyota Innova A 1234 BC", Kapasitas: 7, Aktif: true}
	sopir = booking.Resource{Meta: model.Meta{ID: 5}, Jenis: booking.JenisSopir, Code: "S-01", Nama: "Darto Wibowo",
		NIP: "197501012005011001", Telepon: "081234567890", Aktif: true}
)

func pinjam(id int64, res int64, from, to time.Time, unit, keperluan string, st booking.Status) booking.Booking {
	return booking.Booking{Meta: model.Meta{ID: id}, Code: model.FormatCode(model.CodeBooking, id), ResourceIDs: []int64{res},
		Dari: from, Sampai: to, Unit: unit, Pemohon: booking.Pemohon{Nama: "Andi Pratama"}, Keperluan: keperluan, Status: st}
}

func bookingPages(t *testing.T, d BookingDoc, p label.Paper) []string {
	t.Helper()
	return pdfFilePages(t, pdfFile(t, string(d.Kind), func(w io.Writer) error { return WriteBookingDocPDF(w, d, p) }))
}

func TestDoorScheduleShowsTheDaysBookingsLarge(t *testing.T) {
	d := BookingDoc{Kind: BookingPintu, Institution: testInst, Resources: []booking.Resource{ruang2}, Tanggal: dec(3, 7, 0),
		Bookings: []booking.Booking{
			pinjam(7, 1, dec(3, 13, 0), dec(3, 15, 30), "Biro Organisasi", "Evaluasi SAKIP", booking.StatusDiajukan),
			pinjam(6, 1, dec(3, 9, 0), dec(3, 12, 0), "Biro Hukum", "Harmonisasi Raperda", booking.StatusDisetujui),
			pinjam(8, 1, dec(3, 16, 0), dec(3, 17, 0), "Biro Kesra", "Dibatalkan pemohon", booking.StatusDibatalkan),
			pinjam(9, 1, dec(4, 9, 0), dec(4, 10, 0), "Biro Protokol", "Besok", booking.StatusDisetujui),
			pinjam(10, 2, dec(3, 9, 0), dec(3, 10, 0), "Biro Pemerintahan", "Di aula", booking.StatusDisetujui)}}
	for _, p := range []label.Paper{label.PaperA4, label.PaperF4} {
		pages := bookingPages(t, d, p)
		if len(pages) != 1 {
			t.Fatalf("%s: the door schedule is %d pages", p, len(pages))
		}
		pg := pages[0]
		mustContain(t, string(p), pg, "BIRO UMUM", "Ruang Rapat Lt.2", "Ruang Rapat · 30 orang · Proyektor, AC",
			"Kamis, 3 Desember 2026", "09.00–12.00", "Biro Hukum", "Harmonisasi Raperda", "Disetujui",
			"13.00–15.30", "Biro Organisasi", "Evaluasi SAKIP", "Diajukan", "R-000003")
		for _, gone := range []string{"Biro Kesra", "Biro Protokol", "Biro Pemerintahan", "Kosong"} {
			if strings.Contains(pg, gone) {
				t.Errorf("%s: the door shows %q", p, gone)
			}
		}
		if strings.Index(pg, "Biro Hukum") > strings.Index(pg, "Biro Organisasi") {
			t.Errorf("%s: the afternoon is above the morning", p)
		}
	}
	d.Tanggal = dec(5, 7, 0)
	mustContain(t, "a free day", bookingPages(t, d, label.PaperA4)[0], "Sabtu, 5 Desember 2026", "Kosong")
}

// week is a week of the three rooms, Monday 30 November to Friday 4
// December 2026, each booking by its own unit.
func week() []booking.Booking {
	return []booking.Booking{
		pinjam(1, 1, dec(3, 9, 0), dec(3, 12, 0), "Biro Hukum", "a", booking.StatusDisetujui),
		pinjam(2, 1, dec(3, 13, 0), dec(3, 15, 0), "Biro Organisasi", "b", booking.StatusDiajukan),
		pinjam(3, 1, time.Date(2026, 11, 30, 8, 0, 0, 0, time.Local), time.Date(2026, 11, 30, 10, 0, 0, 0, time.Local),
			"Biro Kesra", "c", booking.StatusDisetujui),
		pinjam(4, 2, dec(1, 8, 0), dec(1, 16, 0), "Biro Pemerintahan", "d", booking.StatusDigeser),
		pinjam(5, 2, dec(1, 8, 0), dec(1, 16, 0), "Sekretariat Daerah", "e", booking.StatusDisetujui),
		pinjam(6, 3, dec(2, 10, 0), dec(2, 11, 0), "Biro Perekonomian", "f", booking.StatusDisetujui),
		pinjam(7, 3, dec(4, 14, 0), dec(4, 16, 0), "Biro Protokol", "g", booking.StatusSelesai),
		pinjam(8, 3, dec(4, 8, 0), dec(4, 9, 0), "Biro Pengadaan", "h", booking.StatusDibatalkan),
		pinjam(9, 3, dec(7, 8, 0), dec(7, 9, 0), "Biro Minggu Depan", "i", booking.StatusDisetujui),
	}
}

func TestWeeklyScheduleHasEveryRoomAndEveryBookingOnce(t *testing.T) {
	d := BookingDoc{Kind: BookingMingguan, Institution: testInst, Resources: []booking.Resource{ruang2, aula, ruangVicon},
		Tanggal: dec(3, 0, 0), Bookings: week()}
	for _, p := range []label.Paper{label.PaperA4, label.PaperF4} {
		all := strings.Join(bookingPages(t, d, p), "\n")
		mustContain(t, string(p), all, "JADWAL PENGGUNAAN RUANGAN",
			"Minggu: Senin, 30 November 2026 s.d. Jumat, 4 Desember 2026", "Senin", "30/11/2026", "Jumat", "04/12/2026",
			"09.00–12.00", "13.00–15.00", "08.00–16.00", "Biro Organisasi (diajukan)", "(digeser)")
		for _, r := range d.Resources {
			if n := strings.Count(all, r.Nama); n != 1 {
				t.Errorf("%s: room %s printed %d times", p, r.Nama, n)
			}
		}
		for _, b := range week() {
			want := 1
			if b.Status == booking.StatusDibatalkan || b.Unit == "Biro Minggu Depan" {
				want = 0
			}
			if n := strings.Count(all, b.Unit); n != want {
				t.Errorf("%s: %s (%s) printed %d times, want %d", p, b.Unit, b.Status, n, want)
			}
		}
		if strings.Contains(all, "Sabtu") {
			t.Errorf("%s: a weekend column with nothing booked on it", p)
		}
	}
	d.Bookings = append(d.Bookings, pinjam(10, 2, dec(5, 7, 0), dec(5, 11, 0), "Panitia HUT", "j", booking.StatusDisetujui))
	mustContain(t, "a booked Saturday", strings.Join(bookingPages(t, d, label.PaperA4), "\n"), "Sabtu", "05/12/2026",
		"Minggu", "06/12/2026", "07.00–11.00", "Panitia HUT")
}

func TestTripLogTotalsInIndonesianNumbers(t *testing.T) {
	trip := func(id int64, day int, unit, tujuan string, out, in int64, liter float64, rp int64, st booking.Status) booking.Booking {
		b := pinjam(id, 4, dec(day, 7, 0), dec(day, 17, 0), unit, "Perjalanan dinas ke "+tujuan, st)
		b.ResourceIDs = []int64{4, 5}
		b.Perjalanan = &booking.Perjalanan{Tujuan: tujuan, OdoBerangkat: out, OdoKembali: in, BBMLiter: liter, BBMRupiah: rp}
		return b
	}
	d := BookingDoc{Kind: BookingPerjalanan, Institution: testInst, Resources: []booking.Resource{innova, sopir},
		Tanggal: dec(15, 0, 0), Now: dec(31, 16, 0),
		Signers: model.AsetSigners{Pengurus: model.Signer{Nama: "Budi Santoso", NIP: "198501012010011002"},
			Kepala: model.Signer{Nama: "Drs. Ahmad Fauzi", NIP: "196805121990031004", Jabatan: "Kepala Bagian Umum"}},
		Bookings: []booking.Booking{
			trip(2, 8, "Biro Hukum", "Kabupaten Pandeglang", 12150, 13480, 40.25, 380000, booking.StatusSelesai),
			trip(1, 2, "Biro Organisasi", "Kota Cilegon", 12000, 12150, 20.5, 250000, booking.StatusSelesai),
			trip(3, 21, "Biro Kesra", "Kabupaten Lebak", 13480, 0, 0, 0, booking.StatusDisetujui),
			trip(4, 22, "Biro Batal", "Jakarta", 0, 0, 0, 0, booking.StatusDibatalkan),
			trip(5, 23, "Biro Geser", "Bogor", 0, 0, 0, 0, booking.StatusDigeser),
			{Meta: model.Meta{ID: 6}, ResourceIDs: []int64{4}, Dari: time.Date(2026, 11, 30, 7, 0, 0, 0, time.Local),
				Sampai: time.Date(2026, 11, 30, 9, 0, 0, 0, time.Local), Unit: "Biro November", Status: booking.StatusSelesai}}}
	for _, p := range []label.Paper{label.PaperA4, label.PaperF4} {
		all := strings.Join(bookingPages(t, d, p), "\n")
		mustContain(t, string(p), all, "BUKU PERJALANAN DINAS KENDARAAN", "Toyota Innova A 1234 BC", "A-000123",
			"Desember 2026", "No", "Tanggal", "Tujuan", "Keperluan", "Pemakai/Unit", "Sopir", "Berangkat", "Kembali",
			"Jarak", "(liter)", "BBM (Rp)", "02/12/2026", "Kota Cilegon", "Darto Wibowo", "12.000", "12.150",
			"20,50", "Rp250.000", "13.480", "1.330", "40,25", "Rp380.000", "Kabupaten Lebak",
			"Mengetahui,", "Kepala Bagian Umum", "Drs. Ahmad Fauzi", "Pengurus Barang", "Budi Santoso", "31 Desember 2026")
		if !regexp.MustCompile(`Jumlah\s+1\.480\s+60,75\s+Rp630\.000`).MatchString(all) {
			t.Errorf("%s: no totals line Jumlah 1.480 km, 60,75 liter, Rp630.000:\n%s", p, all)
		}
		if strings.Index(all, "02/12/2026") > strings.Index(all, "08/12/2026") {
			t.Errorf("%s: trips not in date order", p)
		}
		for _, gone := range []string{"Biro Batal", "Biro Geser", "Biro November"} {
			if strings.Contains(all, gone) {
				t.Errorf("%s: the log has %s", p, gone)
			}
		}
	}
	d.Resources = []booking.Resource{ruang2}
	if err := WriteBookingDocPDF(&bytes.Buffer{}, d, label.PaperA4); !isInvalid(err) {
		t.Errorf("a room's trip log: %v", err)
	}
}

func TestBookingFormHasTheRequestAndBothSignatures(t *testing.T) {
	b := pinjam(123, 1, dec(3, 9, 0), dec(3, 12, 0), "Biro Hukum", "Rapat koordinasi Raperda", booking.StatusDisetujui)
	b.ResourceIDs = []int64{1, 4, 5}
	b.Pemohon = booking.Pemohon{Nama: "Andi Pratama, S.H.", NIP: "199001012015031005", Telepon: "0812 1111 2222"}
	b.Jumlah, b.Catatan = 25, "Susunan U, snack 25 kotak"
	b.DisetujuiOleh, b.DisetujuiPada = "Hj. Ratna Dewi", dec(2, 10, 15)
	b.Perjalanan = &booking.Perjalanan{Tujuan: "Kantor DPRD"}
	d := BookingDoc{Kind: BookingPermohonan, Institution: testInst, Resources: []booking.Resource{ruang2, innova, sopir},
		Bookings: []booking.Booking{b}, Tanggal: dec(1, 8, 0),
		Approver: model.Signer{Nama: "Hj. Ratna Dewi", NIP: "197002021995032001", Jabatan: "Kepala Bagian Rumah Tangga"}}
	for _, p := range []label.Paper{label.PaperA4, label.PaperF4} {
		pg := strings.Join(bookingPages(t, d, p), "\n")
		mustContain(t, string(p), pg, "BIRO UMUM", "SURAT PERMOHONAN PEMINJAMAN RUANG DAN KENDARAAN", "Nomor: P-000123",
			"Nama Pemohon", "Andi Pratama, S.H.", "199001012015031005", "Unit Kerja", "Biro Hukum", "0812 1111 2222",
			"Rapat koordinasi Raperda", "Kamis, 3 Desember 2026 09.00–12.00", "25 orang",
			"Ruang Rapat Lt.2 (R-000003), kapasitas 30 orang", "Toyota Innova A 1234 BC (A-000123), kapasitas 7 kursi",
			"Darto Wibowo (S-01), NIP 197501012005011001, 081234567890", "Kantor DPRD", "Susunan U, snack 25 kotak",
			"Status: Disetujui oleh Hj. Ratna Dewi pada 02/12/2026 10.15", "Menyetujui,", "Kepala Bagian Rumah Tangga",
			"197002021995032001", "Serang, 1 Desember 2026", "Pemohon,")
	}
	b.Status, b.DisetujuiOleh, b.DisetujuiPada, b.ResourceIDs = booking.StatusDiajukan, "", time.Time{}, []int64{1}
	d.Bookings, d.Approver = []booking.Booking{b}, model.Signer{}
	pg := bookingPages(t, d, label.PaperA4)[0]
	mustContain(t, "a request waiting", pg, "SURAT PERMOHONAN PEMINJAMAN RUANG", "Status: Diajukan, menunggu persetujuan",
		blankName)
	if strings.Contains(pg, "KENDARAAN") {
		t.Error("a room's request names a vehicle")
	}
	for _, c := range []struct {
		st        booking.Status
		oleh, why string
		want      string
	}{
		{booking.StatusDitolak, "Hj. Ratna Dewi", "Aula dipakai HUT Provinsi", "Status: Ditolak oleh Hj. Ratna Dewi: Aula dipakai HUT Provinsi"},
		{booking.StatusDibatalkan, "", "Acara diundur", "Status: Dibatalkan: Acara diundur"},
		{booking.StatusDigeser, "", "", "Status: Digeser oleh P-000200: Rapat Gubernur"},
	} {
		b.Status, b.DisetujuiOleh, b.Alasan, b.DigeserOleh, b.AlasanGeser = c.st, c.oleh, c.why, "P-000200", "Rapat Gubernur"
		d.Bookings = []booking.Booking{b}
		mustContain(t, string(c.st), bookingPages(t, d, label.PaperA4)[0], c.want)
	}
}

func TestBookingKindParse(t *testing.T) {
	for _, k := range BookingKinds {
		if got, err := ParseBookingKind(" " + strings.ToUpper(string(k))); err != nil || got != k {
			t.Errorf("ParseBookingKind(%q) = %q, %v", k, got, err)
		}
	}
	if err := WriteBookingDocPDF(&bytes.Buffer{}, BookingDoc{Kind: "surat"}, label.PaperA4); !isInvalid(err) {
		t.Errorf("an unknown paper: %v", err)
	}
}

func TestBookingPaperErrorsAreTranslated(t *testing.T) { errorsTranslated(t, "booking*.go", 3) }

func isInvalid(err error) bool {
	var ie *model.InvalidError
	return errors.As(err, &ie)
}
