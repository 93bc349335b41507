package value

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// YearRange is a kurun waktu: the years a file covers, and the exact dates
// when the register gave them (zero otherwise). "Maret 2020" as an end gives
// ToDate 31 March 2020.
type YearRange struct {
	From, To         int
	FromDate, ToDate time.Time
}

// String writes the range as archive lists do: "2019" or "2019-2021".
func (r YearRange) String() string {
	if r.From == r.To {
		return strconv.Itoa(r.From)
	}
	return strconv.Itoa(r.From) + "-" + strconv.Itoa(r.To)
}

var (
	reRangeWord  = regexp.MustCompile(`(?i)\s*(?:\bs\s*[./]\s*d\b\.?|\bsd\b|\bsampai\s+dengan\b|\bsampai\b|\bhingga\b|\buntil\b|\bto\b|[–—~])\s*`)
	reYearPair   = regexp.MustCompile(`^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$`)
	reYear       = regexp.MustCompile(`^\d{4}$`)
	reMonthYearN = regexp.MustCompile(`^(\d{1,2})\s*[/.\-]\s*(\d{4})$`)
	reYearWord   = regexp.MustCompile(`(?i)^(?:tahun\s+anggaran|tahun|thn|th|t\.?a)\.?\s*(\d{4}\b.*)$`)
	rePeriod     = regexp.MustCompile(`(?i)^(semester|smt|triwulan|tw|kuartal|caturwulan|cawu)\s*\.?\s*([ivx]+|\d)\s+(?:tahun\s+)?(\d{4})$`)
	reEndYear    = regexp.MustCompile(`\b(\d{4})$`)
)

// periodMonths is how many months one period of each kind lasts.
var periodMonths = map[string]int{"semester": 6, "smt": 6, "triwulan": 3, "tw": 3, "kuartal": 3, "caturwulan": 4, "cawu": 4}

var romans = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}

// period reads "Semester I 2024", "Triwulan II 2023", "Caturwulan 3
// 2022" as the months they stand for.
func period(orig, t string) (YearRange, bool, error) {
	m := rePeriod.FindStringSubmatch(t)
	if m == nil {
		return YearRange{}, false, nil
	}
	length := periodMonths[strings.ToLower(m[1])]
	n, ok := romans[strings.ToLower(m[2])]
	if !ok {
		n, _ = strconv.Atoi(m[2])
	}
	y, _ := strconv.Atoi(m[3])
	if n < 1 || n*length > 12 {
		return YearRange{}, true, invalid("year_range", orig, ReasonYearRange)
	}
	from := time.Date(y, time.Month((n-1)*length+1), 1, 0, 0, 0, 0, time.UTC)
	r, err := checkRange(orig, YearRange{From: y, To: y, FromDate: from, ToDate: from.AddDate(0, length, -1)})
	return r, true, err
}

// borrowYear gives a month without a year the year the range ends in:
// "Januari - Desember 2024" is January 2024 to December 2024.
func borrowYear(left, right string) string {
	tk := tokens(left)
	if len(tk) != 1 || isDigits(tk[0]) {
		return left
	}
	if _, ok := MonthFromWord(tk[0]); !ok {
		return left
	}
	if m := reEndYear.FindStringSubmatch(strings.TrimSpace(right)); m != nil {
		return left + " " + m[1]
	}
	return left
}

// ParseYearRange reads a kurun waktu: "2020", "2019-2021", "2019 - 2021",
// "2019 – 2021", "2019 s.d. 2021", "2019 s/d 2021", "2019 sampai 2021",
// "2019-21", "Januari 2019 - Maret 2020", "12/01/2019 s.d. 05/03/2020",
// "Januari 2019" (one month), months within one year ("Januari -
// Desember 2024", "Jan s.d. Des 2024"), "Tahun 2024", "Semester I 2024",
// "Triwulan II 2023". The end may not come before the start.
func ParseYearRange(s string) (YearRange, error) {
	t := Clean(s)
	if IsBlank(t) {
		return YearRange{}, invalid("year_range", s, ReasonEmpty)
	}
	if m := reYearWord.FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	if r, ok, err := period(s, t); ok {
		return r, err
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil && f == float64(int(f)) && reYear.MatchString(t) {
		return checkRange(s, YearRange{From: int(f), To: int(f)})
	}
	var left, right string
	if m := reYearPair.FindStringSubmatch(t); m != nil {
		left, right = m[1], m[2]
		if len(right) == 2 {
			right = left[:2] + right
		}
	} else if u := reRangeWord.ReplaceAllString(t, "|"); strings.Count(u, "|") == 1 {
		left, right, _ = strings.Cut(u, "|")
	} else if strings.Contains(u, "|") {
		return YearRange{}, invalid("year_range", s, ReasonYearRange)
	} else if l, r, ok := strings.Cut(t, " - "); ok && !strings.Contains(r, " - ") {
		left, right = l, r
	} else if strings.Count(t, "-") == 1 {
		left, right, _ = strings.Cut(t, "-")
	} else {
		left = t
	}
	if right != "" {
		left = borrowYear(left, right)
	}
	var r YearRange
	var err error
	r.From, r.FromDate, _, err = parsePoint(left)
	if err != nil {
		return YearRange{}, invalid("year_range", s, Reason(err))
	}
	if right == "" {
		_, _, r.ToDate, _ = parsePoint(left)
		r.To = r.From
		return checkRange(s, r)
	}
	r.To, _, r.ToDate, err = parsePoint(right)
	if err != nil {
		return YearRange{}, invalid("year_range", s, Reason(err))
	}
	return checkRange(s, r)
}

func checkRange(orig string, r YearRange) (YearRange, error) {
	if r.From < MinYear || r.From > MaxYear || r.To < MinYear || r.To > MaxYear {
		return YearRange{}, invalid("year_range", orig, ReasonDateOutOfRange)
	}
	if r.To < r.From || (!r.FromDate.IsZero() && !r.ToDate.IsZero() && r.ToDate.Before(r.FromDate)) {
		return YearRange{}, invalid("year_range", orig, ReasonYearRangeOrder)
	}
	return r, nil
}

// parsePoint reads one end of a range: a year, a month and year, or a
// full date. from and to are the first and last day it stands for (zero
// for a bare year).
func parsePoint(s string) (year int, from, to time.Time, err error) {
	s = strings.TrimSpace(s)
	if reYear.MatchString(s) {
		y, _ := strconv.Atoi(s)
		return y, time.Time{}, time.Time{}, nil
	}
	month, y := 0, 0
	if m := reMonthYearN.FindStringSubmatch(s); m != nil {
		month, _ = strconv.Atoi(m[1])
		y, _ = strconv.Atoi(m[2])
	} else if tk := tokens(s); len(tk) == 2 && !isDigits(tk[0]) && isDigits(tk[1]) && len(tk[1]) == 4 {
		var ok bool
		if month, ok = MonthFromWord(tk[0]); !ok {
			return 0, time.Time{}, time.Time{}, invalid("year_range", s, ReasonYearRange)
		}
		y, _ = strconv.Atoi(tk[1])
	}
	if month != 0 {
		if month > 12 {
			return 0, time.Time{}, time.Time{}, invalid("year_range", s, ReasonDateImpossible)
		}
		from = time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
		return y, from, from.AddDate(0, 1, -1), nil
	}
	d, err := ParseDate(s)
	if err != nil {
		r := Reason(err)
		if r == ReasonDate || r == ReasonDateYearOnly {
			r = ReasonYearRange
		}
		return 0, time.Time{}, time.Time{}, invalid("year_range", s, r)
	}
	if reNumber.MatchString(s) { // a bare serial number is not a kurun waktu
		return 0, time.Time{}, time.Time{}, invalid("year_range", s, ReasonYearRange)
	}
	return d.Year(), d, d, nil
}
