package ui

import (
	"context"
	"path/filepath"
	"testing"

	mrapat "rapi/model/rapat"
	"rapi/storage"
)

// In the real window: a scan of a meeting's M- code opens its card, and
// a scan of an invitee's U- code in the scan box opens the Rapat page on
// that meeting's Hadir mode with the invitee checked in.
func TestScanOfMeetingAndInviteeCodes(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ctx := context.Background()
	s := a.Store()
	r := mrapat.Rapat{Acara: "Rapat Pimpinan Mingguan", Mulai: timeNow().AddDate(0, 0, 1)}
	r.Normalize()
	if err := s.CreateRapat(ctx, &r, storage.RapatFrom{}); err != nil {
		t.Fatal(err)
	}
	k := mrapat.Kontak{Nama: "Budi Santoso"}
	if err := s.SaveKontak(ctx, &k); err != nil {
		t.Fatal(err)
	}
	inv, err := s.InviteKontak(ctx, r.ID, []int64{k.ID})
	if err != nil {
		t.Fatal(err)
	}
	a.Search(r.Code)
	if !overlayShows(a.win, "Rapat Pimpinan Mingguan") {
		t.Fatalf("the scan of %s should open its card", r.Code)
	}
	a.Search(inv[0].Code)
	if a.CurrentPage() != "nav.meetings" || !labelShows(a.win, "Hadir ") || !labelShows(a.win, ": Budi Santoso") {
		t.Fatalf("the scan of %s should check Budi in on the meeting's Hadir mode (page %s)", inv[0].Code, a.CurrentPage())
	}
	if l, _ := s.RapatLengkap(ctx, r.ID); !l.Peserta[0].Present() {
		t.Error("Budi is not recorded present")
	}
}
