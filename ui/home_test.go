package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	marsip "rapi/model/arsip"
	"rapi/storage"
)

// Beranda counts the overdue loans, shows each due date whole and opens
// the berkas's card from its row.
func TestBerandaOverdueRowsCountShowDueAndOpenTheCard(t *testing.T) {
	shown := filepath.Join(t.TempDir(), "shown.txt")
	t.Setenv(ShownFileEnv, shown)
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	for i, code := range []string{"B-000011", "B-000012"} {
		b := mkTestBerkas(t, a, code, "Laporan keuangan triwulan")
		l := marsip.Peminjaman{BerkasID: b.ID, Borrower: "Budi Santoso", Tanggal: timeNow().AddDate(0, 0, -30),
			Due: timeNow().AddDate(0, 0, -10-i)}
		if err := a.Store().LendArsip(context.Background(), &l); err != nil {
			t.Fatal(err)
		}
	}
	a.DataChanged()
	a.ShowPage("nav.home")
	a.win.Resize(fyne.NewSize(1280, 720))
	var card *widget.Card
	var links []*widget.Hyperlink
	var dues []*widget.Label
	walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Card:
			if w.Title == "Peminjaman terlambat" {
				card = w
			}
		case *widget.Hyperlink:
			links = append(links, w)
		case *widget.Label:
			if len(w.Text) > 12 && w.Text[:12] == "jatuh tempo " {
				dues = append(dues, w)
			}
		}
	})
	if card == nil || card.Subtitle != "2 terlambat" {
		t.Fatalf("the overdue card does not say \"2 terlambat\": %+v", card)
	}
	if len(dues) != 2 || dues[0].Truncation != fyne.TextTruncateOff {
		t.Fatalf("due dates shown: %d", len(dues))
	}
	if len(links) != 2 {
		t.Fatalf("%d overdue rows can be opened, want 2", len(links))
	}
	test.TapAt(links[0], fyne.NewPos(links[0].MinSize().Width/2, links[0].MinSize().Height/2)) // on the words
	deadline := time.Now().Add(3 * time.Second)
	for !overlayShows(a.win, "Laporan keuangan triwulan") {
		if time.Now().After(deadline) {
			t.Fatal("tapping an overdue row opened no card")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A register imported without classification codes is flagged on
// Beranda until its files get one.
func TestBerandaCountsFilesWithoutClassification(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	csv := filepath.Join(t.TempDir(), "register.csv")
	rows := "Nomor Berkas;Uraian Informasi Berkas;Tahun;Jumlah\n1;Surat edaran jam kerja;2023;3 berkas\n2;Undangan rapat;2024;1\n"
	if err := os.WriteFile(csv, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := a.Store().ImportArsip(context.Background(), csv, storage.ImportArsipOptions{})
	if err != nil || rep.Unclassified != 2 {
		t.Fatalf("import: %v, %+v", err, rep)
	}
	a.DataChanged()
	a.ShowPage("nav.home")
	if !labelShows(a.win, "2 berkas belum diklasifikasi") {
		t.Fatal("Beranda does not flag the 2 files without a code")
	}
}
