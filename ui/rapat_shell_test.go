package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

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

// The Rapat page (week list, Rapat baru, a meeting's every tab, Kontak)
// fits 1,280 × 720 and 1,366 × 768 without asking for more than 1,100 px.
func TestRapatFitsOfficeScreens(t *testing.T) {
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ctx := context.Background()
	s := a.Store()
	ts, err := s.RapatTemplates(ctx)
	if err != nil || len(ts) == 0 {
		t.Fatalf("templates %v %v", ts, err)
	}
	r := mrapat.Rapat{Acara: "Rapat Koordinasi Persiapan Hari Ulang Tahun Provinsi ke-68 bersama seluruh Kepala Perangkat Daerah",
		Mulai: timeNow().AddDate(0, 0, 1), Tempat: "Ruang Rapat Utama Kantor Gubernur Lantai 3 Gedung A"}
	r.Normalize()
	if err := s.CreateRapat(ctx, &r, storage.RapatFrom{TemplateID: ts[len(ts)-1].ID}); err != nil {
		t.Fatal(err)
	}
	for _, size := range []fyne.Size{{Width: 1280, Height: 720}, {Width: 1366, Height: 768}} {
		a.win.Resize(size)
		a.ShowPage("nav.meetings")
		check := func(what string) {
			t.Helper()
			if w := a.win.Canvas().Content().MinSize().Width; w > 1100 {
				t.Errorf("at %v the %s asks for %.0f px", size, what, w)
			}
			if h := a.win.Canvas().Content().MinSize().Height; h > size.Height {
				t.Errorf("at %v the %s asks for %.0f px of height", size, what, h)
			}
		}
		check("week list")
		test.Tap(findButton(t, a.win, "Rapat baru"))
		check("Rapat baru form")
		test.Tap(findButton(t, a.win, "Batal"))
		a.Search(r.Code)
		test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Buka rapat"))
		var tabs *container.AppTabs
		walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
			if x, ok := o.(*container.AppTabs); ok && len(x.Items) == 7 {
				tabs = x
			}
		})
		if tabs == nil {
			t.Fatal("the meeting's screen did not open from its card")
		}
		for i := range tabs.Items {
			tabs.SelectIndex(i)
			check(tabs.Items[i].Text)
		}
		test.Tap(findButton(t, a.win, "Kembali ke jadwal"))
	}
}

// Daftar hadir on a meeting's Cetak tab opens the PDF with the meeting and
// its invitee on it.
func TestRapatCetakOpensThePDF(t *testing.T) {
	pdf := catchPDFs(t)
	a, _ := newTestApp(t, filepath.Join(t.TempDir(), "rapi.db"))
	ctx := context.Background()
	s := a.Store()
	r := mrapat.Rapat{Acara: "Rapat Pimpinan Mingguan", Mulai: timeNow().AddDate(0, 0, 1), Tempat: "Ruang Rapat Lt. 2"}
	r.Normalize()
	if err := s.CreateRapat(ctx, &r, storage.RapatFrom{}); err != nil {
		t.Fatal(err)
	}
	k := mrapat.Kontak{Nama: "Budi Santoso", Jabatan: "Kepala Bagian Umum"}
	if err := s.SaveKontak(ctx, &k); err != nil {
		t.Fatal(err)
	}
	if _, err := s.InviteKontak(ctx, r.ID, []int64{k.ID}); err != nil {
		t.Fatal(err)
	}
	a.Search(r.Code)
	test.Tap(findInOverlay(t, a.win.Canvas().Overlays().Top(), "Buka rapat"))
	walk(a.win.Canvas().Content(), func(o fyne.CanvasObject) {
		if x, ok := o.(*container.AppTabs); ok && len(x.Items) == 7 {
			x.SelectIndex(6)
		}
	})
	test.Tap(findButton(t, a.win, "Daftar hadir"))
	out := pdf.text(t, "rapi-daftar-hadir-"+r.Code+"-*.pdf", "daftar hadir")
	wantIn(t, out, "daftar hadir", "Rapat Pimpinan Mingguan", "Ruang Rapat Lt. 2", "Budi Santoso")
}
