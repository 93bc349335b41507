package arsip

import (
	"slices"
	"testing"
)

// Nomor berkas stay as the office wrote them.
func TestNormalizeNomor(t *testing.T) {
	for in, want := range map[string]string{"B-2023/0274": "B-2023/0274", " 12/BU/2023 ": "12/BU/2023", "045.a": "045.a",
		"III/17": "III/17", "12": "12", "1.250": "1250", "1,250": "1250", "12 / BU": "12 / BU", "": ""} {
		if got := NormalizeNomor(in); got != want {
			t.Errorf("NormalizeNomor(%q) = %q, want %q", in, got, want)
		}
	}
}

// A register sorted by nomor reads as a clerk expects: 2 before 10, and
// numbers with a year by their year first.
func TestNomorSortKey(t *testing.T) {
	want := []string{"1", "2", "10", "045.a", "045.b", "III/2", "III/17", "12/BU/2022", "3/BU/2023", "12/BU/2023", "B-2023/0274", "B-2024/0001"}
	got := slices.Clone(want)
	slices.Reverse(got)
	slices.SortStableFunc(got, func(a, b string) int {
		ka, kb := NomorSortKey(a), NomorSortKey(b)
		if ka < kb {
			return -1
		} else if ka > kb {
			return 1
		}
		return 0
	})
	if !slices.Equal(got, want) {
		t.Errorf("sorted %q\nwant   %q", got, want)
	}
	// the migration writes this key for the numbers stored before
	if k := NomorSortKey("12"); k != "0000|0000000012" {
		t.Errorf("key of 12 = %q", k)
	}
	if NomorSortKey("") != "" {
		t.Error("no nomor sorts first with an empty key")
	}
}
