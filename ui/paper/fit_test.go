package paper

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"rapi/model/label"
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

// A column header wraps at spaces only, and shrinks its type (not below
// headerMinSize) when one word is wider than the column.
func TestHeaderCellKeepsWordsWhole(t *testing.T) {
	word := textWidth("Perkembangan", 8, true)
	for _, w := range []float64{word * 3, word + 0.1, word * 0.8} {
		lines, size := headerCell("Tingkat Perkembangan", w, 8)
		for _, l := range lines {
			for _, part := range strings.Fields(l) {
				if part != "Tingkat" && part != "Perkembangan" {
					t.Fatalf("at %.1f mm the header splits a word: %q", w, lines)
				}
			}
		}
		if size < headerMinSize || size > 8 {
			t.Fatalf("at %.1f mm the header's type is %.2f pt", w, size)
		}
		if size > headerMinSize && widestWord(strings.Fields("Tingkat Perkembangan"), size) > w+1e-9 {
			t.Fatalf("at %.1f mm a word at %.2f pt is wider than the column", w, size)
		}
		if w < word && size >= 8 {
			t.Fatalf("at %.1f mm the header did not shrink", w)
		}
	}
}

// Printed, every official list's headers keep their words whole, in the
// narrowest layout (A4 portrait): no "Perkembanga / n".
func TestOfficialListHeadersKeepWordsWhole(t *testing.T) {
	items := []IsiBerkasRow{{NomorBerkas: "3", NomorItem: "1", Uraian: "Undangan rapat", TingkatPerkembangan: "Asli"}}
	aktif := []ArsipAktifRow{{Berkas: BerkasRow{KodeKlasifikasi: "000.1.5", Uraian: "Rapat pimpinan"}, Items: items}}
	usul := []UsulRow{{KodeKlasifikasi: "800.1", Uraian: "Usulan kenaikan pangkat"}}
	for name, build := range map[string]func() (FormSpec, Rows){
		"aktif":   func() (FormSpec, Rows) { return DaftarArsipAktif(banten, aktif) },
		"isi":     func() (FormSpec, Rows) { return DaftarIsiBerkas(banten, items) },
		"inaktif": func() (FormSpec, Rows) { return DaftarArsipInaktif(banten, inaktifRows(2)) },
		"pindah":  func() (FormSpec, Rows) { return UsulPindah(banten, usul) },
		"musnah":  func() (FormSpec, Rows) { return UsulMusnah(banten, usul) },
	} {
		for _, landscape := range []bool{false, true} {
			spec, rows := build()
			spec.Paper, spec.Landscape = label.PaperA4, landscape
			var buf bytes.Buffer
			if err := RenderTablePDF(&buf, spec, rows); err != nil {
				t.Fatal(err)
			}
			text := strings.Join(pdfText(t, buf.Bytes()), "\n")
			if regexp.MustCompile(`Perkembanga\b|Klasifikas\b|Keteranga\b`).MatchString(text) {
				t.Errorf("%s (landscape %v): a header word is split:\n%s", name, landscape, text)
			}
		}
	}
}

// A header of alternatives joined by "/" too wide for its column breaks
// after the slash ("Pembuatan/" "Pembelian") rather than being cut with
// "…", as the KIB and KIR headers need on A4.
func TestHeaderCellBreaksAfterSlashes(t *testing.T) {
	text := "Tahun Pembuatan/Pembelian"
	w := textWidth("Pembuatan/Pembelian", headerMinSize, true) * 0.8
	lines, size := headerCell(text, w, 8)
	joined := strings.Join(lines, "|")
	if strings.Contains(joined, "…") || !strings.Contains(joined, "Pembuatan/") || !strings.Contains(joined, "Pembelian") {
		t.Fatalf("header at %.1f mm: %q", w, lines)
	}
	for _, l := range lines {
		if textWidth(l, size, true) > w+1e-9 {
			t.Errorf("line %q at %.2f pt is wider than %.1f mm", l, size, w)
		}
	}
	if got, _ := headerCell("Asal-usul/Cara Perolehan", 100, 8); len(got) != 1 {
		t.Errorf("a header that fits is split: %q", got)
	}
}
