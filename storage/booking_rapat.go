package storage

import (
	"context"
	"database/sql"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/rapat"
)

// rapatBookingCheckTx keeps a meeting's bookings (Booking.RapatID) with
// the meeting, in the meeting's write transaction: when it is created or
// moved to another time or room, a bookable room in use by another
// booking refuses it, and its own bookings move along (the room swapped
// for the new one) or the whole change is refused on a clash.
func (s *Store) rapatBookingCheckTx(tx *sql.Tx, r, old *rapat.Rapat) error {
	var own []booking.Booking
	if old != nil {
		var err error
		if own, err = bookingsTx(tx, "rapat_id=? AND status IN "+holding+" ORDER BY dari, id", r.ID); err != nil {
			return err
		}
	}
	room, err := roomResourceTx(tx, r.RuangID)
	if err != nil {
		return err
	}
	var oldRoom int64
	if old != nil {
		if oldRoom, err = roomResourceTx(tx, old.RuangID); err != nil {
			return err
		}
	}
	roomBooked := false
	for _, b := range own {
		if err := s.moveRapatBookingTx(tx, &b, r, old, oldRoom, room); err != nil {
			return err
		}
		roomBooked = roomBooked || (room != 0 && hasResource(&b, room))
	}
	if room == 0 || roomBooked || r.Selesai.IsZero() {
		return nil
	}
	// The meeting's room is not booked for it: it still may not sit on
	// another booking of the room.
	probe := booking.Booking{ResourceIDs: []int64{room}, Dari: r.Mulai, Sampai: r.Selesai}
	_, _, err = checkTx(tx, &probe)
	return err
}

// moveRapatBookingTx moves one of the meeting's bookings by the meeting's
// shift (onto the meeting's new times when it covered the old ones), swaps
// the old room for the new, checks it and saves it. A booking left with
// no resource (the meeting moved to a room that is not bookable) is
// cancelled.
func (s *Store) moveRapatBookingTx(tx *sql.Tx, b *booking.Booking, r, old *rapat.Rapat, oldRoom, room int64) error {
	if b.Dari.Equal(old.Mulai) && b.Sampai.Equal(old.Selesai) && !r.Selesai.IsZero() {
		b.Dari, b.Sampai = r.Mulai, r.Selesai
	} else {
		d := r.Mulai.Sub(old.Mulai)
		b.Dari, b.Sampai = b.Dari.Add(d), b.Sampai.Add(d)
	}
	if oldRoom != room && oldRoom != 0 && hasResource(b, oldRoom) {
		b.ResourceIDs = swapResource(b.ResourceIDs, oldRoom, room)
	}
	ctx := context.Background() // the booking's code does not change: nothing reads ctx
	if len(b.ResourceIDs) == 0 {
		return s.closeBookingTx(ctx, tx, b, booking.StatusDibatalkan, r.Code+" "+r.Tempat)
	}
	geser, _, err := checkTx(tx, b)
	if err != nil {
		return err
	}
	if err := bookingEntity.updateTx(ctx, s, tx, b); err != nil {
		return err
	}
	_, err = s.geserTx(ctx, tx, b, geser)
	return err
}

// roomResourceTx is the resource id of a room (0: no room, or a room
// that is not bookable).
func roomResourceTx(tx *sql.Tx, placeID int64) (int64, error) {
	if placeID == 0 {
		return 0, nil
	}
	r, err := resourceWhereTx(tx, "place_id=?", placeID)
	if err == model.ErrNotFound {
		return 0, nil
	}
	return r.ID, err
}

func hasResource(b *booking.Booking, id int64) bool {
	for _, x := range b.ResourceIDs {
		if x == id {
			return true
		}
	}
	return false
}

// swapResource replaces from by to (to 0: drops from), keeping the order.
func swapResource(ids []int64, from, to int64) []int64 {
	var out []int64
	for _, x := range ids {
		switch {
		case x != from:
			out = append(out, x)
		case to != 0:
			out = append(out, to)
		}
	}
	return out
}
