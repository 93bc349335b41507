package storage

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"rapi/model"
	"rapi/model/rapat"
)

// TestHelperRapatScanner is not a test on its own:
// TestRapatCheckInFromManyProcesses starts the test binary again with
// RAPI_RAPAT_DB set, and this function then plays one door scanner
// scanning every invitation code given, printing who it recorded (WON)
// and who it was told was there already (DUP).
func TestHelperRapatScanner(t *testing.T) {
	path := os.Getenv("RAPI_RAPAT_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	id, _ := strconv.ParseInt(os.Getenv("RAPI_RAPAT_ID"), 10, 64)
	s, err := Open(ctx, path, Options{})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	defer s.Close()
	s.SetActor(model.Actor{Login: "pintu", Name: "pintu"})
	for _, code := range strings.Split(os.Getenv("RAPI_RAPAT_CODES"), ",") {
		_, err := s.CheckIn(ctx, id, code, "pintu")
		switch {
		case err == nil:
			fmt.Println("WON", code)
		case errors.As(err, new(*rapat.SudahHadirError)):
			fmt.Println("DUP", code)
		default:
			fmt.Println("ERR", err)
		}
	}
}

// Three scanners at three doors (three processes) scan the same 30
// invitations at once, each in its own order: every invitee is recorded
// exactly once and the other two scanners say "sudah hadir".
func TestRapatCheckInFromManyProcesses(t *testing.T) {
	s, _, path := openRapat(t)
	r := newRapat(t, s, local(2026, 12, 1, 9, 0), RapatFrom{})
	var codes []string
	for i := range 30 {
		p := rapat.Peserta{Nama: fmt.Sprintf("Peserta %d", i+1)}
		must(t, s.AddPeserta(ctx, r.ID, &p))
		codes = append(codes, p.Code)
	}
	const procs = 3
	won, dup := map[string]int{}, map[string]int{}
	runHelpers(t, "TestHelperRapatScanner", "scanner", procs, func(i int) []string {
		order := append(append([]string(nil), codes[i*10:]...), codes[:i*10]...)
		return []string{"RAPI_RAPAT_DB=" + path, fmt.Sprintf("RAPI_RAPAT_ID=%d", r.ID), "RAPI_RAPAT_CODES=" + strings.Join(order, ",")}
	}, func(_ int, text string) {
		switch tag, code, _ := strings.Cut(text, " "); tag {
		case "WON":
			won[code]++
		case "DUP":
			dup[code]++
		}
	})
	for _, c := range codes {
		if won[c] != 1 || dup[c] != procs-1 {
			t.Errorf("%s recorded %d times, refused %d times; want once and %d", c, won[c], dup[c], procs-1)
		}
	}
	l := lengkap(t, s, r.ID)
	if rek := l.Rekap(); rek.Hadir != 30 {
		t.Errorf("rekap after the scans: %+v", rek)
	}
}
