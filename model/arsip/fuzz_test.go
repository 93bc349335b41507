package arsip

import "testing"

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
