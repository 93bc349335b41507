package inventaris

import (
	"context"
	"testing"
)

// Beranda names the rooms never checked, counts the RB assets and the
// sensus in progress, and hears of changes.
func TestHomeCardRoomsRBAndSensus(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	opened := false
	a.win.SetContent(HomeCard(a, func() { opened = true }))
	for _, want := range []string{"2 ruangan belum disensus 6 bulan terakhir", "· Gedung A › Ruang Rapat", "1 barang Rusak Berat",
		"0 sensus sedang berjalan"} {
		if !shows(a.win, want) {
			t.Errorf("Beranda should show %q: %q", want, texts(a.win))
		}
	}
	if _, err := a.Store().AsetSensusOpen(context.Background(), "Sensus Semester II 2026"); err != nil {
		t.Fatal(err)
	}
	a.DataChanged()
	if !shows(a.win, "1 sensus sedang berjalan") || !shows(a.win, "Sensus Semester II 2026") {
		t.Errorf("sensus in progress: %q", texts(a.win))
	}
	findButton(t, a.win, "Buka Inventaris").OnTapped()
	if !opened {
		t.Error("the button should open Inventaris")
	}
}
