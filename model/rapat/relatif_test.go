package rapat

import (
	"testing"
	"time"
)

func TestRelatifRoundTrips(t *testing.T) {
	for _, d := range []time.Duration{0, -72 * time.Hour, 24 * time.Hour, -time.Hour, -50*time.Hour - 30*time.Minute} {
		got, err := ParseRelatif(FormatRelatif(d))
		if err != nil || got != d {
			t.Errorf("%v written %q read %v %v", d, FormatRelatif(d), got, err)
		}
	}
	if got := FormatRelatif(-3 * 24 * time.Hour); got != "H-3" {
		t.Errorf("three days before: %q", got)
	}
}

// FuzzParseRelatif: what a clerk types as a template's due never
// panics, and an accepted due reads back the same once written.
func FuzzParseRelatif(f *testing.F) {
	for _, s := range []string{"H-3", "H", "H+1", "h+1 -2.30", "H -01.00", "H-7 +8", "H3", "X-1", "H-1 2.00", "H-99999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseRelatif(s)
		if err != nil {
			return
		}
		back, err := ParseRelatif(FormatRelatif(d))
		if err != nil || back != d {
			t.Fatalf("%q -> %v written %q reads back as %v, %v", s, d, FormatRelatif(d), back, err)
		}
	})
}
