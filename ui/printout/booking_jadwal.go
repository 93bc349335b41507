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

// The schedules: a room's day on its door, set large enough to read from
// two metres with the room's QR (a phone or the scanner opens its card),
// and the week of every room side by side.

const (
	doorQR     = 38.0 // mm, the QR's symbol on the door
	doorName   = 30.0 // pt
	doorTime   = 26.0
	doorUnit   = 18.0
	doorPurpos = 15.0
)

func jadwalPintu(d BookingDoc, p label.Paper) (*flow, error) {
	r, err := d.firstResource()
	if err != nil {
		return nil, err
	}
	day := startOfDay(d.Tanggal)
	f := newFlow(p, false)
	f.kop(d.Institution.Lines, d.Institution.Address)
	doorHead(f, r, day)
	list := d.onResource(r.ID, day, day.AddDate(0, 0, 1))
	if len(list) == 0 {
		f.gap(20)
		f.text("Kosong", txt{size: 54, bold: true, align: paper.Center})
		f.text("Tidak ada peminjaman pada hari ini", txt{size: 16, align: paper.Center})
	}
	for _, b := range list {
		doorBooking(f, b, day)
	}
	f.gap(6)
	f.text("Pindai kode QR untuk melihat jadwal terbaru dan memesan ruangan ini.", txt{size: 10})
	f.text(printedLine(d.Now), txt{size: 9})
	return f, nil
}

// doorHead is the room's name, what it is and the day, with its QR on the
// right.
func doorHead(f *flow, r booking.Resource, day time.Time) {
	top := f.y
	side := 0.0
	if q, err := paper.NewQR(r.Code); err == nil && r.Code != "" {
		side = q.Side(doorQR)
		q.Draw(f.c, f.x+f.w-side, top, side)
		f.c.Text(paper.Box{X: f.x + f.w - side, Y: top + side, W: side, H: paper.LineHeight(10)}, r.Code,
			paper.TextStyle{Size: 10, MinSize: 8, MaxLines: 1, Align: paper.Center})
		side += paper.LineHeight(10)
	}
	w := f.w
	f.w -= side + 5 // the text keeps clear of the code
	f.text(r.Nama, txt{size: doorName, bold: true})
	if about := resourceAbout(r); about != "" {
		f.text(about, txt{size: 14})
	}
	f.gap(2)
	f.text(model.FormatDateDay(day), txt{size: 20, bold: true})
	f.w = w
	f.y = max(f.y, top+side) + 3
	f.c.Line(f.x, f.y, f.x+f.w, f.y, 0.8, paper.Black)
	f.gap(3)
}

// resourceAbout is "Ruang Rapat · 30 orang · Proyektor, AC".
func resourceAbout(r booking.Resource) string {
	var parts []string
	if r.Kategori != "" {
		parts = append(parts, r.Kategori)
	}
	if r.Kapasitas > 0 {
		unit := " orang"
		if r.Jenis == booking.JenisKendaraan {
			unit = " kursi"
		}
		parts = append(parts, strconv.Itoa(r.Kapasitas)+unit)
	}
	if len(r.Fasilitas) > 0 {
		parts = append(parts, strings.Join(r.Fasilitas, ", "))
	}
	return strings.Join(parts, " · ")
}

// doorBooking is one booking on the door: the time large with its status
// beside it, the unit, the purpose; kept on one page.
func doorBooking(f *flow, b booking.Booking, day time.Time) {
	lines := paper.WrapText(b.Keperluan, f.w, doorPurpos, false)
	f.need(paper.LineHeight(doorTime) + paper.LineHeight(doorUnit) + float64(len(lines))*paper.LineHeight(doorPurpos) + 4)
	f.c.Text(paper.Box{X: f.x, Y: f.y, W: f.w, H: paper.LineHeight(doorTime)}, statusWord(b.Status),
		paper.TextStyle{Size: 14, MinSize: 14, MaxLines: 1, Align: paper.Right, Bold: b.Status != booking.StatusDisetujui})
	f.text(jamOn(b, day), txt{size: doorTime, bold: true})
	f.text(b.Unit, txt{size: doorUnit, bold: true})
	f.text(b.Keperluan, txt{size: doorPurpos})
	f.gap(2)
	f.c.Line(f.x, f.y, f.x+f.w, f.y, 0.2, paper.Grey)
	f.gap(2)
}

func jadwalMingguan(d BookingDoc, p label.Paper) (*flow, error) {
	if len(d.Resources) == 0 {
		return nil, model.Invalid("ruang_kendaraan", "", "error.booking_paper_resource")
	}
	monday := startOfDay(d.Tanggal)
	monday = monday.AddDate(0, 0, -(int(monday.Weekday())+6)%7)
	days := 5
	if d.Akhir || d.weekendBooked(monday) {
		days = 7
	}
	f := newFlow(p, true)
	f.kop(d.Institution.Lines, d.Institution.Address)
	f.text(mingguanTitle(d.Resources), txt{size: 13, bold: true, align: paper.Center})
	last := monday.AddDate(0, 0, days-1)
	f.text("Minggu: "+model.FormatDateDay(monday)+" s.d. "+model.FormatDateDay(last), txt{size: 10, align: paper.Center})
	f.gap(3)
	cols := []col{{Header: "Ruang/Kendaraan", Width: 45}}
	for i := range days {
		day := monday.AddDate(0, 0, i)
		cols = append(cols, col{Header: model.DayNames[day.Weekday()] + "\n" + model.FormatDateShort(day)})
	}
	rows := make([][]string, len(d.Resources))
	for i, r := range d.Resources {
		rows[i] = append([]string{printJoin("\n", r.Nama, resourceAbout(r))}, d.weekCells(r, monday, days)...)
	}
	size := 9.0
	if days == 7 {
		size = 8
	}
	f.table(table{Cols: cols, Rows: rows, MinH: 12, Size: size})
	f.gap(3)
	f.text("Keterangan: (diajukan) menunggu persetujuan; (digeser) waktunya diambil acara prioritas, pemohon perlu "+
		"dihubungi; (lanjutan) peminjaman dari hari sebelumnya.", txt{size: 8})
	f.text(printedLine(d.Now), txt{size: 8})
	return f, nil
}

func mingguanTitle(rs []booking.Resource) string {
	for _, r := range rs {
		if r.Jenis != booking.JenisRuang {
			return "JADWAL PEMINJAMAN RUANG DAN KENDARAAN"
		}
	}
	return "JADWAL PENGGUNAAN RUANGAN"
}

// weekendBooked reports whether a booking shown falls on the Saturday or
// Sunday of the week: the schedule then has seven days.
func (d *BookingDoc) weekendBooked(monday time.Time) bool {
	sat := monday.AddDate(0, 0, 5)
	for _, r := range d.Resources {
		if len(d.onResource(r.ID, sat, sat.AddDate(0, 0, 2))) > 0 {
			return true
		}
	}
	return false
}

// weekCells are one resource's days: each booking's time and unit, its
// mark when it is not simply approved.
func (d *BookingDoc) weekCells(r booking.Resource, monday time.Time, days int) []string {
	out := make([]string, days)
	for i := range days {
		day := monday.AddDate(0, 0, i)
		var entries []string
		for _, b := range d.onResource(r.ID, day, day.AddDate(0, 0, 1)) {
			e := jamOn(b, day) + "\n" + b.Unit
			if b.Dari.Before(day) {
				e += " (lanjutan)"
			}
			if b.Status == booking.StatusDiajukan || b.Status == booking.StatusDigeser {
				e += " (" + string(b.Status) + ")"
			}
			entries = append(entries, e)
		}
		out[i] = strings.Join(entries, "\n")
	}
	return out
}
