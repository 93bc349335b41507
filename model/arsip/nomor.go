package arsip

import (
	"regexp"
	"strings"
	"unicode"

	"rapi/model/value"
)

// MaxNomorLen is the longest nomor berkas kept; longer text is a uraian
// typed in the wrong column.
const MaxNomorLen = 40

// reGrouped is a whole number written with thousands separators, as a
// spreadsheet shows a number cell ("1.250"): the number, not a text.
var reGrouped = regexp.MustCompile(`^\d{1,3}([.,]\d{3})+$`)

// NormalizeNomor keeps a nomor berkas as the office wrote it ("B-2023/0274",
// "12/BU/2023", "045.a", "III/17"), spaces tidied; only a plain number
// shown with thousands separators becomes the number ("1.250" is 1250).
func NormalizeNomor(s string) string {
	s = strings.Join(strings.Fields(value.Clean(s)), " ")
	if reGrouped.MatchString(s) {
		s = strings.NewReplacer(".", "", ",", "").Replace(s)
	}
	return s
}

// reYearIn finds a year inside a nomor that has more than digits.
var reYearIn = regexp.MustCompile(`(?:^|\D)((?:19|20)\d{2})(?:\D|$)`)

// NomorSortKey orders nomor berkas naturally: by the year a nomor carries
// ("B-2023/0274" before "B-2024/0001"), then with every run of digits
// compared as a number (2 before 10), letters ignoring case. A plain number
// is never a year. Migration 0011 writes the same key for the numbers it
// converts ("0000|" and ten digits): keep the two in step.
func NomorSortKey(nomor string) string {
	if nomor == "" {
		return ""
	}
	year := "0000"
	if strings.IndexFunc(nomor, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		if m := reYearIn.FindStringSubmatch(nomor); m != nil {
			year = m[1]
		}
	}
	var b strings.Builder
	b.WriteString(year + "|")
	rs := []rune(strings.ToLower(nomor))
	for i := 0; i < len(rs); {
		if !unicode.IsDigit(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && unicode.IsDigit(rs[j]) {
			j++
		}
		digits := strings.TrimLeft(string(rs[i:j]), "0")
		b.WriteString(strings.Repeat("0", max(0, 10-len(digits))) + digits)
		i = j
	}
	return b.String()
}
