package storage

import (
	"context"
	"database/sql"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/rapat"
)

// rapatBookingCheckTx keeps a meeting's bookings (Booking.RapatID) with
// the meeting, in the meeting's write transaction: when it is moved to
// another time or room its own bookings move along (the room swapped for
// the new one) or the whole change is refused on a clash.
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
	for _, b := range own {
		if err := s.moveRapatBookingTx(tx, &b, r, old, oldRoom, room); err != nil {
			return err
		}
	}
	return nil // the room's own booking is made after the write: syncRapatRoomTx
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

// syncRapatRoomTx keeps ONE booking of a meeting's bookable room for it,
// after the meeting's row is written in the same transaction: booked when
// the meeting has such a room (a clash refuses the meeting's change with
// the other booking), cancelled when the meeting is batal, in the bin or
// has no bookable room any more.
func (s *Store) syncRapatRoomTx(ctx context.Context, tx *sql.Tx, r *rapat.Rapat) error {
	room, err := roomResourceTx(tx, r.RuangID)
	if err != nil {
		return err
	}
	held, found, err := rapatRoomBookingTx(tx, r.ID)
	if err != nil {
		return err
	}
	want := room != 0 && !r.Selesai.IsZero() && r.Status != rapat.StatusBatal && r.DeletedAt == nil
	switch {
	case found && !want:
		return s.closeBookingTx(ctx, tx, &held, booking.StatusDibatalkan, rapatGoneReason(r))
	case found || !want:
		return nil
	}
	b, err := s.rapatRoomBooking(tx, r, room)
	if err != nil {
		return err
	}
	_, err = s.insertBookingTx(ctx, tx, &b)
	return err
}

// rapatRoomBookingTx finds the meeting's active booking of a room alone
// (its car or driver is booked apart).
func rapatRoomBookingTx(tx *sql.Tx, rapatID int64) (booking.Booking, bool, error) {
	own, err := bookingsTx(tx, "rapat_id=? AND status IN "+holding+" ORDER BY dari, id", rapatID)
	if err != nil {
		return booking.Booking{}, false, err
	}
	for _, b := range own {
		if len(b.ResourceIDs) == 1 && isRoomTx(tx, b.ResourceIDs[0]) {
			return b, true, nil
		}
	}
	return booking.Booking{}, false, nil
}

// rapatRoomBooking is the new booking of a meeting's room: for its unit,
// asked by the clerk at this PC, for its acara and its invitees.
func (s *Store) rapatRoomBooking(tx *sql.Tx, r *rapat.Rapat, room int64) (booking.Booking, error) {
	var n int
	if err := tx.QueryRow("SELECT count(*) FROM rapat_peserta WHERE rapat_id=? AND walk_in=0 AND deleted_at IS NULL", r.ID).Scan(&n); err != nil {
		return booking.Booking{}, err
	}
	unit := r.Unit
	if unit == "" {
		unit = "Biro Umum" // the bureau that keeps the meetings
	}
	b := booking.Booking{ResourceIDs: []int64{room}, Dari: r.Mulai, Sampai: r.Selesai, Unit: unit,
		Pemohon: booking.Pemohon{Nama: s.Actor().Label()}, Keperluan: r.Acara, Jumlah: n, RapatID: r.ID}
	return b, bookingEntity.validateNew(&b, true)
}

// isRoomTx reports whether a resource is a room (a meeting's car or
// driver is not its room booking).
func isRoomTx(tx *sql.Tx, id int64) bool {
	r, err := resourceWhereTx(tx, "id=?", id)
	return err == nil && r.Jenis == booking.JenisRuang
}

// rapatGoneReason says why a meeting's room booking was cancelled.
func rapatGoneReason(r *rapat.Rapat) string {
	switch {
	case r.DeletedAt != nil:
		return "Rapat " + r.Code + " dihapus"
	case r.Status == rapat.StatusBatal:
		return "Rapat " + r.Code + " batal"
	}
	return "Rapat " + r.Code + " pindah ke " + r.Tempat
}

// RapatRoomBooking reads the booking that holds a meeting's room
// (model.ErrNotFound when it has none).
func (s *Store) RapatRoomBooking(ctx context.Context, rapatID int64) (booking.Booking, error) {
	var out booking.Booking
	err := s.read(ctx, "read rapat booking", func(tx *sql.Tx) error {
		var found bool
		var err error
		if out, found, err = rapatRoomBookingTx(tx, rapatID); err == nil && !found {
			err = model.ErrNotFound
		}
		return err
	})
	return out, err
}
