package value

import (
	"strings"
	"unicode"
)

// Clean tidies a cell's text the way a clerk expects it to look: zero-width
// characters and soft hyphens removed, non-breaking and other odd spaces made
// plain, line breaks (Alt+Enter in Excel, "_x000D_" escapes) and runs of
// spaces collapsed to one space, and the ends trimmed.
func Clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = strings.ReplaceAll(s, "_x000D_", "")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f' || unicode.Is(unicode.Zs, r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isPlain reports whether s is already clean (printable ASCII, single
// inner spaces, no spaces at the ends): the common case, kept cheap.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c == ' ' && prev == ' ') || c == '_' {
			return false
		}
		prev = c
	}
	return true
}

// IsBlank reports whether a cell means "nothing": empty after cleaning, or a
// lone dash that clerks type into an empty column.
func IsBlank(s string) bool {
	s = Clean(s)
	switch s {
	case "", "-", "--", "–", "—", "'":
		return true
	}
	return false
}

// Fold lowercases s, turns every run of non-letters/digits into one space
// and trims it: "No. Urut" -> "no urut". Useful to compare headers and words.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range Clean(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}
