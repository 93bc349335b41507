package value

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"rapi/model"
)

// DateSystem is how a workbook counts serial date numbers.
type DateSystem int

const (
	// Excel1900 is Excel's default: serial 1 is 1 January 1900 and, as in
	// Lotus 1-2-3, serial 60 is the non-existent 29 February 1900, so dates
	// from 1 March 1900 on count from 30 December 1899.
	Excel1900 DateSystem = iota
	// Plain1900 counts every serial from 30 December 1899 (LibreOffice,
	// Google Sheets and most programs that write "Excel dates"): serial 1
	// is 31 December 1899. It differs from Excel1900 only below serial 61.
	Plain1900
	// Excel1904 is the old Mac system: serial 0 is 1 January 1904.
	Excel1904
)

// Years accepted in dates and year ranges.
const (
	MinYear = 1800
	MaxYear = 2200
)

var (
	epoch1899 = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	epoch1904 = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
)

// FromSerial turns a spreadsheet serial number into a date (UTC midnight;
// the time of day is dropped).
func FromSerial(serial float64, sys DateSystem) (time.Time, error) {
	v := strconv.FormatFloat(serial, 'f', -1, 64)
	if math.IsNaN(serial) || math.IsInf(serial, 0) || serial < 0 || serial > 2958465 {
		return time.Time{}, invalid("date", v, ReasonDateOutOfRange)
	}
	// Round to the second first so 45303.9999999 is still the 12th's end.
	days := int(math.Floor(serial + 0.5/86400))
	var t time.Time
	switch sys {
	case Excel1904:
		t = epoch1904.AddDate(0, 0, days)
	case Plain1900:
		t = epoch1899.AddDate(0, 0, days)
	default:
		switch {
		case days == 60:
			return time.Time{}, invalid("date", v, ReasonDateImpossible) // 29 Feb 1900
		case days == 0:
			return time.Time{}, invalid("date", v, ReasonDate) // Excel's "0 January 1900"
		case days < 60:
			t = epoch1899.AddDate(0, 0, days+1)
		default:
			t = epoch1899.AddDate(0, 0, days)
		}
	}
	if t.Year() < MinYear || t.Year() > MaxYear {
		return time.Time{}, invalid("date", v, ReasonDateOutOfRange)
	}
	return t, nil
}

// ToSerial is the inverse of FromSerial for Excel1900 (dates after 1 March 1900).
func ToSerial(t time.Time) float64 {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return math.Round(d.Sub(epoch1899).Hours() / 24)
}

var (
	reDayName  = regexp.MustCompile(`(?i)^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b[,.]?\s*`)
	reTimeTail = regexp.MustCompile(`(?i)(?:[ T]+(?:pukul\s+|jam\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*(?:wib|wita|wit|am|pm|z|[+-]\d{2}:?\d{2}))?)$`)
	reNumDate  = regexp.MustCompile(`^(\d{1,4})\s*([/.\-])\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})$`)
	reNumber   = regexp.MustCompile(`^\d+(?:\.\d+)?$`)
)

// ParseDate reads a date as written in Indonesian registers: a spreadsheet
// serial number (Excel1900), 12/01/2024, 12-01-2024, 12.01.2024 (always day
// first), 2024-01-12, "12 Januari 2024", "12 Jan 2024", "12 Agt 2024",
// "Senin, 12 Januari 2024", English month names, two-digit years (00-49 ->
// 2000s, 50-99 -> 1900s), with an optional time that is dropped.
func ParseDate(s string) (time.Time, error) { return ParseDateIn(s, Excel1900) }

// ParseDateIn is ParseDate with the serial number convention of the source.
func ParseDateIn(s string, sys DateSystem) (time.Time, error) {
	t := Clean(s)
	if IsBlank(t) {
		return time.Time{}, invalid("date", s, ReasonEmpty)
	}
	t = reDayName.ReplaceAllString(t, "")
	if loc := reTimeTail.FindStringIndex(t); loc != nil && loc[0] > 0 {
		t = strings.TrimSpace(t[:loc[0]])
	}
	if reNumber.MatchString(t) {
		f, err := strconv.ParseFloat(t, 64)
		if err != nil {
			return time.Time{}, invalid("date", s, ReasonDate)
		}
		if len(t) == 4 && f >= MinYear && f <= MaxYear {
			return time.Time{}, invalid("date", s, ReasonDateYearOnly)
		}
		d, err := FromSerial(f, sys)
		if err != nil {
			return time.Time{}, invalid("date", s, Reason(err))
		}
		return d, nil
	}
	if m := reNumDate.FindStringSubmatch(t); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		c, _ := strconv.Atoi(m[4])
		if len(m[1]) == 4 { // 2024-01-12
			if len(m[4]) > 2 {
				return time.Time{}, invalid("date", s, ReasonDate)
			}
			return makeDate(s, m[1], a, b, c)
		}
		if len(m[1]) > 2 || len(m[4]) == 3 || len(m[4]) == 1 {
			return time.Time{}, invalid("date", s, ReasonDate)
		}
		return makeDate(s, m[4], c, b, a)
	}
	return parseWordDate(s, t)
}

// makeDate checks that y-m-d exists; ytext is the year as written, for
// two-digit years.
func makeDate(orig, ytext string, y, m, d int) (time.Time, error) {
	if len(ytext) <= 2 {
		y = expandYear(y)
	}
	if y < MinYear || y > MaxYear {
		return time.Time{}, invalid("date", orig, ReasonDateOutOfRange)
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return time.Time{}, invalid("date", orig, ReasonDateImpossible)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

func expandYear(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// tokens splits s into runs of letters and runs of digits.
func tokens(s string) []string {
	var out []string
	start := -1
	kind := 0 // 1 letters, 2 digits
	for i, r := range s {
		k := 0
		switch {
		case r >= '0' && r <= '9':
			k = 2
		case r == '\'' && kind == 1: // Jum'at
			continue
		case isLetter(r):
			k = 1
		}
		if k != kind {
			if kind != 0 {
				out = append(out, s[start:i])
			}
			start, kind = i, k
		}
	}
	if kind != 0 {
		out = append(out, s[start:])
	}
	return out
}

func isLetter(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r > 0x7f
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseWordDate handles dates with a month written as a word.
func parseWordDate(orig, t string) (time.Time, error) {
	tk := tokens(t)
	var nums []string
	month, monthAt := 0, -1
	for i, w := range tk {
		if isDigits(w) {
			nums = append(nums, w)
			continue
		}
		m, ok := MonthFromWord(w)
		if !ok || month != 0 {
			return time.Time{}, invalid("date", orig, ReasonDate)
		}
		month, monthAt = m, i
	}
	if month == 0 || len(nums) != 2 {
		return time.Time{}, invalid("date", orig, ReasonDate)
	}
	// "12 Januari 2024" / "12-Jan-24" (day first) or "January 12, 2024" (month first):
	// either way the first number is the day unless it is a four-digit year
	// ("2024 Januari 12" is not used; refuse it).
	_ = monthAt
	day, year := nums[0], nums[1]
	if len(day) > 2 || (len(year) != 2 && len(year) != 4) {
		return time.Time{}, invalid("date", orig, ReasonDate)
	}
	d, _ := strconv.Atoi(day)
	y, _ := strconv.Atoi(year)
	return makeDate(orig, year, y, month, d)
}

var enMonths = [12]string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

// Old spellings and abbreviations that are not simple prefixes.
var monthAliases = map[string]int{
	"pebruari": 2, "peb": 2, "agt": 8, "ags": 8, "agst": 8, "okt": 10, "oct": 10,
	"nopember": 11, "nop": 11, "des": 12, "dec": 12, "mei": 5, "may": 5,
}

// MonthFromWord reads a month name or abbreviation in Indonesian or
// English, any case: "Januari", "jan", "Agt", "Agustus", "August", "Nop".
func MonthFromWord(w string) (int, bool) {
	w = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(w), "."))
	if m, ok := monthAliases[w]; ok {
		return m, true
	}
	if len(w) < 3 {
		return 0, false
	}
	found := 0
	for i := range 12 {
		id := strings.ToLower(model.MonthNames[i])
		if strings.HasPrefix(id, w) || strings.HasPrefix(enMonths[i], w) {
			if found != 0 && found != i+1 {
				return 0, false
			}
			found = i + 1
		}
	}
	return found, found != 0
}
