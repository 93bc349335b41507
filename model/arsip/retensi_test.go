package arsip

import (
	"rapi/model"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestComputeRetensi(t *testing.T) {
	cases := []struct {
		name         string
		year         int
		jra          JRA
		pindah, akhr time.Time
		reason       string
	}{
		{"rapat 2+5 musnah", 2020, JRA{Aktif: 2, Inaktif: 5, Nasib: NasibMusnah}, day(2023, 1, 1), day(2028, 1, 1), ""},
		{"zero aktif moves next year", 2024, JRA{Aktif: 0, Inaktif: 2, Nasib: NasibMusnah}, day(2025, 1, 1), day(2027, 1, 1), ""},
		{"permanen", 2019, JRA{Aktif: 5, Inaktif: 10, Nasib: NasibPermanen}, day(2025, 1, 1), day(2035, 1, 1), ""},
		{"trigger needs a manual date", 2020, JRA{Aktif: 2, Inaktif: 5, Nasib: NasibMusnah, Trigger: "2 tahun setelah tidak berlaku"}, time.Time{}, time.Time{}, ReasonRetensiManual},
		{"trigger with zero years still manual", 2020, JRA{Nasib: NasibPermanen, Trigger: "setelah pegawai pensiun"}, time.Time{}, time.Time{}, ReasonRetensiManual},
		{"impossible year", 20, JRA{Aktif: 1, Inaktif: 1, Nasib: NasibMusnah}, time.Time{}, time.Time{}, "error.arsip_year"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := ComputeRetensi(c.year, c.jra)
			if c.reason != "" {
				ie, ok := model.AsInvalid(err)
				if !ok || ie.Reason != c.reason {
					t.Fatalf("err %v, want reason %s", err, c.reason)
				}
				if r.Known() {
					t.Fatalf("dates computed despite %s: %+v", c.reason, r)
				}
				return
			}
			if err != nil || !r.PindahOn.Equal(c.pindah) || !r.AkhirOn.Equal(c.akhr) || r.Nasib != c.jra.Nasib {
				t.Fatalf("got %+v %v, want pindah %v akhir %v", r, err, c.pindah, c.akhr)
			}
		})
	}
}

func TestResolveRetensiManualAndTrigger(t *testing.T) {
	trig := JRA{Aktif: 2, Inaktif: 3, Nasib: NasibMusnah, Trigger: "2 tahun setelah tidak berlaku"}
	b := Berkas{Code: "B-1", KodeKlasifikasi: "000.1.7.1", Uraian: "BPKB kendaraan dinas", TahunSampai: 2018}
	if err := b.ResolveRetensi(trig); err == nil || b.Retensi.Known() {
		t.Fatalf("trigger JRA computed dates without a manual date: %+v", b.Retensi)
	}
	b.RetensiManual = true
	b.Retensi.PindahOn = day(2026, 3, 10)
	if ie, ok := model.AsInvalid(b.Validate()); !ok || ie.Field != "retensi_alasan" {
		t.Fatalf("override without reason accepted: %v", b.Validate())
	}
	b.RetensiReason = "kendaraan dijual 2024"
	if err := b.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := b.ResolveRetensi(trig); err != nil || !b.Retensi.AkhirOn.Equal(day(2029, 3, 10)) {
		t.Fatalf("manual: %+v %v", b.Retensi, err)
	}
	b.Retensi.AkhirOn = day(2025, 1, 1)
	if ie, ok := model.AsInvalid(b.Validate()); !ok || ie.Field != "retensi_akhir" {
		t.Fatalf("akhir before pindah accepted: %v", b.Validate())
	}
}

func TestRetensiDue(t *testing.T) {
	r := Retensi{PindahOn: day(2023, 1, 1), AkhirOn: day(2028, 1, 1), Nasib: NasibPermanen}
	cases := []struct {
		st   Status
		asOf time.Time
		want RetensiAction
	}{
		{StatusAktif, day(2022, 12, 31), ""},
		{StatusAktif, day(2023, 1, 1), RetensiPindah},
		{StatusAktif, day(2030, 1, 1), RetensiPindah}, // must move before its final disposition
		{StatusInaktif, day(2027, 6, 1), ""},
		{StatusInaktif, day(2028, 1, 1), RetensiSerah},
		{StatusPermanen, day(2040, 1, 1), ""},
	}
	for _, c := range cases {
		if got := RetensiDue(r, c.st, c.asOf); got != c.want {
			t.Errorf("%s on %s: %q, want %q", c.st, model.FormatDateShort(c.asOf), got, c.want)
		}
	}
	r.Nasib = NasibMusnah
	if got := RetensiDue(r, StatusInaktif, day(2028, 1, 1)); got != RetensiMusnah {
		t.Errorf("musnah: %q", got)
	}
	if got := RetensiDue(Retensi{Nasib: NasibMusnah}, StatusInaktif, day(2099, 1, 1)); got != "" {
		t.Errorf("unknown dates due: %q", got)
	}
}
