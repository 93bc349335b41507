package value

import "testing"

func TestParseRupiah(t *testing.T) {
	for in, want := range map[string]int64{"Rp 12.500.000,00": 12500000, "12500000": 12500000, "12.500.000": 12500000,
		"Rp12.500.000,-": 12500000, "IDR 750.000": 750000, "0": 0} {
		if got, err := ParseRupiah(in); err != nil || got != want {
			t.Errorf("%q: %d %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "Rp", "12.500.000,50", "-5.000", "dua juta"} {
		if _, err := ParseRupiah(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if FormatRupiah(12500000) != "Rp12.500.000" {
		t.Fatal(FormatRupiah(12500000))
	}
}
