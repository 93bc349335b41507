package paper

import (
	"strings"
	"testing"
)

const longTitle = "Berkas pengadaan konsumsi rapat koordinasi penataan arsip inaktif di lingkungan Sekretariat Daerah Provinsi tahun anggaran 2025"

func checkInside(t *testing.T, f fitted, w, h float64, st TextStyle) {
	t.Helper()
	if float64(len(f.Lines))*f.lineHeight() > h+1e-9 {
		t.Errorf("%d lines at %.1f pt are %.2f mm tall, box is %.2f", len(f.Lines), f.Size, float64(len(f.Lines))*f.lineHeight(), h)
	}
	for _, l := range f.Lines {
		if lw := textWidth(l, f.Size, st.Bold); lw > w+1e-9 {
			t.Errorf("line %q is %.2f mm wide, box is %.2f", l, lw, w)
		}
	}
}

func TestFitShortTextKeepsSize(t *testing.T) {
	st := TextStyle{Size: 10}
	f := fitText("SK Gubernur", 40, 10, st)
	if f.Size != 10 || len(f.Lines) != 1 {
		t.Errorf("short text: %v at %.1f pt, want one line at 10 pt", f.Lines, f.Size)
	}
}

func TestFitShrinksThenWrapsThenCuts(t *testing.T) {
	st := TextStyle{Size: 10, MinSize: 6, Bold: true}
	roomy := fitText(longTitle, 60, 30, st)
	checkInside(t, roomy, 60, 30, st)
	if got := strings.Join(roomy.Lines, " "); got != longTitle {
		t.Errorf("text lost although the box has room: %q", got)
	}
	tight := fitText(longTitle, 35, 8, st)
	checkInside(t, tight, 35, 8, st)
	if tight.Size != 6 {
		t.Errorf("tight box: size %.1f, want the minimum 6 before cutting", tight.Size)
	}
	if last := tight.Lines[len(tight.Lines)-1]; !strings.HasSuffix(last, "…") {
		t.Errorf("cut text must end with an ellipsis, got %q", last)
	}
}

func TestFitSingleLineAndLongWords(t *testing.T) {
	st := TextStyle{Size: 11, Bold: true, MaxLines: 1}
	f := fitText("BRK-2025-000123-SANGAT-PANJANG-SEKALI", 20, 5, st)
	checkInside(t, f, 20, 5, st)
	if len(f.Lines) != 1 || !strings.HasSuffix(f.Lines[0], "…") {
		t.Errorf("one-line code too long: %q, want one line ending in …", f.Lines)
	}
	w := fitText("Pemberkasan0000000000000000000000000000", 15, 20, TextStyle{Size: 8})
	checkInside(t, w, 15, 20, TextStyle{Size: 8})
}

func TestFitTinyBoxNeverOverflows(t *testing.T) {
	st := TextStyle{Size: 12, MinSize: 6}
	f := fitText(longTitle, 30, 1.5, st)
	checkInside(t, f, 30, 1.5, st)
	if len(f.Lines) != 1 {
		t.Errorf("box lower than one line at minimum size: %d lines", len(f.Lines))
	}
}

// Indonesian text must reach the PDF font as cp1252, not as UTF-8 bytes.
func TestIndonesianTextEncodes(t *testing.T) {
	if got := cp1252("2024–2025 · Rapat"); got != "2024\x962025 \xb7 Rapat" {
		t.Errorf("cp1252 = %q", got)
	}
}
