package booking

import (
	"strings"
	"time"

	"rapi/model"
)

// Status is where a booking stands.
type Status string

// The statuses: diajukan -> disetujui / ditolak -> selesai, or
// dibatalkan; digeser when a priority event took its slot.
const (
	StatusDiajukan   Status = "diajukan"
	StatusDisetujui  Status = "disetujui"
	StatusDitolak    Status = "ditolak"
	StatusSelesai    Status = "selesai"
	StatusDibatalkan Status = "dibatalkan"
	StatusDigeser    Status = "digeser"
)

// Statuses lists every status.
var Statuses = []Status{StatusDiajukan, StatusDisetujui, StatusDitolak, StatusSelesai, StatusDibatalkan, StatusDigeser}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Pemohon is who asks for a booking.
type Pemohon struct {
	Nama    string
	NIP     string
	Telepon string
}

// Booking is one request for one or more resources over one period.
type Booking struct {
	model.Meta
	Code        string  // P-000123 (model.CodeBooking)
	ResourceIDs []int64 // a room, and maybe a car and its driver, at once
	Dari        time.Time
	Sampai      time.Time
	Unit        string // the requesting unit
	Pemohon     Pemohon
	Keperluan   string // purpose
	Jumlah      int    // number of people, checked against capacity or seats
	Catatan     string // layout, catering
	Status      Status
	// Prioritas: an event of the governor or the Sekda, which may take a
	// slot already booked (the other booking becomes digeser).
	Prioritas     bool
	DisetujuiOleh string
	DisetujuiPada time.Time
	Alasan        string // why it was refused (ditolak) or cancelled (dibatalkan)
	AlasanGeser   string // why it was displaced (on a digeser booking)
	DigeserOleh   string // the code of the booking that displaced it
	SeriID        int64  // the series it belongs to; 0 alone
	RapatID       int64  // the meeting it is for, if any
	Perjalanan    *Perjalanan
}

// Perjalanan is a vehicle booking's trip: where, who drives, the
// odometer out and in, the fuel bought. The trip log is made of these.
type Perjalanan struct {
	Tujuan       string
	OdoBerangkat int64 // km
	OdoKembali   int64 // km; 0 until the car is back
	BBMLiter     float64
	BBMRupiah    int64
	Kembali      time.Time // when the car came back
}

// Jarak is the distance driven, 0 until the car is back.
func (p *Perjalanan) Jarak() int64 {
	if p == nil || p.OdoKembali == 0 {
		return 0
	}
	return p.OdoKembali - p.OdoBerangkat
}

// Normalize trims what was typed and fills the defaults.
func (b *Booking) Normalize() {
	for _, p := range []*string{&b.Unit, &b.Pemohon.Nama, &b.Pemohon.Telepon, &b.Keperluan, &b.Catatan} {
		*p = strings.Join(strings.Fields(*p), " ")
	}
	b.Pemohon.NIP = model.NormalizeNIP(b.Pemohon.NIP)
	if b.Status == "" {
		b.Status = StatusDiajukan
	}
}

// Validate checks a booking on its own (overlaps and capacity need the
// resources: see Check); the error names the field.
func (b *Booking) Validate() error {
	switch {
	case len(b.ResourceIDs) == 0:
		return model.Invalid("resource", "", "error.required")
	case b.Dari.IsZero():
		return model.Invalid("dari", "", "error.required")
	case !b.Sampai.After(b.Dari):
		return model.Invalid("sampai", model.FormatDateTime(b.Sampai), "error.booking_range")
	case b.Sampai.Sub(b.Dari) > 31*24*time.Hour:
		return model.Invalid("sampai", model.FormatDateTime(b.Sampai), "error.booking_too_long")
	case b.Unit == "":
		return model.Invalid("unit", "", "error.required")
	case b.Pemohon.Nama == "":
		return model.Invalid("pemohon", "", "error.required")
	case b.Pemohon.NIP != "" && !model.ValidNIP(b.Pemohon.NIP):
		return model.Invalid("nip", b.Pemohon.NIP, "error.nip")
	case b.Keperluan == "":
		return model.Invalid("keperluan", "", "error.required")
	case b.Jumlah < 0:
		return model.Invalid("jumlah", model.FormatInt(int64(b.Jumlah)), "error.booking_jumlah")
	case !b.Status.Valid():
		return model.Invalid("status", string(b.Status), "error.booking_status")
	}
	return nil
}

// Holds reports whether the booking holds its slot on r: approved
// bookings always do, pending requests unless r says they don't.
func (b *Booking) Holds(r *Resource) bool {
	switch b.Status {
	case StatusDisetujui:
		return true
	case StatusDiajukan:
		return !r.PengajuanBebas
	}
	return false
}

// Overlaps reports whether two periods on a resource with buffer jeda
// clash. Adjacent periods (one ends 10:00, the next starts 10:00) do not
// clash without a buffer.
func Overlaps(aFrom, aTo, bFrom, bTo time.Time, jeda time.Duration) bool {
	return aFrom.Before(bTo.Add(jeda)) && bFrom.Before(aTo.Add(jeda))
}

// Jam is the period as the schedules print it: "Kamis, 3 Desember 2026
// 09.00–12.00", or with both dates when it spans days.
func (b *Booking) Jam() string {
	if sameDay(b.Dari, b.Sampai) {
		return model.FormatDateDay(b.Dari) + " " + b.Dari.Format("15.04") + "–" + b.Sampai.Format("15.04")
	}
	return model.FormatDateDay(b.Dari) + " " + b.Dari.Format("15.04") + " – " +
		model.FormatDateDay(b.Sampai) + " " + b.Sampai.Format("15.04")
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}
