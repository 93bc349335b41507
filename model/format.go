package model

import (
	"strconv"
	"strings"
	"time"
)

// MonthNames are the Indonesian month names, January first.
var MonthNames = [12]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni",
	"Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// DayNames are the Indonesian day names indexed by time.Weekday (Sunday = 0).
var DayNames = [7]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}

var enMonthNames = [12]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// FormatDate writes a date as Indonesian letters and forms do: "22 November 2026".
func FormatDate(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + MonthNames[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// FormatDateLang is FormatDate in the UI language ("id" or "en"); official
// documents always use FormatDate.
func FormatDateLang(lang string, t time.Time) string {
	if lang == "en" {
		return strconv.Itoa(t.Day()) + " " + enMonthNames[t.Month()-1] + " " + strconv.Itoa(t.Year())
	}
	return FormatDate(t)
}

// FormatDateDay adds the day name: "Minggu, 22 November 2026".
func FormatDateDay(t time.Time) string {
	return DayNames[t.Weekday()] + ", " + FormatDate(t)
}

// FormatDateShort is the numeric form: "22/11/2026".
func FormatDateShort(t time.Time) string {
	return t.Format("02/01/2006")
}

// FormatDateTime is a short date with the time as Indonesians write it: "22/11/2026 08.30".
func FormatDateTime(t time.Time) string {
	return t.Format("02/01/2006 15.04")
}

// FormatInt groups thousands with dots: 1250000 -> "1.250.000".
func FormatInt(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	first := len(s) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(s[:first])
	for i := first; i < len(s); i += 3 {
		b.WriteByte('.')
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// FormatDecimal writes a number with dots for thousands and a comma before
// the given number of decimals: 1250000.5, 2 -> "1.250.000,50".
func FormatDecimal(f float64, decimals int) string {
	s := strconv.FormatFloat(f, 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	n, _ := strconv.ParseInt(intPart, 10, 64)
	out := FormatInt(n)
	if n == 0 && strings.HasPrefix(intPart, "-") {
		out = "-0"
	}
	if decimals > 0 {
		out += "," + frac
	}
	return out
}

// FormatRupiah writes whole rupiah as on Indonesian forms: "Rp1.250.000".
func FormatRupiah(n int64) string {
	if n < 0 {
		return "-Rp" + FormatInt(-n)
	}
	return "Rp" + FormatInt(n)
}

// TitleCase capitalises each word, reading "_" as a space:
// "sangat_rahasia" -> "Sangat Rahasia".
func TitleCase(s string) string {
	words := strings.Fields(strings.ReplaceAll(s, "_", " "))
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}
