package aset

import "testing"

func FuzzParseKode(f *testing.F) {
	for _, s := range []string{"1.3.2.05.01.05.043", "132050105043", "1320501050 43", "1.3.2.5.1.5.43", "1..3", "", "9.9.9.99.99.99.999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseKode(s)
		if err != nil {
			return
		}
		if back, err := ParseKode(string(k)); err != nil || back != k {
			t.Fatalf("%q -> %q reads back as %q, %v", s, k, back, err)
		}
		if back, err := ParseKode(k.Digits()); err != nil || back != k {
			t.Fatalf("%q -> digits %q read back as %q, %v", s, k.Digits(), back, err)
		}
	})
}

func FuzzParseNomorPolisi(f *testing.F) {
	for _, s := range []string{"DB 1234 AB", "db1234ab", "B-1-RI", "1234", "DB 12345 AB", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNomorPolisi(s)
		if err != nil {
			return
		}
		if back, err := ParseNomorPolisi(n); err != nil || back != n {
			t.Fatalf("%q -> %q reads back as %q, %v", s, n, back, err)
		}
	})
}
