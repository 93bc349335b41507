package printout

import (
	"io"
	"slices"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/label"
)

// The papers of the lending of rooms and vehicles: a room's schedule for
// its door, the weekly schedule of every room, a vehicle's monthly trip
// log and the booking form (surat permohonan). They are drawn from plain
// data the caller read (the resources and their bookings), so the
// screens, rapictl and the tests print the same paper. Official papers:
// always in Indonesian.

// BookingKind names one booking paper; the values are rapictl's words.
type BookingKind string

// The booking papers.
const (
	BookingPintu      BookingKind = "pintu"      // one room's day, for its door
	BookingMingguan   BookingKind = "mingguan"   // the week of every room (or one)
	BookingPerjalanan BookingKind = "perjalanan" // a vehicle's trips in a month
	BookingPermohonan BookingKind = "permohonan" // the request form of one booking
)

// BookingKinds lists the papers in menu order.
var BookingKinds = []BookingKind{BookingPintu, BookingMingguan, BookingPerjalanan, BookingPermohonan}

// ParseBookingKind reads a paper's name as rapictl and the screens give it.
func ParseBookingKind(s string) (BookingKind, error) {
	k := BookingKind(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(BookingKinds, k) {
		return k, nil
	}
	return "", model.Invalid("dokumen_peminjaman", s, "error.booking_paper_kind")
}

// BookingDoc is one booking paper with what it is printed from.
type BookingDoc struct {
	Kind        BookingKind
	Institution model.Institution // the letterhead
	// Resources: pintu and perjalanan print the first (the room, the
	// vehicle); mingguan has one row per resource, in this order;
	// permohonan names the booking's resources (and its driver) from here.
	Resources []booking.Resource
	// Bookings: what is on the resources in the period; permohonan
	// prints the first.
	Bookings []booking.Booking
	// Tanggal: pintu's day, a day of mingguan's week, a day of
	// perjalanan's month; permohonan's date line (zero: today).
	Tanggal time.Time
	// Akhir: mingguan runs Monday to Sunday, not Monday to Friday (it
	// does so anyway when a booking falls on a weekend).
	Akhir bool
	// Signers: the trip log is kept by the Pengurus Barang and known by
	// the head of the unit.
	Signers model.AsetSigners
	// Approver signs the request form ("Menyetujui,"); without one the
	// name of who approved it, or dotted lines.
	Approver model.Signer
	Now      time.Time // "Dicetak ..." on the schedules; zero: now
}

// WriteBookingDocPDF lays the paper out on p (A4, or F4) and writes it as
// a PDF to w. Nothing is written when the paper cannot be made.
func WriteBookingDocPDF(w io.Writer, d BookingDoc, p label.Paper) error {
	p = a4Default(p)
	if d.Now.IsZero() {
		d.Now = time.Now()
	}
	if d.Tanggal.IsZero() {
		d.Tanggal = d.Now
	}
	var f *flow
	var err error
	switch d.Kind {
	case BookingPintu:
		f, err = jadwalPintu(d, p)
	case BookingMingguan:
		f, err = jadwalMingguan(d, p)
	case BookingPerjalanan:
		f, err = bukuPerjalanan(d, p)
	case BookingPermohonan:
		f, err = permohonan(d, p)
	default:
		_, err = ParseBookingKind(string(d.Kind))
	}
	if err != nil {
		return err
	}
	return f.write(w, d.Kind != BookingPintu) // the door's sheet stands alone
}

// firstResource is the resource a one-resource paper is about.
func (d *BookingDoc) firstResource(jenis ...booking.Jenis) (booking.Resource, error) {
	if len(d.Resources) == 0 || (len(jenis) > 0 && !slices.Contains(jenis, d.Resources[0].Jenis)) {
		return booking.Resource{}, model.Invalid("ruang_kendaraan", "", "error.booking_paper_resource")
	}
	return d.Resources[0], nil
}

// resourceOf finds a resource the doc carries by id.
func (d *BookingDoc) resourceOf(id int64) (booking.Resource, bool) {
	for _, r := range d.Resources {
		if r.ID == id {
			return r, true
		}
	}
	return booking.Resource{}, false
}

// onResource are the bookings of d on resource id that a schedule shows
// (cancelled and refused ones are gone), in time order.
func (d *BookingDoc) onResource(id int64, from, to time.Time) []booking.Booking {
	var out []booking.Booking
	for _, b := range d.Bookings {
		if slices.Contains(b.ResourceIDs, id) && shown(b.Status) && b.Dari.Before(to) && b.Sampai.After(from) {
			out = append(out, b)
		}
	}
	slices.SortStableFunc(out, func(a, b booking.Booking) int { return a.Dari.Compare(b.Dari) })
	return out
}

// shown: a schedule keeps what holds or held the room, and a displaced
// booking (marked) so the clerk sees whom to call.
func shown(s booking.Status) bool {
	return s != booking.StatusDibatalkan && s != booking.StatusDitolak
}

// statusWords are the statuses as the papers print them.
var statusWords = map[booking.Status]string{booking.StatusDiajukan: "Diajukan", booking.StatusDisetujui: "Disetujui",
	booking.StatusDitolak: "Ditolak", booking.StatusSelesai: "Selesai", booking.StatusDibatalkan: "Dibatalkan",
	booking.StatusDigeser: "Digeser"}

func statusWord(s booking.Status) string {
	if w, ok := statusWords[s]; ok {
		return w
	}
	return string(s)
}

// jamOn is the part of b on day as a schedule prints it, "09.00–12.00";
// an end or start on another day is written with its date.
func jamOn(b booking.Booking, day time.Time) string {
	clock := func(t time.Time) string {
		if sameDate(t, day) {
			return t.Format("15.04")
		}
		return t.Format("02/01 15.04")
	}
	return clock(b.Dari) + "–" + clock(b.Sampai)
}

func sameDate(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// printedLine is the foot of a schedule: when it was printed, so an old
// sheet on a door is seen as old.
func printedLine(now time.Time) string {
	return "Dicetak " + model.FormatDate(now) + " pukul " + now.Format("15.04")
}
