package booking

import (
	"time"

	"rapi/model"
)

// Ulang is how a booking repeats.
type Ulang string

// The repeat rules.
const (
	UlangHariKerja Ulang = "hari-kerja" // every weekday, Monday to Friday
	UlangMingguan  Ulang = "mingguan"   // every week on the same day
	UlangBulanan   Ulang = "bulanan"    // every month on the same date
)

// MaxSeri is how far a series may reach: a year from its first day.
const MaxSeri = 366 * 24 * time.Hour

// Seri is a repeating booking: the first period, the rule, and an end
// (a last date, or a number of occurrences).
type Seri struct {
	ID     int64
	Ulang  Ulang
	Sampai time.Time // last day an occurrence may start on (inclusive); zero: use Kali
	Kali   int       // number of occurrences; 0: use Sampai
}

// Periode is one occurrence's time.
type Periode struct {
	Dari, Sampai time.Time
}

// Lewat is a date the rule would give but the calendar has not (the 31st
// in a 30-day month): it is named to the clerk, never skipped silently.
type Lewat struct {
	Tanggal time.Time // the month it falls in, first day
	Alasan  string    // translation key
}

// Occurrences lists the periods of a series starting with first. Every
// occurrence keeps first's clock times and length, so one that runs past
// midnight or past the series' last day is still whole.
func (s Seri) Occurrences(first Periode) ([]Periode, []Lewat, error) {
	if err := s.validate(first); err != nil {
		return nil, nil, err
	}
	length := first.Sampai.Sub(first.Dari)
	limit := first.Dari.Add(MaxSeri)
	var out []Periode
	var lewat []Lewat
	for i := 0; ; i++ {
		start, ok := s.nth(first.Dari, i)
		if s.done(start, len(out), limit) {
			break
		}
		if !ok {
			lewat = append(lewat, Lewat{Tanggal: time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, start.Location()),
				Alasan: "booking.lewat.no_date"})
			continue
		}
		if s.Ulang == UlangHariKerja && (start.Weekday() == time.Saturday || start.Weekday() == time.Sunday) {
			continue
		}
		out = append(out, Periode{Dari: start, Sampai: start.Add(length)})
	}
	return out, lewat, nil
}

func (s Seri) validate(first Periode) error {
	switch {
	case s.Ulang != UlangHariKerja && s.Ulang != UlangMingguan && s.Ulang != UlangBulanan:
		return model.Invalid("ulang", string(s.Ulang), "error.booking_ulang")
	case s.Sampai.IsZero() && s.Kali <= 0:
		return model.Invalid("ulang_sampai", "", "error.required")
	case !s.Sampai.IsZero() && s.Sampai.Before(dateOf(first.Dari)):
		return model.Invalid("ulang_sampai", model.FormatDateShort(s.Sampai), "error.booking_range")
	case !s.Sampai.IsZero() && s.Sampai.Sub(first.Dari) > MaxSeri:
		return model.Invalid("ulang_sampai", model.FormatDateShort(s.Sampai), "error.booking_series_year")
	case s.Kali > 366:
		return model.Invalid("ulang_kali", model.FormatInt(int64(s.Kali)), "error.booking_series_year")
	}
	return nil
}

// done reports whether the series has ended before an occurrence at start.
func (s Seri) done(start time.Time, n int, limit time.Time) bool {
	if s.Kali > 0 && n >= s.Kali {
		return true
	}
	if !s.Sampai.IsZero() && dateOf(start).After(dateOf(s.Sampai)) {
		return true
	}
	return start.After(limit)
}

// nth is the i-th candidate start after first (0 is first itself); ok is
// false when the month has no such date.
func (s Seri) nth(first time.Time, i int) (time.Time, bool) {
	switch s.Ulang {
	case UlangHariKerja:
		return first.AddDate(0, 0, i), true
	case UlangMingguan:
		return first.AddDate(0, 0, 7*i), true
	}
	y, m, d := first.Date()
	t := time.Date(y, m+time.Month(i), d, first.Hour(), first.Minute(), 0, 0, first.Location())
	if t.Day() != d { // Go normalised 31 April to 1 May: April has no 31st
		return time.Date(y, m+time.Month(i), 1, first.Hour(), first.Minute(), 0, 0, first.Location()), false
	}
	return t, true
}

func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}
