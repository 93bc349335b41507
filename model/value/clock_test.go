package value

import (
	"fmt"
	"testing"
)

func TestParseClock(t *testing.T) {
	for in, want := range map[string][2]int{"8.30": {8, 30}, "08:30": {8, 30}, "0830": {8, 30}, "8": {8, 0}, "13.05": {13, 5}} {
		h, m, err := ParseClock(in)
		if err != nil || h != want[0] || m != want[1] {
			t.Errorf("ParseClock(%q) = %d.%d %v", in, h, m, err)
		}
	}
	for _, bad := range []string{"24.00", "8.60", "8.5", "jam 8", ""} {
		if _, _, err := ParseClock(bad); err == nil {
			t.Errorf("ParseClock(%q) accepted", bad)
		}
	}
}

// FuzzParseClock: no input panics, and an accepted time reads back the
// same when written the way the papers write it ("08.30").
func FuzzParseClock(f *testing.F) {
	for _, s := range []string{"8.30", "08:30", "0830", "8", "13,05", "24.00", "8.5", "", "..", "12.", "٣٠"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, m, err := ParseClock(s)
		if err != nil {
			return
		}
		if h < 0 || h > 23 || m < 0 || m > 59 {
			t.Fatalf("%q accepted as %d.%d", s, h, m)
		}
		shown := fmt.Sprintf("%02d.%02d", h, m)
		if h2, m2, err := ParseClock(shown); err != nil || h2 != h || m2 != m {
			t.Fatalf("%q -> %s reads back as %d.%d %v", s, shown, h2, m2, err)
		}
	})
}
