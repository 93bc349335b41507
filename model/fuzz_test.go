package model

import "testing"

// Scanned and typed codes: never a panic, and an accepted code is exactly
// the one Rapi would print for that kind and number.
func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"B-000123", " bx-000042 ", "L-000001", "A-1234567", "R-000000", "M-0000001",
		"RAK-01", "B-00012", "B--000123", "b-000123\n", "BX-99999999999999999", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		kind, seq, ok := ParseCode(s)
		if !ok {
			return
		}
		if !kind.Valid() || seq < 1 {
			t.Fatalf("%q -> %q %d", s, kind, seq)
		}
		if got := FormatCode(kind, seq); got != NormalizeCode(s) || !ValidCode(got) {
			t.Fatalf("%q -> %q %d formats as %q", s, kind, seq, got)
		}
	})
}

// Classification codes as typed or imported: normalising is stable, and a
// valid code's parent is valid too.
func FuzzKlasifikasiCode(f *testing.F) {
	for _, s := range []string{"000", "000.1", "000.1.7.2", "000 . 1,5", "100.1.1.1.1", "00", "000..1", " 800.1 ", "０００"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeKlasifikasiCode(s)
		if NormalizeKlasifikasiCode(n) != n {
			t.Fatalf("%q normalises to %q, then to %q", s, n, NormalizeKlasifikasiCode(n))
		}
		if !ValidKlasifikasiCode(n) {
			return
		}
		if lv := KlasifikasiLevel(n); lv < 1 || lv > 4 {
			t.Fatalf("%q: level %d", n, lv)
		}
		if p := KlasifikasiParent(n); p != "" && !ValidKlasifikasiCode(p) {
			t.Fatalf("%q: parent %q not valid", n, p)
		}
	})
}
