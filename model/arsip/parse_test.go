package arsip

import "testing"

// The words registers use for the copy kind and the access class,
// including other apps' "Asli/Kopi" and "Umum" columns.
func TestParseRegisterWords(t *testing.T) {
	tingkat := map[string]Tingkat{"Asli": TingkatAsli, "ASLI": TingkatAsli, "Kopi": TingkatSalinan, "kopi": TingkatSalinan,
		"Fotokopi": TingkatSalinan, "Salinan": TingkatSalinan, "Copy": TingkatSalinan, "Tembusan": TingkatTembusan}
	for in, want := range tingkat {
		if got, ok := ParseTingkat(in); !ok || got != want {
			t.Errorf("ParseTingkat(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	keamanan := map[string]Keamanan{"Biasa / Terbuka": KeamananBiasa, "Biasa/Terbuka": KeamananBiasa, "Umum": KeamananBiasa,
		"UMUM": KeamananBiasa, "Terbuka": KeamananBiasa, "Terbatas": KeamananTerbatas, "Sangat Rahasia": KeamananSangatRahasia}
	for in, want := range keamanan {
		if got, ok := ParseKeamanan(in); !ok || got != want {
			t.Errorf("ParseKeamanan(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"Kopi darat", "Rahasia umum"} {
		if _, ok := ParseKeamanan(in); ok {
			t.Errorf("ParseKeamanan(%q) accepted", in)
		}
	}
}
