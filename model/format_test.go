package model

import (
	"testing"
	"time"
)

func TestFormatDate(t *testing.T) {
	d := time.Date(2026, 11, 22, 8, 30, 0, 0, time.Local)
	cases := map[string]string{
		FormatDate(d):           "22 November 2026",
		FormatDateDay(d):        "Minggu, 22 November 2026",
		FormatDateShort(d):      "22/11/2026",
		FormatDateTime(d):       "22/11/2026 08.30",
		FormatDateLang("en", d): "22 November 2026",
		FormatDate(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)):            "1 Februari 2024",
		FormatDateLang("en", time.Date(2024, 8, 17, 0, 0, 0, 0, time.UTC)): "17 August 2024",
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestFormatNumbers(t *testing.T) {
	cases := []struct{ got, want string }{
		{FormatInt(0), "0"},
		{FormatInt(999), "999"},
		{FormatInt(1000), "1.000"},
		{FormatInt(1250000), "1.250.000"},
		{FormatInt(-1250000), "-1.250.000"},
		{FormatDecimal(1250000.5, 2), "1.250.000,50"},
		{FormatDecimal(-0.25, 2), "-0,25"},
		{FormatDecimal(12.345, 0), "12"},
		{FormatRupiah(1250000), "Rp1.250.000"},
		{FormatRupiah(-5000), "-Rp5.000"},
		{FormatRupiah(0), "Rp0"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
