package storage

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"rapi/model"
	"rapi/model/booking"
)

// SeriOcc is one occurrence of a planned series and, when another
// booking or a closure is in its way, why (a *booking.BentrokError, a
// *booking.TutupError, a capacity error).
type SeriOcc struct {
	Periode booking.Periode
	Bentrok error
}

// SeriPlan is what a series would book: every occurrence with its
// conflict, and the dates the rule gives but the calendar has not.
type SeriPlan struct {
	Occurrences []SeriOcc
	Lewat       []booking.Lewat
}

// PlanSeri previews a series starting with b's period, checking every
// occurrence; nothing is written.
func (s *Store) PlanSeri(ctx context.Context, b booking.Booking, seri booking.Seri) (SeriPlan, error) {
	var plan SeriPlan
	if err := bookingEntity.validateNew(&b, true); err != nil {
		return plan, err
	}
	periods, lewat, err := seri.Occurrences(booking.Periode{Dari: b.Dari, Sampai: b.Sampai})
	if err != nil {
		return plan, err
	}
	plan.Lewat = lewat
	err = s.read(ctx, "plan seri", func(tx *sql.Tx) error {
		for _, p := range periods {
			occ := b
			occ.Dari, occ.Sampai = p.Dari, p.Sampai
			_, _, err := checkTx(tx, &occ)
			if err != nil && !refusal(err) {
				return err
			}
			plan.Occurrences = append(plan.Occurrences, SeriOcc{Periode: p, Bentrok: err})
		}
		return nil
	})
	return plan, err
}

// refusal reports whether err is a booking refused by its rules (the
// clerk can skip the occurrence) rather than a failure to read.
func refusal(err error) bool {
	var be *booking.BentrokError
	var te *booking.TutupError
	var ie *model.InvalidError
	return errors.As(err, &be) || errors.As(err, &te) || errors.As(err, &ie)
}

// CreateSeri books every occurrence of a series in one write transaction,
// each checked again. An occurrence whose start is in skip is left out;
// any other conflict refuses the whole series and nothing is written.
func (s *Store) CreateSeri(ctx context.Context, b booking.Booking, seri booking.Seri, skip []time.Time) ([]booking.Booking, error) {
	b.Code, b.Status = "", booking.StatusDiajukan
	if err := bookingEntity.validateNew(&b, true); err != nil {
		return nil, err
	}
	periods, _, err := seri.Occurrences(booking.Periode{Dari: b.Dari, Sampai: b.Sampai})
	if err != nil {
		return nil, err
	}
	var out []booking.Booking
	err = s.write(ctx, "create seri", func(tx *sql.Tx) error {
		out = nil
		res, err := tx.Exec("INSERT INTO booking_seri(ulang, sampai, kali, created_at, created_by) VALUES (?,?,?,?,?)",
			string(seri.Ulang), wallText(seri.Sampai), seri.Kali, fmtTime(s.now()), s.Actor().Label())
		if err != nil {
			return err
		}
		seriID, _ := res.LastInsertId()
		for _, p := range periods {
			if skipped(p.Dari, skip) {
				continue
			}
			occ := b
			occ.Dari, occ.Sampai, occ.SeriID = p.Dari, p.Sampai, seriID
			if _, err := s.insertBookingTx(ctx, tx, &occ); err != nil {
				return err
			}
			out = append(out, occ)
		}
		return nil
	})
	return out, err
}

func skipped(t time.Time, skip []time.Time) bool {
	for _, k := range skip {
		if k.Equal(t) {
			return true
		}
	}
	return false
}

// CancelSeriFrom cancels the occurrences of a series that start at from
// or later and are still open, and says how many.
func (s *Store) CancelSeriFrom(ctx context.Context, seriID int64, from time.Time, alasan string) (int, error) {
	var n int
	err := s.write(ctx, "cancel seri", func(tx *sql.Tx) error {
		n = 0
		list, err := bookingsTx(tx, "seri_id=? AND dari >= ? AND status IN ('diajukan','disetujui','digeser') ORDER BY dari",
			seriID, wallText(from))
		if err != nil {
			return err
		}
		for _, b := range list {
			if err := s.closeBookingTx(ctx, tx, &b, booking.StatusDibatalkan, alasan); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}
