package rapat

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	mrapat "rapi/model/rapat"
	"rapi/storage/storagetest"
)

// BenchmarkHadirScan is a clerk at the door scanning an invitee's QR to
// the "Hadir 08.42: Nama" on screen, with 300 invitees (target < 100 ms).
func BenchmarkHadirScan(b *testing.B) {
	a := newTestApp(b)
	ctx := context.Background()
	r := newMeeting(b, a.store, "Rapat Koordinasi", "")
	ids := make([]int64, 300)
	for i := range ids {
		k := mrapat.Kontak{Nama: fmt.Sprintf("Peserta %03d", i), Jabatan: "Kepala Subbagian", Instansi: "Biro Umum"}
		must(b, a.store.SaveKontak(ctx, &k))
		ids[i] = k.ID
	}
	inv, err := a.store.InviteKontak(ctx, r.ID, ids)
	must(b, err)
	p := buildPage(a)
	a.win.SetContent(p.tabs)
	v := p.open(r.ID)
	v.showHadir()
	var d []time.Duration
	i := 0
	for b.Loop() {
		t := time.Now()
		scan(a.win, v.hadir.scan, inv[i%len(inv)].Code)
		d = append(d, time.Since(t))
		if !strings.Contains(v.hadir.last.Text, "Peserta") {
			b.Fatalf("no confirmation: %q", v.hadir.last.Text)
		}
		i++
	}
	storagetest.ReportPercentiles(b, d)
}
