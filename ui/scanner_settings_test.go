package ui

import (
	"rapi/ui/kit"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// scannerSave taps Simpan on the scanner card.
func scannerSave(t *testing.T, a *App) {
	t.Helper()
	var card *widget.Card
	walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Card); ok && c.Title == "Pemindai kode (scanner)" {
			card = c
		}
	})
	if card == nil {
		t.Fatal("no scanner card in Pengaturan")
	}
	var save *widget.Button
	walk(card, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Simpan" {
			save = b
		}
	})
	test.Tap(save)
}

// closeMessage taps OK on the message on top.
func closeMessage(t *testing.T, a *App) {
	t.Helper()
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "OK"))
}

func TestScannerSettingsChangeWhatCountsAsAScan(t *testing.T) {
	r := newScanRig(t)
	a := r.a
	gap := field(t, a.win, "Jeda maksimum antar tombol (ms)").(*kit.Entry)
	minLen := field(t, a.win, "Panjang kode minimum").(*kit.Entry)
	if gap.Text != "30" || minLen.Text != "4" {
		t.Fatalf("the card shows gap %q, length %q; want the defaults 30 and 4", gap.Text, minLen.Text)
	}

	// With the default 30 ms, a scanner pausing 40 ms per key is typing.
	r.typeKeys("RAK-07", 40*time.Millisecond, true)
	if !r.nothingShown() || r.field.Text != "RAK-07" {
		t.Fatalf("a 40 ms/key burst counted as a scan with the default gap (field %q)", r.field.Text)
	}
	r.field.SetText("")

	// A wrong number is refused and named; nothing changes.
	gap.SetText("lima puluh")
	scannerSave(t, a)
	if !overlayShows(a.win, "Jeda maksimum antar tombol (ms)") {
		t.Fatal("the wrong gap is not named")
	}
	closeMessage(t, a)
	if a.ScannerConfig().MaxGap != 30*time.Millisecond {
		t.Fatalf("a refused value was saved: %v", a.ScannerConfig().MaxGap)
	}

	gap.SetText("50")
	scannerSave(t, a)
	if !overlayShows(a.win, "Tersimpan") {
		t.Fatal("no message that the setting was saved")
	}
	closeMessage(t, a)
	if a.ScannerConfig().MaxGap != 50*time.Millisecond {
		t.Fatalf("saved gap %v", a.ScannerConfig().MaxGap)
	}
	a.win.Canvas().Focus(r.field)
	r.typeKeys("RAK-07", 40*time.Millisecond, true)
	if got := r.waitShown(); got != "RAK-07" {
		t.Fatalf("after setting 50 ms the scan showed %q", got)
	}
	if r.field.Text != "" {
		t.Fatalf("the scan was typed into the field: %q", r.field.Text)
	}
}
