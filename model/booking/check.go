package booking

import (
	"fmt"

	"rapi/model"
)

// BentrokError is a booking refused because another booking holds the
// slot on one of its resources: the message names the other booking
// (who, unit, from–to) so the clerk can call them.
type BentrokError struct {
	Resource Resource
	Other    Booking
}

func (e *BentrokError) Error() string {
	return fmt.Sprintf("%s sudah dipesan %s (%s, %s) %s", e.Resource.Nama, e.Other.Code,
		e.Other.Pemohon.Nama, e.Other.Unit, e.Other.Jam())
}

// TutupError is a booking refused because the resource is closed then.
type TutupError struct {
	Resource  Resource
	Penutupan Penutupan
}

func (e *TutupError) Error() string {
	return fmt.Sprintf("%s ditutup %s–%s: %s", e.Resource.Nama, model.FormatDateTime(e.Penutupan.Dari),
		model.FormatDateTime(e.Penutupan.Sampai), e.Penutupan.Alasan)
}

// Jadwal is what is already on one resource around a new booking: the
// bookings that may clash and the closures.
type Jadwal struct {
	Resource  Resource
	Bookings  []Booking
	Penutupan []Penutupan
}

// Check decides whether b may take its slot on every resource. It
// returns the bookings a priority booking displaces (to be marked
// digeser), or the reason b is refused: a closure, capacity, or a clash
// with a booking that holds the slot (for a priority booking, only a
// clash with another priority booking). Storage calls it inside the
// write transaction that saves b, with the schedules read in that
// transaction, so two PCs can never both pass it for one slot.
func Check(b *Booking, jadwal []Jadwal) (geser []Booking, err error) {
	for _, j := range jadwal {
		r := j.Resource
		if !r.Aktif {
			return nil, model.Invalid("resource", r.Nama, "error.booking_inactive")
		}
		for _, p := range j.Penutupan {
			if Overlaps(b.Dari, b.Sampai, p.Dari, p.Sampai, 0) {
				return nil, &TutupError{Resource: r, Penutupan: p}
			}
		}
		if r.Kapasitas > 0 && b.Jumlah > r.Kapasitas {
			return nil, model.Invalid("jumlah", fmt.Sprintf("%d > %d", b.Jumlah, r.Kapasitas), "error.booking_capacity")
		}
		for _, o := range j.Bookings {
			if o.ID == b.ID || !o.Holds(&r) || !Overlaps(b.Dari, b.Sampai, o.Dari, o.Sampai, r.Jeda) {
				continue
			}
			if b.Prioritas && !o.Prioritas {
				geser = appendOnce(geser, o)
				continue
			}
			return nil, &BentrokError{Resource: r, Other: o}
		}
	}
	return geser, nil
}

func appendOnce(list []Booking, b Booking) []Booking {
	for _, x := range list {
		if x.ID == b.ID {
			return list
		}
	}
	return append(list, b)
}
