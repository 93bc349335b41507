package value

import (
	"testing"

	"rapi/model"
)

// The fuzz targets below feed the parsers what a register or a clerk can
// type. They must never panic, and whatever they accept must read back the
// same after going through Rapi's own formatter (what the clerk sees is what
// was stored). `make fuzz` runs each for FUZZTIME.

var dateSeeds = []string{"12/01/2024", "12-01-2024", "2024-01-12", "12 Januari 2024", "Senin, 12 Agt 2024",
	"12 Jan 24", "45000", "1 Maret 1800 08.30", "31 Desember 2200", "29/02/2023", "", " ", "2024", "0", "-1e9"}

func FuzzParseDate(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.Year() < MinYear || d.Year() > MaxYear {
			t.Fatalf("%q accepted as %v, outside %d-%d", s, d, MinYear, MaxYear)
		}
		for _, shown := range []string{model.FormatDate(d), model.FormatDateShort(d), model.FormatDateDay(d)} {
			back, err := ParseDate(shown)
			if err != nil || !back.Equal(d) {
				t.Fatalf("%q -> %v shown as %q reads back as %v, %v", s, d, shown, back, err)
			}
		}
	})
}

func FuzzParseYearRange(f *testing.F) {
	for _, s := range []string{"2020", "2019-2021", "2019 – 2021", "2019 s.d. 2021", "2019 s/d 2021", "2019-21",
		"Januari 2019 - Maret 2020", "12/01/2019 s.d. 05/03/2020", "Januari 2019", "2021-2019", "03/2020", "1800 sampai 2200",
		"Januari - Desember 2024", "Jan s.d. Des 2024", "Tahun 2024", "Semester I 2024", "Triwulan II 2023", "TW 9 2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseYearRange(s)
		if err != nil {
			return
		}
		if r.From > r.To || r.From < MinYear || r.To > MaxYear {
			t.Fatalf("%q accepted as %+v", s, r)
		}
		back, err := ParseYearRange(r.String())
		if err != nil || back.From != r.From || back.To != r.To {
			t.Fatalf("%q -> %q reads back as %+v, %v", s, r.String(), back, err)
		}
	})
}

func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"1250000", "Rp 1.250.000", "Rp1.250.000,-", "1.250.000,00", "1,250,000.00", "IDR 1.250.000",
		"-Rp 5.000", "(5.000)", "1.25E+6", "0,5", "12.345,678", "Rp.", "--5", "1e300"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		if err != nil {
			return
		}
		back, err := ParseMoney(m.String())
		if err != nil || back != m {
			t.Fatalf("%q -> %d shown as %q reads back as %d, %v", s, m, m.String(), back, err)
		}
	})
}

func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"12", "1.250", "1,250", "12 berkas", "12.0", "-3", "(4)", "9007199254740992", "1e3", "1.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseInt(s)
		if err != nil {
			return
		}
		shown := model.FormatInt(n)
		back, err := ParseInt(shown)
		if err != nil || back != n {
			t.Fatalf("%q -> %d shown as %q reads back as %d, %v", s, n, shown, back, err)
		}
	})
}

func FuzzParseCondition(f *testing.F) {
	for _, s := range []string{"B", "Baik", "RR", "Rusak Ringan", "rusak-ringan", "R. Berat", "KB", "Kurang Baik", "Rusak", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCondition(s)
		if err != nil {
			return
		}
		if c != Good && c != LightDamage && c != HeavyDamage {
			t.Fatalf("%q -> unknown condition %q", s, c)
		}
		if back, err := ParseCondition(string(c)); err != nil || back != c {
			t.Fatalf("%q -> %q reads back as %q, %v", s, c, back, err)
		}
	})
}

func FuzzParseRupiah(f *testing.F) {
	for _, s := range []string{"Rp 12.500.000,00", "12500000", "12.500.000", "Rp12.500.000,-", "12.500.000,50", "-5", "Rp", "1e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseRupiah(s)
		if err != nil {
			return
		}
		if n < 0 {
			t.Fatalf("%q -> negative %d", s, n)
		}
		back, err := ParseRupiah(FormatRupiah(n))
		if err != nil || back != n {
			t.Fatalf("%q -> %d shown as %q reads back as %d, %v", s, n, FormatRupiah(n), back, err)
		}
	})
}
