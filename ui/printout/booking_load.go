package printout

import (
	"context"
	"slices"
	"strings"
	"time"

	"rapi/model/booking"
	"rapi/storage"
)

// The booking papers read from the store, the same for the Peminjaman
// page and rapictl.

// LoadPintu is room r's door schedule of day.
func LoadPintu(ctx context.Context, s *storage.Store, r booking.Resource, day time.Time) (BookingDoc, error) {
	d := BookingDoc{Kind: BookingPintu, Tanggal: day, Resources: []booking.Resource{r}}
	var err error
	d.Bookings, err = scheduleOf(ctx, s, d.Resources, dayStart(day), dayStart(day).AddDate(0, 0, 1))
	return d, err
}

// LoadMingguan is the week of day (Monday on) of rs, or of every room
// when rs is nil.
func LoadMingguan(ctx context.Context, s *storage.Store, rs []booking.Resource, day time.Time) (BookingDoc, error) {
	d := BookingDoc{Kind: BookingMingguan, Tanggal: day, Resources: rs}
	var err error
	if rs == nil {
		if d.Resources, err = s.Resources(ctx, storage.ResourceFilter{Jenis: booking.JenisRuang}); err != nil {
			return d, err
		}
	}
	monday := MondayOf(day)
	d.Bookings, err = scheduleOf(ctx, s, d.Resources, monday, monday.AddDate(0, 0, 7))
	return d, err
}

// LoadPermohonan is booking b's request form, signed by the approver who
// decided it (or the only named approver while it waits).
func LoadPermohonan(ctx context.Context, s *storage.Store, b booking.Booking) (BookingDoc, error) {
	d := BookingDoc{Kind: BookingPermohonan, Tanggal: time.Now(), Bookings: []booking.Booking{b}}
	if !b.CreatedAt.IsZero() {
		d.Tanggal = b.CreatedAt.In(time.Local)
	}
	if err := withResources(ctx, s, &d); err != nil {
		return d, err
	}
	approvers, err := s.Approvers(ctx)
	for _, p := range approvers {
		if strings.EqualFold(p.Nama, b.DisetujuiOleh) || (b.DisetujuiOleh == "" && len(approvers) == 1) {
			d.Approver = p
		}
	}
	return d, err
}

// LoadPerjalanan is vehicle r's trip log of the month of month, with the
// drivers its trips name.
func LoadPerjalanan(ctx context.Context, s *storage.Store, r booking.Resource, month time.Time) (BookingDoc, error) {
	d := BookingDoc{Kind: BookingPerjalanan, Tanggal: month, Resources: []booking.Resource{r}}
	var err error
	if d.Bookings, err = s.TripLog(ctx, r.ID, month); err != nil {
		return d, err
	}
	if d.Signers, err = s.AsetSigners(ctx); err != nil {
		return d, err
	}
	return d, withResources(ctx, s, &d)
}

// scheduleOf is what a schedule of rs over [from, to) shows: the
// bookings holding their slots and the displaced ones, marked so the
// clerk calls them.
func scheduleOf(ctx context.Context, s *storage.Store, rs []booking.Resource, from, to time.Time) ([]booking.Booking, error) {
	if len(rs) == 0 {
		return nil, nil
	}
	ids := make([]int64, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	list, err := s.BookingsOn(ctx, ids, from, to)
	if err != nil {
		return nil, err
	}
	geser, err := s.BookingList(ctx, storage.BookingFilter{Digeser: true, From: from, To: to})
	for _, b := range geser {
		if slices.ContainsFunc(b.ResourceIDs, func(id int64) bool { return slices.Contains(ids, id) }) {
			list = append(list, b)
		}
	}
	return list, err
}

// withResources adds to d every resource its bookings name that it lacks
// (a trip's driver, a request's car).
func withResources(ctx context.Context, s *storage.Store, d *BookingDoc) error {
	for _, b := range d.Bookings {
		for _, id := range b.ResourceIDs {
			if slices.ContainsFunc(d.Resources, func(r booking.Resource) bool { return r.ID == id }) {
				continue
			}
			r, err := s.Resource(ctx, id)
			if err != nil {
				return err
			}
			d.Resources = append(d.Resources, r)
		}
	}
	return nil
}

// MondayOf is the start of the Monday of t's week.
func MondayOf(t time.Time) time.Time {
	d := dayStart(t)
	return d.AddDate(0, 0, -(int(d.Weekday())+6)%7)
}

func dayStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}
