package value

import (
	"testing"
	"time"
)

func d(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }

func TestParseDate(t *testing.T) {
	ok := []struct {
		in   string
		want time.Time
	}{
		{"12/01/2024", d(2024, 1, 12)},
		{"12-01-2024", d(2024, 1, 12)},
		{"12.01.2024", d(2024, 1, 12)},
		{"1/2/2024", d(2024, 2, 1)}, // day first, never US order
		{"2024-01-12", d(2024, 1, 12)},
		{"2024/01/12", d(2024, 1, 12)},
		{"2024-01-12T00:00:00", d(2024, 1, 12)},
		{"12/01/2024 08.30", d(2024, 1, 12)},
		{"12/01/24", d(2024, 1, 12)},
		{"12/01/98", d(1998, 1, 12)},
		{"12 Januari 2024", d(2024, 1, 12)},
		{"12 januari 2024", d(2024, 1, 12)},
		{"12 JANUARI 2024", d(2024, 1, 12)},
		{"12 Jan 2024", d(2024, 1, 12)},
		{"12 Jan. 2024", d(2024, 1, 12)},
		{"12-Jan-24", d(2024, 1, 12)},
		{"12 Agt 2024", d(2024, 8, 12)},
		{"12 Agustus 2024", d(2024, 8, 12)},
		{"17 Ags 1945", d(1945, 8, 17)},
		{"5 Pebruari 2001", d(2001, 2, 5)},
		{"10 Nopember 2020", d(2020, 11, 10)},
		{"1 Okt 2023", d(2023, 10, 1)},
		{"25 Des 2023", d(2023, 12, 25)},
		{"1 Mei 2024", d(2024, 5, 1)},
		{"12 August 2024", d(2024, 8, 12)},
		{"August 12, 2024", d(2024, 8, 12)},
		{"3 Oct 2022", d(2022, 10, 3)},
		{"Senin, 22 Januari 2024", d(2024, 1, 22)},
		{"Jum'at, 26 Januari 2024", d(2024, 1, 26)},
		{"\u00a012\u00a0Januari 2024\n", d(2024, 1, 12)},
		{"29/02/2024", d(2024, 2, 29)},
		// Excel serials (1900 system with the Lotus leap-year bug).
		{"45303", d(2024, 1, 12)},
		{"45303.5", d(2024, 1, 12)},
		{"61", d(1900, 3, 1)},
		{"59", d(1900, 2, 28)},
		{"1", d(1900, 1, 1)},
	}
	for _, c := range ok {
		got, err := ParseDate(c.in)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	bad := []struct{ in, reason string }{
		{"31/02/2024", ReasonDateImpossible},
		{"29/02/2023", ReasonDateImpossible},
		{"31 April 2024", ReasonDateImpossible},
		{"12/13/2024", ReasonDateImpossible}, // US order typed by mistake: month 13
		{"00/01/2024", ReasonDateImpossible},
		{"60", ReasonDateImpossible}, // Excel's fictitious 29 February 1900
		{"2024", ReasonDateYearOnly},
		{"Januari 2024", ReasonDate},
		{"besok", ReasonDate},
		{"12 Foo 2024", ReasonDate},
		{"12/01/202", ReasonDate},
		{"12/01/2024/5", ReasonDate},
		{"12/01/0024", ReasonDateOutOfRange},
		{"", ReasonEmpty},
		{" - ", ReasonEmpty},
	}
	for _, c := range bad {
		got, err := ParseDate(c.in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want error %s", c.in, got, c.reason)
			continue
		}
		if r := Reason(err); r != c.reason {
			t.Errorf("ParseDate(%q) reason %s, want %s", c.in, r, c.reason)
		}
	}
}

func TestFromSerialSystems(t *testing.T) {
	cases := []struct {
		serial float64
		sys    DateSystem
		want   time.Time
	}{
		{45303, Excel1900, d(2024, 1, 12)},
		{45303, Plain1900, d(2024, 1, 12)},
		{1, Excel1900, d(1900, 1, 1)},
		{1, Plain1900, d(1899, 12, 31)},
		{59, Plain1900, d(1900, 2, 27)},
		{60, Plain1900, d(1900, 2, 28)},
		{61, Plain1900, d(1900, 3, 1)},
		{43841, Excel1904, d(2024, 1, 12)}, // the 1904 system is 1462 days behind
		{0, Excel1904, d(1904, 1, 1)},
	}
	for _, c := range cases {
		got, err := FromSerial(c.serial, c.sys)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("FromSerial(%v, %v) = %v, %v; want %v", c.serial, c.sys, got, err, c.want)
		}
	}
	if s := ToSerial(d(2024, 1, 12)); s != 45303 {
		t.Errorf("ToSerial = %v", s)
	}
	if _, err := FromSerial(-1, Excel1900); err == nil {
		t.Error("negative serial accepted")
	}
}

func TestParseYearRange(t *testing.T) {
	ok := []struct {
		in       string
		from, to int
		fd, td   time.Time
	}{
		{"2020", 2020, 2020, time.Time{}, time.Time{}},
		{"2019-2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019 - 2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019 – 2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019—2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019 s.d. 2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019 s.d 2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019 s/d 2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019 S/D 2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019 sd 2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019 sampai dengan 2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019/2021", 2019, 2021, time.Time{}, time.Time{}},
		{"2019-21", 2019, 2021, time.Time{}, time.Time{}},
		{"Januari 2019 - Maret 2020", 2019, 2020, d(2019, 1, 1), d(2020, 3, 31)},
		{"Jan 2019 s.d. Feb 2020", 2019, 2020, d(2019, 1, 1), d(2020, 2, 29)},
		{"Januari 2019-Maret 2020", 2019, 2020, d(2019, 1, 1), d(2020, 3, 31)},
		{"12/01/2019 s.d. 05/03/2020", 2019, 2020, d(2019, 1, 12), d(2020, 3, 5)},
		{"12-01-2019 - 05-03-2020", 2019, 2020, d(2019, 1, 12), d(2020, 3, 5)},
		{"12 Januari 2019 s/d 5 Maret 2020", 2019, 2020, d(2019, 1, 12), d(2020, 3, 5)},
		{"Agustus 2021", 2021, 2021, d(2021, 8, 1), d(2021, 8, 31)},
		{"03/2021", 2021, 2021, d(2021, 3, 1), d(2021, 3, 31)},
		{"2019 - Maret 2020", 2019, 2020, time.Time{}, d(2020, 3, 31)},
		// the forms office registers write
		{"Januari - Desember 2024", 2024, 2024, d(2024, 1, 1), d(2024, 12, 31)},
		{"Jan s.d. Des 2024", 2024, 2024, d(2024, 1, 1), d(2024, 12, 31)},
		{"Januari–Maret 2023", 2023, 2023, d(2023, 1, 1), d(2023, 3, 31)},
		{"Januari-Maret 2023", 2023, 2023, d(2023, 1, 1), d(2023, 3, 31)},
		{"Februari s/d April 2024", 2024, 2024, d(2024, 2, 1), d(2024, 4, 30)},
		{"Tahun 2024", 2024, 2024, time.Time{}, time.Time{}},
		{"TAHUN 2023 - 2024", 2023, 2024, time.Time{}, time.Time{}},
		{"Th. 2022", 2022, 2022, time.Time{}, time.Time{}},
		{"Semester I 2024", 2024, 2024, d(2024, 1, 1), d(2024, 6, 30)},
		{"Semester 2 Tahun 2024", 2024, 2024, d(2024, 7, 1), d(2024, 12, 31)},
		{"Triwulan II 2023", 2023, 2023, d(2023, 4, 1), d(2023, 6, 30)},
		{"TW IV 2023", 2023, 2023, d(2023, 10, 1), d(2023, 12, 31)},
		{"2023 - 2024", 2023, 2024, time.Time{}, time.Time{}},
		{"01-01-2024 s.d. 31-12-2024", 2024, 2024, d(2024, 1, 1), d(2024, 12, 31)},
		// a jangka simpan written as the dates it runs
		{"01/01/2024 s/d 31/12/2028", 2024, 2028, d(2024, 1, 1), d(2028, 12, 31)},
	}
	for _, c := range ok {
		r, err := ParseYearRange(c.in)
		if err != nil || r.From != c.from || r.To != c.to || !r.FromDate.Equal(c.fd) || !r.ToDate.Equal(c.td) {
			t.Errorf("ParseYearRange(%q) = %+v, %v; want %d-%d %v %v", c.in, r, err, c.from, c.to, c.fd, c.td)
		}
	}
	bad := []struct{ in, reason string }{
		{"2021-2019", ReasonYearRangeOrder},
		{"Maret 2020 - Januari 2020", ReasonYearRangeOrder},
		{"tahun lalu", ReasonYearRange},
		{"2019 - 2020 - 2021", ReasonYearRange},
		{"31/02/2019 s.d. 2020", ReasonDateImpossible},
		{"13/2020", ReasonDateImpossible},
		{"Desember - Januari 2024", ReasonYearRangeOrder},
		{"Triwulan V 2023", ReasonYearRange},
		{"Semester III 2024", ReasonYearRange},
		{"0219-2021", ReasonDateOutOfRange},
		{"", ReasonEmpty},
	}
	for _, c := range bad {
		r, err := ParseYearRange(c.in)
		if err == nil {
			t.Errorf("ParseYearRange(%q) = %+v, want error", c.in, r)
		} else if Reason(err) != c.reason {
			t.Errorf("ParseYearRange(%q) reason %s, want %s", c.in, Reason(err), c.reason)
		}
	}
	if s := (YearRange{From: 2019, To: 2021}).String(); s != "2019-2021" {
		t.Errorf("String = %q", s)
	}
}

func TestParseMoney(t *testing.T) {
	ok := []struct {
		in   string
		want Money
	}{
		{"1250000", 125000000},
		{"Rp 1.250.000", 125000000},
		{"Rp1.250.000", 125000000},
		{"Rp. 1.250.000", 125000000},
		{"Rp1.250.000,-", 125000000},
		{"Rp 1.250.000,00", 125000000},
		{"1.250.000,00", 125000000},
		{"1.250.000,5", 125000050},
		{"1,250,000.00", 125000000},
		{"1,250,000", 125000000},
		{"1.250", 125000},
		{"1,250", 125000}, // three digits after one separator group thousands
		{"1250.5", 125050},
		{"1250,75", 125075},
		{"0,5", 50},
		{"IDR 5.000", 500000},
		{"-1.250.000", -125000000},
		{"-Rp 5.000", -500000},
		{"Rp -5.000", -500000},
		{"(5.000)", -500000},
		{"1.25E+6", 125000000},
		{"1250000.004", 125000000},
		{"\u00a0Rp\u00a01.250.000 ", 125000000},
	}
	for _, c := range ok {
		got, err := ParseMoney(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"Rp", "satu juta", "1.25.000", "12,34,5", "1.250,000.00", "Rp 1.250.000 (dua)"} {
		if got, err := ParseMoney(in); err == nil || Reason(err) != ReasonMoney {
			t.Errorf("ParseMoney(%q) = %d, %v; want %s", in, got, err, ReasonMoney)
		}
	}
	if _, err := ParseMoney("-"); Reason(err) != ReasonEmpty {
		t.Errorf("a dash should be empty, got %v", err)
	}
	if s := Money(125000050).String(); s != "Rp1.250.000,50" {
		t.Errorf("String = %q", s)
	}
	if s := Money(-500000).String(); s != "-Rp5.000" {
		t.Errorf("String = %q", s)
	}
	if r := Money(125000050).Rupiah(); r != 1250001 {
		t.Errorf("Rupiah = %d", r)
	}
}

func TestParseInt(t *testing.T) {
	ok := map[string]int64{"12": 12, "12 berkas": 12, "3 lembar": 3, "1 boks": 1, "12 lbr.": 12, "2 bundel": 2, "1.250": 1250, "12.0": 12, " 7 ": 7, "-3": -3}
	for in, want := range ok {
		if got, err := ParseInt(in); err != nil || got != want {
			t.Errorf("ParseInt(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"12.5", "dua belas", "12 / 3", "1a"} {
		if got, err := ParseInt(in); Reason(err) != ReasonInt {
			t.Errorf("ParseInt(%q) = %d, %v; want %s", in, got, err, ReasonInt)
		}
	}
}

func TestParseCondition(t *testing.T) {
	ok := map[string]Condition{
		"B": Good, "b": Good, "Baik": Good, "BAIK": Good, " baik ": Good,
		"RR": LightDamage, "Rusak Ringan": LightDamage, "rusak-ringan": LightDamage, "R. Ringan": LightDamage,
		"KB": LightDamage, "Kurang Baik": LightDamage, "K.B.": LightDamage,
		"RB": HeavyDamage, "Rusak Berat": HeavyDamage, "R.B": HeavyDamage, "RUSAK  BERAT": HeavyDamage,
	}
	for in, want := range ok {
		if got, err := ParseCondition(in); err != nil || got != want {
			t.Errorf("ParseCondition(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"Rusak", "hilang", "R"} {
		if got, err := ParseCondition(in); Reason(err) != ReasonCondition {
			t.Errorf("ParseCondition(%q) = %q, %v; want %s", in, got, err, ReasonCondition)
		}
	}
}

func TestClean(t *testing.T) {
	cases := map[string]string{
		"  Surat   masuk ":             "Surat masuk",
		"Surat\u00a0masuk":             "Surat masuk",
		"Surat\r\nmasuk\n":             "Surat masuk",
		"Surat_x000D_\nmasuk":          "Surat masuk",
		"Su\u200brat masuk\ufeff":      "Surat masuk",
		"Rapat\tPimpinan\u202fBiro":    "Rapat Pimpinan Biro",
		"Peng\u00adadaan":              "Pengadaan",
		"plain text stays as it is.":   "plain text stays as it is.",
		"\u00a0\u00a0":                 "",
		"Kode 000.5.3\u2007(baru)":     "Kode 000.5.3 (baru)",
		"Uraian informasi\n\n\nberkas": "Uraian informasi berkas",
	}
	for in, want := range cases {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Fold(" No. Urut\n"); got != "no urut" {
		t.Errorf("Fold = %q", got)
	}
	for _, in := range []string{"", " ", "-", "—"} {
		if !IsBlank(in) {
			t.Errorf("IsBlank(%q) = false", in)
		}
	}
	if IsBlank("0") {
		t.Error(`IsBlank("0") = true`)
	}
}
