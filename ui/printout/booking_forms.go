package printout

import (
	"strconv"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/label"
	"rapi/ui/paper"
)

// The vehicle's trip log of a month (Buku Perjalanan Dinas Kendaraan),
// kept by the Pengurus Barang from the odometer and fuel recorded when
// the car came back, and the booking form a unit signs and the approver
// countersigns.

var tripCols = []col{{Header: "No", Width: 8, Align: paper.Center}, {Header: "Tanggal", Width: 19, Align: paper.Center},
	{Header: "Tujuan", Weight: 2}, {Header: "Keperluan", Weight: 3}, {Header: "Pemakai/Unit", Weight: 2},
	{Header: "Sopir", Weight: 1.5}, {Header: "Km Berangkat", Width: 18, Align: paper.Right},
	{Header: "Km Kembali", Width: 18, Align: paper.Right}, {Header: "Jarak (km)", Width: 16, Align: paper.Right},
	{Header: "BBM (liter)", Width: 16, Align: paper.Right}, {Header: "BBM (Rp)", Width: 24, Align: paper.Right}}

func bukuPerjalanan(d BookingDoc, p label.Paper) (*flow, error) {
	r, err := d.firstResource(booking.JenisKendaraan)
	if err != nil {
		return nil, err
	}
	y, m, _ := d.Tanggal.Date()
	from := time.Date(y, m, 1, 0, 0, 0, 0, d.Tanggal.Location())
	f := newFlow(p, true)
	f.kop(d.Institution.Lines, d.Institution.Address)
	f.text("BUKU PERJALANAN DINAS KENDARAAN", txt{size: 13, bold: true, align: paper.Center})
	f.gap(3)
	f.fields([]field{{"Kendaraan", r.Nama}, {"Kode Barang", dash(r.Code)}, {"Bulan", model.MonthNames[m-1] + " " + strconv.Itoa(y)}},
		0, 28, txt{size: 10})
	f.gap(3)
	var rows [][]string
	var km, rp int64
	var liter float64
	for _, b := range d.onResource(r.ID, from, from.AddDate(0, 1, 0)) {
		if b.Status != booking.StatusDisetujui && b.Status != booking.StatusSelesai {
			continue // a trip not approved, or displaced, was not made
		}
		t := b.Perjalanan
		if t == nil {
			t = &booking.Perjalanan{}
		}
		km, liter, rp = km+t.Jarak(), liter+t.BBMLiter, rp+t.BBMRupiah
		rows = append(rows, []string{strconv.Itoa(len(rows) + 1), model.FormatDateShort(b.Dari), dash(t.Tujuan), b.Keperluan,
			printJoin("\n", b.Pemohon.Nama, b.Unit), dash(d.sopirOf(b)), kmText(t.OdoBerangkat), kmText(t.OdoKembali),
			kmText(t.Jarak()), literText(t.BBMLiter), rupiahText(t.BBMRupiah)})
	}
	total := len(rows)
	rows = append(rows, []string{"", "", "", "", "", "", "", "Jumlah", model.FormatInt(km), model.FormatDecimal(liter, 2),
		model.FormatRupiah(rp)})
	f.table(table{Cols: tripCols, Rows: rows, Size: 8, Draw: boldRow(total, tripCols, rows, 8)})
	f.gap(8)
	f.signatures([]paper.Signature{knownBy(d.Signers, ""), pengurusBlock(d.Signers, model.FormatDate(d.Now))})
	return f, nil
}

// boldRow draws row n of a table (its totals) in bold.
func boldRow(n int, cols []col, rows [][]string, size float64) func(c paper.Canvas, b paper.Box, row, ci int) bool {
	return func(c paper.Canvas, b paper.Box, row, ci int) bool {
		if row != n {
			return false
		}
		c.Text(b.Inset(tablePad), rows[row][ci], paper.TextStyle{Size: size, MinSize: 6, Bold: true, Align: cols[ci].Align, MaxLines: 1})
		return true
	}
}

// sopirOf is the driver booked with the car, as the doc knows him.
func (d *BookingDoc) sopirOf(b booking.Booking) string {
	for _, id := range b.ResourceIDs {
		if r, ok := d.resourceOf(id); ok && r.Jenis == booking.JenisSopir {
			return r.Nama
		}
	}
	return ""
}

func kmText(n int64) string {
	if n <= 0 {
		return "-"
	}
	return model.FormatInt(n)
}

func literText(f float64) string {
	if f <= 0 {
		return "-"
	}
	return model.FormatDecimal(f, 2)
}

func rupiahText(n int64) string {
	if n <= 0 {
		return "-"
	}
	return model.FormatRupiah(n)
}

func permohonan(d BookingDoc, p label.Paper) (*flow, error) {
	if len(d.Bookings) == 0 {
		return nil, model.Invalid("permohonan", "", "error.booking_paper_booking")
	}
	b := d.Bookings[0]
	f := newFlow(p, false)
	f.kop(d.Institution.Lines, d.Institution.Address)
	f.text("SURAT PERMOHONAN PEMINJAMAN "+d.jenisTitle(b), txt{size: 13, bold: true, align: paper.Center})
	f.text("Nomor: "+b.Code, txt{size: 10, align: paper.Center})
	f.gap(6)
	f.text("Yang bertanda tangan di bawah ini mengajukan permohonan peminjaman dengan keterangan sebagai berikut:", txt{})
	f.gap(2)
	f.fields(d.permohonanFields(b), 0, 42, txt{})
	f.gap(4)
	f.text("Status: "+statusLine(b), txt{bold: true})
	f.gap(4)
	f.text("Demikian permohonan ini kami sampaikan. Atas perhatian dan persetujuannya diucapkan terima kasih.", txt{})
	f.gap(8)
	approver := d.Approver
	if approver.Nama == "" && (b.Status == booking.StatusDisetujui || b.Status == booking.StatusSelesai) {
		approver.Nama = b.DisetujuiOleh
	}
	f.signatures([]paper.Signature{signer(approver, false, "", "Menyetujui,", kepalaTitle(approver, "")),
		signer(model.Signer{Nama: b.Pemohon.Nama, NIP: b.Pemohon.NIP}, false,
			kotaOf(RapatDoc{Institution: d.Institution})+", "+model.FormatDate(d.Tanggal), "", "Pemohon,")})
	return f, nil
}

// jenisTitle is what a request borrows: "RUANG", "KENDARAAN" or both.
func (d *BookingDoc) jenisTitle(b booking.Booking) string {
	var ruang, mobil bool
	for _, id := range b.ResourceIDs {
		r, _ := d.resourceOf(id)
		ruang = ruang || r.Jenis == booking.JenisRuang
		mobil = mobil || r.Jenis == booking.JenisKendaraan || r.Jenis == booking.JenisSopir
	}
	switch {
	case ruang && mobil:
		return "RUANG DAN KENDARAAN"
	case mobil:
		return "KENDARAAN DINAS"
	}
	return "RUANG"
}

// permohonanFields are the request's details, a line for each resource
// kind it takes.
func (d *BookingDoc) permohonanFields(b booking.Booking) []field {
	list := []field{{"Nama Pemohon", b.Pemohon.Nama}, {"NIP", dash(b.Pemohon.NIP)}, {"Unit Kerja", b.Unit},
		{"Telepon", dash(b.Pemohon.Telepon)}, {"Keperluan", b.Keperluan}, {"Waktu", b.Jam()}}
	if b.Jumlah > 0 {
		list = append(list, field{"Jumlah Peserta", strconv.Itoa(b.Jumlah) + " orang"})
	}
	labels := map[booking.Jenis]string{booking.JenisRuang: "Ruang", booking.JenisKendaraan: "Kendaraan", booking.JenisSopir: "Sopir"}
	for _, j := range []booking.Jenis{booking.JenisRuang, booking.JenisKendaraan, booking.JenisSopir} {
		var names []string
		for _, id := range b.ResourceIDs {
			if r, ok := d.resourceOf(id); ok && r.Jenis == j {
				names = append(names, resourceLine(r))
			}
		}
		if len(names) > 0 {
			list = append(list, field{labels[j], strings.Join(names, "\n")})
		}
	}
	if b.Perjalanan != nil && b.Perjalanan.Tujuan != "" {
		list = append(list, field{"Tujuan", b.Perjalanan.Tujuan})
	}
	if b.Prioritas {
		list = append(list, field{"Acara Prioritas", "Ya (acara Gubernur/Sekretaris Daerah)"})
	}
	return append(list, field{"Catatan", dash(b.Catatan)})
}

// resourceLine names a resource with its code and what matters to the
// approver: "Ruang Rapat Lt.2 (R-000003), kapasitas 30 orang".
func resourceLine(r booking.Resource) string {
	s := r.Nama
	if r.Code != "" {
		s += " (" + r.Code + ")"
	}
	if r.Kapasitas > 0 {
		unit := " orang"
		if r.Jenis == booking.JenisKendaraan {
			unit = " kursi"
		}
		s += ", kapasitas " + strconv.Itoa(r.Kapasitas) + unit
	}
	if r.Jenis == booking.JenisSopir {
		s += nipText(r.NIP)
		if r.Telepon != "" {
			s += ", " + r.Telepon
		}
	}
	return s
}

// statusLine is where the request stands and who decided it.
func statusLine(b booking.Booking) string {
	s := statusWord(b.Status)
	switch b.Status {
	case booking.StatusDiajukan:
		return s + ", menunggu persetujuan"
	case booking.StatusDisetujui, booking.StatusDitolak, booking.StatusSelesai:
		if b.DisetujuiOleh != "" {
			s += " oleh " + b.DisetujuiOleh
		}
		if !b.DisetujuiPada.IsZero() {
			s += " pada " + model.FormatDateTime(b.DisetujuiPada)
		}
	case booking.StatusDigeser:
		s += " oleh " + dash(b.DigeserOleh)
		if b.AlasanGeser != "" {
			s += ": " + b.AlasanGeser
		}
	}
	if b.Alasan != "" && (b.Status == booking.StatusDitolak || b.Status == booking.StatusDibatalkan) {
		s += ": " + b.Alasan
	}
	return s
}
