package model

import "testing"

func TestFormatCodeEveryKind(t *testing.T) {
	want := map[CodeKind]string{
		CodeBerkas: "B-000123", CodeBoks: "BX-000123", CodePlace: "L-000123",
		CodeAsset: "A-000123", CodeRoom: "R-000123", CodeMeeting: "M-000123",
		CodeInvitee: "U-000123", CodeBooking: "P-000123",
	}
	seen := map[string]CodeKind{}
	for _, k := range CodeKinds() {
		c := FormatCode(k, 123)
		if c != want[k] {
			t.Errorf("FormatCode(%s, 123) = %q, want %q", k, c, want[k])
		}
		if !ValidCode(c) {
			t.Errorf("allocated code %q is not a valid label code", c)
		}
		if other, dup := seen[k.Prefix()]; dup {
			t.Errorf("%s and %s share prefix %q", k, other, k.Prefix())
		}
		seen[k.Prefix()] = k
		got, seq, ok := ParseCode(c)
		if !ok || got != k || seq != 123 {
			t.Errorf("ParseCode(%q) = %s %d %v", c, got, seq, ok)
		}
	}
}

func TestFormatCodeLimits(t *testing.T) {
	if c := FormatCode(CodeBerkas, 1234567); c != "B-1234567" {
		t.Errorf("a sequence past the padding: %q", c)
	}
	if c := FormatCode(CodeBoks, 999999999999999999); c != "" {
		t.Errorf("a code longer than %d characters was made: %q", MaxCodeLen, c)
	}
	for _, bad := range []struct {
		k CodeKind
		n int64
	}{{"", 1}, {"folder", 1}, {CodeBerkas, 0}, {CodeBerkas, -5}} {
		if c := FormatCode(bad.k, bad.n); c != "" {
			t.Errorf("FormatCode(%q, %d) = %q, want none", bad.k, bad.n, c)
		}
	}
}

func TestParseCodeRejectsWhatRapiDidNotAllocate(t *testing.T) {
	// What a scanner typed in lower case or with a trailing space is fine.
	if k, n, ok := ParseCode(" bx-000042 "); !ok || k != CodeBoks || n != 42 {
		t.Errorf("scanned box code not understood: %s %d %v", k, n, ok)
	}
	for _, s := range []string{"", "RAK-01", "R-ARSIP-2", "B000123", "B-123", "X-000001",
		"B-00012A", "B-000000", "BX-0000001", "B--000001", "B-000 001"} {
		if k, n, ok := ParseCode(s); ok {
			t.Errorf("ParseCode(%q) accepted it as %s %d", s, k, n)
		}
	}
}
