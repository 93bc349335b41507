package storage

import (
	"testing"

	"rapi/model/arsip"
)

// When the admin changes a code's JRA, the files under it follow at once:
// the retention work lists are drawn from their stored dates.
func TestRetentionFollowsAChangedJRA(t *testing.T) {
	s, _ := openTemp(t, "Siti")
	b := mkBerkas(t, s, "B-1", "000.1.5", "Notulen rapat pimpinan", 2020, 0)
	sub := mkBerkas(t, s, "B-2", "000.1.5.9", "Notulen rapat terbatas", 2020, 0) // unlisted: takes 000.1.5's JRA
	manual := arsip.Berkas{Code: "B-3", KodeKlasifikasi: "000.1.5", Uraian: "Rapat khusus", TahunSampai: 2020,
		RetensiManual: true, RetensiReason: "keputusan kepala biro", Retensi: arsip.Retensi{PindahOn: d(2030, 1, 1)}}
	must(t, s.CreateBerkas(ctx, &manual))
	other := mkBerkas(t, s, "B-4", "000.1.6", "Konsumsi rapat", 2020, 0)

	k, err := s.KlasifikasiByCode(ctx, "000.1.5")
	must(t, err)
	k.JRA.Aktif, k.JRA.Inaktif = 4, 6
	must(t, s.SaveKlasifikasiAdmin(ctx, &k, ""))

	want, _ := arsip.ComputeRetensi(2020, k.JRA)
	for _, f := range []arsip.Berkas{b, sub} {
		got, err := s.Berkas(ctx, f.ID)
		must(t, err)
		if !got.Retensi.PindahOn.Equal(want.PindahOn) || !got.Retensi.AkhirOn.Equal(want.AkhirOn) {
			t.Errorf("%s after the JRA changed: %+v, want %+v", f.Code, got.Retensi, want)
		}
	}
	if got, _ := s.Berkas(ctx, manual.ID); !got.Retensi.PindahOn.Equal(d(2030, 1, 1)) {
		t.Errorf("manual dates were overwritten: %+v", got.Retensi)
	}
	if got, _ := s.Berkas(ctx, other.ID); !got.Retensi.PindahOn.Equal(other.Retensi.PindahOn) {
		t.Errorf("a file under another code moved: %+v", got.Retensi)
	}

	// Deleting the code: its files fall back to the parent's JRA.
	k, _ = s.KlasifikasiByCode(ctx, "000.1.5")
	must(t, s.DeleteKlasifikasi(ctx, k.ID, k.Version, ""))
	parent, err := s.KlasifikasiByCode(ctx, "000.1")
	must(t, err)
	want, _ = arsip.ComputeRetensi(2020, parent.JRA)
	if got, _ := s.Berkas(ctx, b.ID); !got.Retensi.PindahOn.Equal(want.PindahOn) {
		t.Errorf("after deleting the code: %+v, want the parent's %+v", got.Retensi, want)
	}
}
