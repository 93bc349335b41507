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

// Locations from registers: never a panic, every place named, and the
// same location read again gives the same levels.
func FuzzParseLokasi(f *testing.F) {
	for _, s := range []string{"Ruang Arsip Lt.2, Rak 3, Boks 015", "Gd. A / R. Arsip / Rak 3 / Boks 15", "Filing Kabinet 2 - Laci 1 - Folder 7",
		"Roll O'Pack 2 > Box 4", "Lt. 2\nR.201", "--//..", "Rak3-Boks15", "é'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := ParseLokasi(s)
		for _, p := range l.Places {
			if p.Name == "" || p.Level.PlaceKind() == "" {
				t.Fatalf("%q: place %+v", s, p)
			}
			_ = p.Key()
		}
		_ = BoksKey(l.Boks)
	})
}
