package value

import "strings"

// ParseClock reads a clock time typed as "8.30", "08:30", "0830" or "8":
// the meeting forms, the booking form and the checklist templates all
// take a time of day the ways Indonesians write it.
func ParseClock(s string) (h, m int, err error) {
	t := strings.TrimSpace(s)
	t = strings.NewReplacer(":", ".", ",", ".").Replace(t)
	hs, ms, found := strings.Cut(t, ".")
	if !found && len(t) == 4 {
		hs, ms = t[:2], t[2:]
	}
	h, okH := atoiMax(hs, 23)
	m, okM := 0, true
	if ms != "" || found {
		m, okM = atoiMax(ms, 59)
	}
	if !okH || !okM || (ms != "" && len(ms) != 2) {
		return 0, 0, invalid("jam", s, ReasonClock)
	}
	return h, m, nil
}

// atoiMax reads one or two digits up to max.
func atoiMax(s string, max int) (int, bool) {
	if s == "" || len(s) > 2 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, n <= max
}
