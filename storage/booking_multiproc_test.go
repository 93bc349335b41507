package storage

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"rapi/model"
	"rapi/model/booking"
)

// TestHelperBookingWriter is not a test on its own:
// TestBookingRaceFromManyProcesses starts the test binary again with
// RAPI_BOOK_DB set, and this function plays one PC trying, round after
// round at the agreed moments, to book its slot of the same room. It
// prints "OK code" for a booking it was told was made, "NO" when refused.
func TestHelperBookingWriter(t *testing.T) {
	path := os.Getenv("RAPI_BOOK_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	proc, _ := strconv.Atoi(os.Getenv("RAPI_BOOK_PROC"))
	rounds, _ := strconv.Atoi(os.Getenv("RAPI_BOOK_ROUNDS"))
	room, _ := strconv.ParseInt(os.Getenv("RAPI_BOOK_ROOM"), 10, 64)
	startNano, _ := strconv.ParseInt(os.Getenv("RAPI_BOOK_START"), 10, 64)
	s, err := Open(ctx, path, Options{Retries: 12})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	defer s.Close()
	s.SetActor(model.Actor{Login: "pc" + strconv.Itoa(proc), Name: "PC " + strconv.Itoa(proc)})
	start := time.Unix(0, startNano)
	for i := range rounds {
		time.Sleep(time.Until(start.Add(time.Duration(i) * raceRound)))
		from, to := raceSlot(i, proc)
		b := booking.Booking{ResourceIDs: []int64{room}, Dari: from, Sampai: to, Unit: "Bagian " + strconv.Itoa(proc),
			Pemohon: booking.Pemohon{Nama: "Pemohon " + strconv.Itoa(proc)}, Keperluan: "Rapat"}
		_, err := s.CreateBooking(ctx, &b)
		var be *booking.BentrokError
		switch {
		case err == nil:
			fmt.Println("OK", b.Code)
		case errors.As(err, &be), errors.Is(err, model.ErrBusy):
			fmt.Println("NO")
		default:
			fmt.Println("ERR", err)
		}
	}
}

// raceRound is the time between two rounds of the race.
const raceRound = 80 * time.Millisecond

// raceSlot is what process proc asks for in round i: a day per round, an
// hour starting at 09.00 plus 20 minutes per process, so neighbours overlap.
func raceSlot(i, proc int) (time.Time, time.Time) {
	from := local(2027, 1, 4, 9, 0).AddDate(0, 0, i).Add(time.Duration(proc%4) * 20 * time.Minute)
	return from, from.Add(time.Hour)
}

// Eight PCs booking overlapping hours of one room at the same moments,
// round after round: afterwards no two active bookings of the room
// overlap, and every PC told "booked" finds its booking.
func TestBookingRaceFromManyProcesses(t *testing.T) {
	s, path := openTemp(t, "Siti")
	room := newRoomResource(t, s, "Ruang Rapat Utama")
	const procs, rounds = 8, 20
	start := time.Now().Add(1500 * time.Millisecond)
	var told []string
	runHelpers(t, "TestHelperBookingWriter", "writer", procs, func(p int) []string {
		return []string{"RAPI_BOOK_DB=" + path, fmt.Sprintf("RAPI_BOOK_PROC=%d", p),
			fmt.Sprintf("RAPI_BOOK_ROUNDS=%d", rounds), fmt.Sprintf("RAPI_BOOK_ROOM=%d", room.ID),
			fmt.Sprintf("RAPI_BOOK_START=%d", start.UnixNano())}
	}, func(_ int, text string) {
		if f := strings.Fields(text); len(f) == 2 && f[0] == "OK" {
			told = append(told, f[1])
		}
	})
	list, err := s.BookingList(ctx, BookingFilter{ResourceID: room.ID, Limit: 10000})
	must(t, err)
	if len(told) < rounds || len(list) != len(told) {
		t.Fatalf("%d bookings told made, %d in the database, over %d rounds", len(told), len(list), rounds)
	}
	for i, a := range list {
		for _, b := range list[i+1:] {
			if booking.Overlaps(a.Dari, a.Sampai, b.Dari, b.Sampai, 0) {
				t.Fatalf("%s (%s) and %s (%s) overlap", a.Code, a.Jam(), b.Code, b.Jam())
			}
		}
	}
	for _, code := range told {
		if b, err := s.BookingByCode(ctx, code); err != nil || b.Status != booking.StatusDisetujui {
			t.Fatalf("%s was told booked: %v %v", code, b.Status, err)
		}
	}
}
