package ui

import (
	"context"
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	marsip "rapi/model/arsip"
)

// On a PC without a PDF viewer the loan card is not lost behind an
// English "exec: xdg-open" error: the clerk reads Indonesian and is
// offered to save the PDF.
func TestLoanCardWithoutViewerOffersToSavePDF(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	defer func(old func(fyne.App, *url.URL) error) { openURL = old }(openURL)
	openURL = func(fyne.App, *url.URL) error { return &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound} }
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	b := mkTestBerkas(t, a, "B-000009", "Laporan keuangan triwulan")
	l := marsip.Peminjaman{BerkasID: b.ID, Borrower: "Budi Santoso", Clerk: "Siti", Tanggal: timeNow(), Due: timeNow().AddDate(0, 0, 7)}
	if err := a.Store().LendArsip(context.Background(), &l); err != nil {
		t.Fatal(err)
	}
	a.cetak.PrintLoanCard(l.ID)
	top := a.win.Canvas().Overlays().Top()
	if top == nil || !overlayShows(a.win, "tidak ada aplikasi yang bisa membukanya") {
		t.Fatal("no Indonesian message says the PDF could not be opened")
	}
	walk(top, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "xdg-open") {
			t.Fatalf("the clerk reads the raw error %q", l.Text)
		}
	})
	findInOverlay(t, top, "Simpan PDF…")
}
