package booking

import (
	"strings"
	"time"

	"rapi/model"
	"rapi/model/value"
)

// What the clerk types, read the Indonesian way: "9.00" or "09:00",
// "3/12/2026" or "3 Desember 2026", "1.250" km. Every error names the
// field it came from.

func number(s, field string) (int64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	n, err := value.ParseInt(s)
	if err != nil {
		return 0, model.Invalid(field, s, "bookui.error.number")
	}
	return n, nil
}

func decimal(s string) (float64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	m, err := value.ParseMoney(s)
	if err != nil {
		return 0, model.Invalid("bbm", s, "bookui.error.number")
	}
	return m.Float(), nil
}

func rupiah(s string) (int64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	n, err := value.ParseRupiah(s)
	if err != nil {
		return 0, model.Invalid("bbm", s, "bookui.error.number")
	}
	return n, nil
}

// date reads a day typed in field.
func date(s, field string) (time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, model.Invalid(field, "", "error.required")
	}
	t, err := value.ParseDate(s)
	if err != nil {
		return time.Time{}, model.Invalid(field, s, "bookui.error.date")
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.Local), nil
}

// at is the clock time typed in field on day.
func at(day time.Time, s, field string) (time.Time, error) {
	h, m, err := value.ParseClock(s)
	if err != nil {
		return time.Time{}, model.Invalid(field, s, "bookui.error.jam")
	}
	return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute), nil
}

// fasilitas splits "Proyektor, AC" into its facilities.
func fasilitas(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
