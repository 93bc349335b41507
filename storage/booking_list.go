package storage

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"rapi/model/booking"
)

// shown are the statuses a calendar shows: what holds or held a slot.
const shown = "('diajukan','disetujui','selesai')"

// BookingsOn lists the bookings on the resources (nil: every active room)
// that touch [from, to), for the calendar, earliest first. Each booking
// appears once even when it takes several of the resources.
func (s *Store) BookingsOn(ctx context.Context, resourceIDs []int64, from, to time.Time) ([]booking.Booking, error) {
	var out []booking.Booking
	err := s.read(ctx, "bookings on", func(tx *sql.Tx) error {
		ids := resourceIDs
		if ids == nil {
			rooms, err := resourcesTx(tx, ResourceFilter{Jenis: booking.JenisRuang})
			if err != nil {
				return err
			}
			for _, r := range rooms {
				ids = append(ids, r.ID)
			}
		}
		seen := map[int64]bool{}
		var all []int64
		for _, rid := range ids {
			found, err := overlapIDsTx(tx, rid, from, to, 0, shown)
			if err != nil {
				return err
			}
			for _, id := range found {
				if !seen[id] {
					seen[id] = true
					all = append(all, id)
				}
			}
		}
		var err error
		out, err = bookingsByIDTx(tx, all)
		return err
	})
	return out, err
}

// BookingFilter picks bookings for a list: on one resource, of one unit
// (any case), in one status, touching [From, To) (zero: open-ended);
// Waiting: only requests waiting for an approver; Digeser: only those a
// priority event displaced. Limit 0 is 500.
type BookingFilter struct {
	ResourceID int64
	Unit       string
	Status     booking.Status
	From, To   time.Time
	Waiting    bool
	Digeser    bool
	Limit      int
}

// BookingList lists the bookings matching f, earliest first.
func (s *Store) BookingList(ctx context.Context, f BookingFilter) ([]booking.Booking, error) {
	var out []booking.Booking
	err := s.read(ctx, "list bookings", func(tx *sql.Tx) error {
		var err error
		out, err = bookingListTx(tx, f)
		return err
	})
	return out, err
}

func bookingListTx(tx *sql.Tx, f BookingFilter) ([]booking.Booking, error) {
	where, args := []string{"deleted_at IS NULL"}, []any{}
	add := func(cond string, a ...any) { where, args = append(where, cond), append(args, a...) }
	if f.ResourceID != 0 {
		add("id IN (SELECT booking_id FROM booking_slot WHERE resource_id=?)", f.ResourceID)
	}
	if u := strings.TrimSpace(f.Unit); u != "" {
		add("unit=? COLLATE NOCASE", u)
	}
	switch {
	case f.Waiting:
		add("status=?", string(booking.StatusDiajukan))
	case f.Digeser:
		add("status=?", string(booking.StatusDigeser))
	case f.Status != "":
		add("status=?", string(f.Status))
	}
	if !f.From.IsZero() {
		add("sampai > ? AND dari >= ?", wallText(f.From), wallText(f.From.Add(-window)))
	}
	if !f.To.IsZero() {
		add("dari < ?", wallText(f.To))
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 500
	}
	return bookingsTx(tx, strings.Join(where, " AND ")+" ORDER BY dari, id LIMIT ?", append(args, limit)...)
}

// FreeQuery asks which resources of a kind are free for a whole period,
// seat Jumlah people (0: any) and have every facility named.
type FreeQuery struct {
	Jenis        booking.Jenis
	Dari, Sampai time.Time
	Jumlah       int
	Fasilitas    []string
}

// FreeResources lists the active resources a booking for q would get:
// booking.Check passes for each on its own.
func (s *Store) FreeResources(ctx context.Context, q FreeQuery) ([]booking.Resource, error) {
	var out []booking.Resource
	err := s.read(ctx, "free resources", func(tx *sql.Tx) error {
		out = nil
		list, err := resourcesTx(tx, ResourceFilter{Jenis: q.Jenis})
		if err != nil {
			return err
		}
		for _, r := range list {
			if !r.HasFasilitas(q.Fasilitas) {
				continue
			}
			b := booking.Booking{ResourceIDs: []int64{r.ID}, Dari: q.Dari, Sampai: q.Sampai, Jumlah: q.Jumlah}
			_, _, err := checkTx(tx, &b)
			if err == nil {
				out = append(out, r)
			} else if !refusal(err) {
				return err
			}
		}
		return nil
	})
	return out, err
}

// BookingHome is the booking part of the home screen: today's bookings,
// how many requests wait for an approver, and the displaced bookings
// still to come (the clerk calls their requesters).
type BookingHome struct {
	Today   []booking.Booking
	Waiting int
	Digeser []booking.Booking
}

// BookingHome reads the home screen's bookings for the day of now.
func (s *Store) BookingHome(ctx context.Context, now time.Time) (BookingHome, error) {
	var h BookingHome
	now = now.In(time.Local)
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.Local)
	err := s.read(ctx, "booking home", func(tx *sql.Tx) error {
		var err error
		h.Today, err = bookingsTx(tx, "status IN "+shown+" AND dari >= ? AND dari < ? AND sampai > ? ORDER BY dari, id",
			wallText(day.Add(-window)), wallText(day.AddDate(0, 0, 1)), wallText(day))
		if err != nil {
			return err
		}
		if err := tx.QueryRow("SELECT count(*) FROM booking WHERE status='diajukan' AND sampai > ?", wallText(now)).Scan(&h.Waiting); err != nil {
			return err
		}
		h.Digeser, err = bookingsTx(tx, "status='digeser' AND sampai > ? ORDER BY dari, id", wallText(day))
		return err
	})
	return h, err
}

// TripLog lists a vehicle's approved and finished bookings that start in
// the month of month, earliest first: the trip log.
func (s *Store) TripLog(ctx context.Context, resourceID int64, month time.Time) ([]booking.Booking, error) {
	month = month.In(time.Local)
	first := time.Date(month.Year(), month.Month(), 1, 0, 0, 0, 0, time.Local)
	var out []booking.Booking
	err := s.read(ctx, "trip log", func(tx *sql.Tx) error {
		var err error
		out, err = bookingsTx(tx, `id IN (SELECT booking_id FROM booking_slot WHERE resource_id=? AND dari >= ? AND dari < ?
			AND status IN ('disetujui','selesai')) ORDER BY dari, id`, resourceID, wallText(first), wallText(first.AddDate(0, 1, 0)))
		return err
	})
	return out, err
}
