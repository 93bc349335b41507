package storage

import (
	"context"
	"database/sql"
	"time"

	"rapi/model/booking"
)

// Hooks for BenchmarkBooking100k (package storage_test) to time what a
// booking write is made of against the floor of one durable commit.

// BookingPhaseNames name the phases BookingPhases times, in order.
var BookingPhaseNames = []string{"begin", "reads", "check", "insert+audit", "commit"}

// BookingPhases runs CreateBooking's transaction by hand (no busy retry),
// timing each phase: BEGIN IMMEDIATE, the schedule reads, booking.Check,
// the insert with its code, slot and audit rows, and the commit.
func BookingPhases(ctx context.Context, s *Store, b *booking.Booking) ([]time.Duration, error) {
	b.Code, b.Status = "", booking.StatusDiajukan
	if err := bookingEntity.validateNew(b, true); err != nil {
		return nil, err
	}
	var d []time.Duration
	t := time.Now()
	lap := func() {
		d = append(d, time.Since(t))
		t = time.Now()
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	lap()
	jadwal, err := jadwalTx(tx, b)
	if err != nil {
		return nil, err
	}
	lap()
	if _, err := booking.Check(b, jadwal); err != nil {
		return nil, err
	}
	b.Status = startStatus(jadwal)
	lap()
	if err := bookingEntity.insert(ctx, s, tx, b, true); err != nil {
		return nil, err
	}
	lap()
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	lap()
	return d, nil
}

// FloorWrite is the floor of any saved change on this disk: one write
// transaction with one tiny insert, and its durable commit.
func FloorWrite(ctx context.Context, s *Store) error {
	return s.write(ctx, "floor", func(tx *sql.Tx) error {
		if _, err := tx.Exec("CREATE TABLE IF NOT EXISTS bench_floor(x INTEGER)"); err != nil {
			return err
		}
		_, err := tx.Exec("INSERT INTO bench_floor(x) VALUES (1)")
		return err
	})
}
