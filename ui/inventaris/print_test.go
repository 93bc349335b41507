package inventaris

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"rapi/storage"
)

// "Cetak daftar…" on the Barang tab prints the KIB chosen (KIB B first,
// the one every office prints) or the mutasi report of the dates typed;
// a date that is not one is named, and nothing prints.
func TestBarangTabPrintsTheChosenList(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	p := buildPage(a)
	a.win.SetContent(newPage(p))

	test.Tap(findButton(t, a.win, "Cetak daftar…"))
	tapConfirm(t, a)
	if len(a.docs) != 1 || a.docs[0].List == nil || a.docs[0].List.List != storage.ListKIBB {
		t.Fatalf("printed %+v, want KIB B", a.docs)
	}

	test.Tap(findButton(t, a.win, "Cetak daftar…"))
	formSelect(t, a).SetSelected("Laporan Mutasi")
	dates := formEntries(t, a)
	if len(dates) < 2 {
		t.Fatalf("no date fields in the print dialog")
	}
	dates[0].SetText("31/02/2026")
	tapConfirm(t, a)
	if len(a.docs) != 1 || !overlayShows(a.win, "31/02/2026") || !overlayShows(a.win, "bukan tanggal") {
		t.Fatalf("a bad date should be named and print nothing: docs %d, screen %q", len(a.docs), texts(a.win))
	}

	test.Tap(findButton(t, a.win, "Cetak daftar…"))
	formSelect(t, a).SetSelected("Laporan Mutasi")
	dates = formEntries(t, a)
	dates[0].SetText("1 Januari 2026")
	dates[1].SetText("30/06/2026")
	tapConfirm(t, a)
	got := a.docs[len(a.docs)-1].List
	if len(a.docs) != 2 || got.List != storage.ListMutasi || got.From.Format("2006-01-02") != "2026-01-01" ||
		got.To.Format("2006-01-02 15:04") != "2026-06-30 23:59" {
		t.Fatalf("mutasi report asked as %+v", got)
	}
}

// A BAST hands an asset to its holder: the card prints one for an asset
// that has a holder, and offers none for one that has not.
func TestAsetCardPrintsTheBASTOfItsHolder(t *testing.T) {
	f := newFixture(t)
	a := newTestApp(t, f.path)
	showCard(t, a, f.kursi[0].Code)
	if b := findButton(t, a.win, "Cetak BAST"); !b.Disabled() {
		t.Fatal("a chair with no holder offers a BAST")
	}
	showCard(t, a, f.laptop.Code)
	test.Tap(findButton(t, a.win, "Cetak BAST"))
	if len(a.docs) != 1 || a.docs[0].BAST == nil || len(a.docs[0].BAST.Codes) != 1 || a.docs[0].BAST.Codes[0] != f.laptop.Code {
		t.Fatalf("BAST asked as %+v", a.docs)
	}
}
