package inventaris

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rapi/storage"
	"rapi/ui/printout"
)

// openRoomTab shows the rooms tab with the room whose path ends in name open.
func openRoomTab(t *testing.T, a *testShell, name string) *asetPage {
	t.Helper()
	p := buildPage(a)
	a.win.SetContent(newPage(p))
	p.tabs.SelectIndex(1)
	for i, r := range p.rooms.rooms {
		if strings.HasSuffix(r.Path, name) {
			p.rooms.list.Select(i)
			return p
		}
	}
	t.Fatalf("no room %q in %+v", name, p.rooms.rooms)
	return nil
}

// The penanggung jawab typed on a room is who signs its KIR; a bad NIP
// is named and the room keeps its old one.
func TestRoomPenanggungJawabSignsItsKIR(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p := openRoomTab(t, a, "Ruang Rapat")
	test.Tap(p.rooms.pj.button)
	e := formEntries(t, a)
	e[0].SetText("Rina Wati")
	e[1].SetText("19900101 201503 2 003")
	tapConfirm(t, a)
	if !overlayShows(a.win, "Penanggung jawab Gedung A › Ruang Rapat disimpan") {
		t.Fatalf("no saved message: %q", texts(a.win))
	}
	spec, _, err := printout.AsetForm(context.Background(), a.store, printout.AsetOptions{List: storage.ListKIR, RuangID: f.rapat})
	if err != nil {
		t.Fatal(err)
	}
	if pj := spec.Signatures[len(spec.Signatures)-1]; pj.Name != "Rina Wati" || pj.NIP != "199001012015032003" {
		t.Fatalf("the KIR is signed by %+v", pj)
	}
	if !strings.HasSuffix(p.rooms.pj.button.Text, "Rina Wati") {
		t.Errorf("the button says %q", p.rooms.pj.button.Text)
	}

	test.Tap(p.rooms.pj.button)
	e = formEntries(t, a)
	e[1].SetText("1990")
	tapConfirm(t, a)
	if !overlayShows(a.win, "NIP penanggung jawab ruangan") {
		t.Fatalf("a bad NIP is not named: %q", texts(a.win))
	}
	if pj, _, _ := a.store.RuangPJ(context.Background(), f.rapat); pj.NIP != "199001012015032003" {
		t.Errorf("a refused NIP changed the room: %+v", pj)
	}
}

// One tap prints the KIR of every room, for the walk that hangs them.
func TestRoomsTabPrintsEveryRoomsKIR(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p := openRoomTab(t, a, "Ruang Rapat")
	test.Tap(p.rooms.kirAll)
	test.Tap(p.rooms.kir)
	if len(a.kir) != 2 || a.kir[0] != 0 || a.kir[1] == 0 {
		t.Errorf("KIRs asked for %v, want every room (0) then the open room", a.kir)
	}
}
