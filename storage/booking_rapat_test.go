package storage

import (
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
	roomB := mustBook(t, s, start, start.Add(2*time.Hour), []int64{room.ID}, func(b *booking.Booking) { b.RapatID = r.ID })
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
