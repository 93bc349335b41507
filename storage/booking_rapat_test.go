package storage

import (
	"errors"

	"rapi/model"
	"testing"
	"time"

	"rapi/model/booking"
	"rapi/model/rapat"
)

// A meeting moved to another day takes its room booking (and its car)
// along; a move onto another booking of the room is refused and nothing
// moves; a meeting moved to another bookable room swaps the room.
func TestMoveRapatMovesItsBookingsAndRefusesAClash(t *testing.T) {
	s, _, _ := openRapat(t)
	room := newRoomResource(t, s, "Ruang Rapat Biro Umum")
	other := newRoomResource(t, s, "Ruang Rapat Lt.3")
	car := newCarResource(t, s, "DB 1 A")
	start := local(2026, 12, 3, 9, 0)
	r := newRapat(t, s, start, RapatFrom{}, func(r *rapat.Rapat) { r.RuangID = room.PlaceID })
	roomB, err := s.RapatRoomBooking(ctx, r.ID)
	must(t, err)
	carB := mustBook(t, s, start.Add(-time.Hour), start.Add(3*time.Hour), []int64{car.ID}, func(b *booking.Booking) { b.RapatID = r.ID; b.Jumlah = 4 })
	taken := mustBook(t, s, local(2026, 12, 4, 10, 0), local(2026, 12, 4, 11, 0), []int64{room.ID}, func(b *booking.Booking) { b.Unit = "Bagian Hukum" })

	if _, err := s.MoveRapat(ctx, r.ID, r.Version, local(2026, 12, 4, 9, 0), r.Tempat, r.RuangID); !bentrokWith(err, taken) {
		t.Fatalf("moving the meeting onto the Bagian Hukum's booking: %v", err)
	}
	if got, _ := s.Booking(ctx, carB.ID); !got.Dari.Equal(carB.Dari) {
		t.Fatalf("a refused move moved the car to %s", got.Jam())
	}
	moved, err := s.MoveRapat(ctx, r.ID, r.Version, local(2026, 12, 8, 13, 0), r.Tempat, r.RuangID)
	must(t, err)
	gotRoom, _ := s.Booking(ctx, roomB.ID)
	gotCar, _ := s.Booking(ctx, carB.ID)
	if !gotRoom.Dari.Equal(moved.Mulai) || !gotRoom.Sampai.Equal(moved.Selesai) ||
		!gotCar.Dari.Equal(local(2026, 12, 8, 12, 0)) || !gotCar.Sampai.Equal(local(2026, 12, 8, 16, 0)) {
		t.Fatalf("after the move: room %s, car %s", gotRoom.Jam(), gotCar.Jam())
	}
	// the old slot is free again
	mustBook(t, s, start, start.Add(time.Hour), []int64{room.ID})

	moved, err = s.MoveRapat(ctx, r.ID, moved.Version, moved.Mulai, "Ruang Rapat Lt.3", other.PlaceID)
	must(t, err)
	gotRoom, _ = s.Booking(ctx, roomB.ID)
	if len(gotRoom.ResourceIDs) != 1 || gotRoom.ResourceIDs[0] != other.ID {
		t.Fatalf("the meeting moved to Lt.3 but its booking is on %v", gotRoom.ResourceIDs)
	}

	// a meeting with no booking still may not sit on another's booking
	if _, err := s.MoveRapat(ctx, r.ID, moved.Version, local(2026, 12, 4, 9, 0), r.Tempat, room.PlaceID); !bentrokWith(err, taken) {
		t.Fatalf("moved back onto the Bagian Hukum's slot: %v", err)
	}
	lone := rapat.Rapat{Acara: "Rapat Tim", Mulai: local(2026, 12, 4, 10, 30), Selesai: local(2026, 12, 4, 11, 30), RuangID: room.PlaceID}
	if err := s.CreateRapat(ctx, &lone, RapatFrom{}); !bentrokWith(err, taken) {
		t.Fatalf("a new meeting in a booked room: %v", err)
	}
}

// roomBookingOf is the meeting's room booking, failing when it has none.
func roomBookingOf(t *testing.T, s *Store, rapatID int64) booking.Booking {
	t.Helper()
	b, err := s.RapatRoomBooking(ctx, rapatID)
	must(t, err)
	return b
}

func noRoomBooking(t *testing.T, s *Store, rapatID int64, why string) {
	t.Helper()
	if b, err := s.RapatRoomBooking(ctx, rapatID); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("%s: the meeting still holds %s (%v)", why, b.Code, err)
	}
}

// A meeting in a bookable room books it: for its unit, by the clerk, for
// its acara and its invitees, waiting when the room needs an approver.
func TestRapatBooksItsRoom(t *testing.T) {
	s, _, _ := openRapat(t)
	room := newRoomResource(t, s, "Ruang Rapat Biro Umum", func(r *booking.Resource) { r.PerluPersetujuan = true })
	past := newRapat(t, s, local(2026, 12, 2, 9, 0), RapatFrom{})
	for _, n := range []string{"Andi", "Budi", "Citra"} {
		must(t, s.AddPeserta(ctx, past.ID, &rapat.Peserta{Nama: n}))
	}
	r := newRapat(t, s, local(2026, 12, 3, 9, 0), RapatFrom{PastRapatID: past.ID}, func(r *rapat.Rapat) {
		r.RuangID, r.Unit = room.PlaceID, "Bagian Protokol"
	})
	b := roomBookingOf(t, s, r.ID)
	if b.ResourceIDs[0] != room.ID || !b.Dari.Equal(r.Mulai) || !b.Sampai.Equal(r.Selesai) || b.Unit != "Bagian Protokol" ||
		b.Pemohon.Nama != "Siti (siti)" || b.Keperluan != r.Acara || b.Jumlah != 3 || b.Status != booking.StatusDiajukan {
		t.Fatalf("the meeting's booking: %+v", b)
	}
	noRoomBooking(t, s, past.ID, "a meeting at an outside venue")
}

// An edit onto another booking of the room is refused naming it; going
// to an outside venue, batal and the bin cancel the room's booking with
// the reason; restoring books it again, checked.
func TestRapatRoomBookingFollowsTheMeeting(t *testing.T) {
	s, _, _ := openRapat(t)
	room := newRoomResource(t, s, "Ruang Rapat Biro Umum")
	r := newRapat(t, s, local(2026, 12, 3, 9, 0), RapatFrom{}, func(r *rapat.Rapat) { r.RuangID = room.PlaceID })
	first := roomBookingOf(t, s, r.ID)
	taken := mustBook(t, s, local(2026, 12, 3, 13, 0), local(2026, 12, 3, 14, 0), []int64{room.ID}, func(b *booking.Booking) { b.Unit = "Bagian Hukum" })

	edit := r
	edit.Selesai = local(2026, 12, 3, 13, 30)
	if err := s.UpdateRapat(ctx, &edit); !bentrokWith(err, taken) {
		t.Fatalf("a longer meeting onto the Bagian Hukum's booking: %v", err)
	}
	r.Tempat, r.RuangID = "Hotel Santika", 0
	must(t, s.UpdateRapat(ctx, &r))
	noRoomBooking(t, s, r.ID, "moved to a hotel")
	if got, _ := s.Booking(ctx, first.ID); got.Status != booking.StatusDibatalkan || got.Alasan == "" {
		t.Fatalf("the room's booking after the move to a hotel: %s %q", got.Status, got.Alasan)
	}

	r.Tempat, r.RuangID = "Ruang Rapat Biro Umum", room.PlaceID
	must(t, s.UpdateRapat(ctx, &r))
	again := roomBookingOf(t, s, r.ID)
	r.Status = rapat.StatusBatal
	must(t, s.UpdateRapat(ctx, &r))
	noRoomBooking(t, s, r.ID, "batal")
	if got, _ := s.Booking(ctx, again.ID); got.Status != booking.StatusDibatalkan || got.Alasan != "Rapat "+r.Code+" batal" {
		t.Fatalf("the room's booking of a cancelled meeting: %s %q", got.Status, got.Alasan)
	}

	r.Status = rapat.StatusRencana
	must(t, s.UpdateRapat(ctx, &r))
	roomBookingOf(t, s, r.ID)
	must(t, s.DeleteRapat(ctx, r.ID, r.Version))
	noRoomBooking(t, s, r.ID, "in the bin")
	other := mustBook(t, s, r.Mulai, r.Selesai, []int64{room.ID}, func(b *booking.Booking) { b.Unit = "Bagian Keuangan" })
	if err := s.RestoreRapat(ctx, r.ID); !bentrokWith(err, other) {
		t.Fatalf("restored onto the Bagian Keuangan's booking: %v", err)
	}
	must(t, s.CancelBooking(ctx, other.ID, other.Version, "tidak jadi"))
	must(t, s.RestoreRapat(ctx, r.ID))
	roomBookingOf(t, s, r.ID)
}
