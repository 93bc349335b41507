package arsip

import (
	"rapi/model"
	"testing"
)

func TestOfficialWording(t *testing.T) {
	cases := map[string]string{
		TingkatPertinggal.Official():          "Pertinggal",
		MediaKartografi.Official():            "Kartografi/Kearsitekturan",
		MediaAudioVisual.Official():           "Audio Visual",
		KeamananBiasa.Official():              "Biasa/Terbuka",
		KeamananSangatRahasia.Official():      "Sangat Rahasia",
		StatusDipinjam.Official():             "Dipinjam",
		Media("mikro_film").Official():        "Mikro Film", // from an old register
		model.TitleCase("daftar arsip aktif"): "Daftar Arsip Aktif",
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}
