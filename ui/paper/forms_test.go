package paper

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"rapi/model"
	"rapi/model/label"
)

// pdfText runs pdftotext -layout and returns the text of each page.
func pdfText(t *testing.T, pdf []byte) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (apt-get install poppler-utils)")
	}
	in := filepath.Join(t.TempDir(), "form.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", in, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return strings.Split(strings.TrimRight(string(out), "\f\n"), "\f")
}

var banten = FormInfo{
	Institution: model.Institution{Lines: []string{"PEMERINTAH PROVINSI BANTEN", "SEKRETARIAT DAERAH", "BIRO UMUM"},
		Address: "Jl. Brigjen KH Syam'un No. 5, Serang"},
	Subtitles: []string{"Unit Pengolah: Bagian Tata Usaha", "Periode: Januari – Desember 2025"},
	Signatures: []Signature{
		{Lines: []string{"Mengetahui,", "Kepala Biro Umum"}, Name: "Drs. H. Ahmad Fauzi, M.Si", NIP: "196805121994031007"},
		{Lines: []string{"Serang, 22 November 2026", "Pengelola Arsip"}, Name: "Siti Rahma", NIP: "198703122010012003"},
	},
}

func inaktifRows(n int) []ArsipInaktifRow {
	out := make([]ArsipInaktifRow, n)
	for i := range out {
		out[i] = ArsipInaktifRow{PenciptaArsip: "Biro Umum", UnitPengolah: "Bagian Tata Usaha", Nomor: fmt.Sprint(i + 1),
			KodeKlasifikasi: "000.1.5", Uraian: fmt.Sprintf("BERKAS%03d ", i+1) + titles[i%len(titles)], KurunWaktu: "2019–2020",
			Jumlah: "1 berkas", TingkatPerkembangan: "Asli", Keterangan: "Kertas, baik", NomorFolder: fmt.Sprint(i + 1),
			NomorBoks: fmt.Sprint(i/10 + 1), Lokasi: "Ruang Arsip, Rak 3"}
	}
	return out
}

// A clerk printing a long list sees the letterhead and title once, the
// column headings again on every page, every row exactly once, the page
// numbers counting the whole document and the signatures at the end.
func TestDaftarArsipInaktifPDF(t *testing.T) {
	spec, rows := DaftarArsipInaktif(banten, inaktifRows(60))
	var buf bytes.Buffer
	if err := RenderTablePDF(&buf, spec, rows); err != nil {
		t.Fatal(err)
	}
	pages := pdfText(t, buf.Bytes())
	if len(pages) < 2 {
		t.Fatalf("60 rows with long titles on one page")
	}
	first := pages[0]
	for _, want := range []string{"PEMERINTAH PROVINSI BANTEN", "SEKRETARIAT DAERAH", "BIRO UMUM", "DAFTAR ARSIP INAKTIF",
		"Unit Pengolah: Bagian Tata Usaha", "Pencipta", "Kode", "Uraian", "Kurun Waktu", "Boks", "Lokasi Simpan", "BERKAS001"} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1 lacks %q", want)
		}
	}
	if strings.Contains(pages[1], "PEMERINTAH PROVINSI") {
		t.Error("the letterhead is repeated on page 2")
	}
	for i, p := range pages {
		for _, want := range []string{"Pencipta", "Uraian", "Boks", "Lokasi Simpan"} {
			if !strings.Contains(p, want) {
				t.Errorf("page %d has no table header %q", i+1, want)
			}
		}
		if want := fmt.Sprintf("Halaman %d dari %d", i+1, len(pages)); !strings.Contains(p, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
	}
	all := strings.Join(pages, "\n")
	for i := 1; i <= 60; i++ {
		if n := strings.Count(all, fmt.Sprintf("BERKAS%03d", i)); n != 1 {
			t.Errorf("row %d printed %d times", i, n)
		}
	}
	last := pages[len(pages)-1]
	for _, want := range []string{"Mengetahui,", "Kepala Biro Umum", "Serang, 22 November 2026", "Siti Rahma", "NIP. 198703122010012003"} {
		if !strings.Contains(last, want) {
			t.Errorf("last page lacks signature text %q", want)
		}
	}
}

// A long uraian wraps inside its cell and makes the row taller, rather
// than running into the next column or being cut.
func TestWrappedCellGrowsRow(t *testing.T) {
	long := "Notulen rapat pimpinan tentang penyusunan anggaran perubahan tahun anggaran 2025 dan pemeliharaan gedung kantor gubernur beserta lampirannya"
	spec := FormSpec{Title: "UJI", Columns: []Column{{Header: "No", Width: 10}, {Header: "Uraian", Width: 40, Wrap: true}, {Header: "Ket", Weight: 1}}}
	l, err := layoutForm(spec, SliceRows([][]string{{"1", "pendek", "x"}, {"2", long, "y"}}))
	if err != nil {
		t.Fatal(err)
	}
	short, tall := l.pages[0][0], l.pages[0][1]
	if tall.h < 3*short.h {
		t.Fatalf("long row %.1f mm, short row %.1f mm: the long text did not wrap", tall.h, short.h)
	}
	if got := strings.Join(tall.cells[1], " "); got != long {
		t.Fatalf("wrapped text lost words: %q", got)
	}
	for _, line := range tall.cells[1] {
		if w := textWidth(line, l.fs, false); w > l.colW[1]-2*cellPad+1e-6 {
			t.Errorf("line %q is %.1f mm wide in a %.1f mm column", line, w, l.colW[1])
		}
	}
}

// Fixed widths are kept in mm, the rest share the remaining width, and the
// table fills the page between the margins, on A4 and F4, either way round.
func TestColumnWidths(t *testing.T) {
	for _, c := range []struct {
		paper     label.Paper
		landscape bool
		width     float64
	}{{label.PaperA4, false, 210}, {label.PaperF4, true, 330}, {label.PaperF4, false, 215}} {
		spec := FormSpec{Paper: c.paper, Landscape: c.landscape,
			Columns: []Column{{Header: "No", Width: 10}, {Header: "A", Weight: 1}, {Header: "B", Weight: 3}}}
		l, err := layoutForm(spec, SliceRows(nil))
		if err != nil {
			t.Fatal(err)
		}
		if l.pw != c.width {
			t.Errorf("%s landscape=%v: page width %v", c.paper, c.landscape, l.pw)
		}
		rest := c.width - 2*formMargin - 10
		if l.colW[0] != 10 || abs(l.colW[1]-rest/4) > 1e-9 || abs(l.colW[2]-rest*3/4) > 1e-9 {
			t.Errorf("%s: widths %v", c.paper, l.colW)
		}
	}
}

// Landscape pages come out landscape: a 330 x 215 mm F4 page, and a
// 50 x 30 mm roll label wider than tall (fpdf swaps the size it is given
// for landscape, which once turned both into portrait pages).
func TestLandscapePages(t *testing.T) {
	spec, rows := UsulPindah(banten, nil)
	var form, roll bytes.Buffer
	if err := RenderTablePDF(&form, spec, rows); err != nil {
		t.Fatal(err)
	}
	tpl, _ := label.Builtin("Rol 50x30")
	if err := RenderLabelsPDF(&roll, tpl, folderLabels(1), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		pdf  []byte
		w, h float64
	}{{form.Bytes(), 330, 215}, {roll.Bytes(), 50, 30}} {
		m := regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`).FindSubmatch(c.pdf)
		if m == nil {
			t.Fatal("no MediaBox in the PDF")
		}
		var w, h float64
		fmt.Sscan(string(m[1]), &w)
		fmt.Sscan(string(m[2]), &h)
		if abs(w/72*25.4-c.w) > 0.1 || abs(h/72*25.4-c.h) > 0.1 {
			t.Errorf("page is %.1f x %.1f mm, want %v x %v", w/72*25.4, h/72*25.4, c.w, c.h)
		}
	}
}

func abs(f float64) float64 { return max(f, -f) }

// Every official list names its columns as the rules do, and a row of
// each shows up in the PDF.
func TestOfficialLists(t *testing.T) {
	usul := []UsulRow{{KodeKlasifikasi: "800.1", NomorBerkas: "17", Uraian: "Usulan kenaikan pangkat", KurunWaktu: "2015", Jumlah: "1 berkas", Retensi: "2020", NomorBoks: "B-12"}}
	aktif := []ArsipAktifRow{{Berkas: BerkasRow{KodeKlasifikasi: "000.1.5", NomorBerkas: "3", Uraian: "Rapat pimpinan", KurunWaktu: "2025"},
		Items: []IsiBerkasRow{{NomorBerkas: "3", NomorItem: "1", Uraian: "Undangan rapat", Tanggal: "2 Januari 2025", TingkatPerkembangan: "Asli"}}}}
	cases := []struct {
		name  string
		build func() (FormSpec, Rows)
		want  []string
	}{
		{"aktif", func() (FormSpec, Rows) { return DaftarArsipAktif(banten, aktif) },
			[]string{"DAFTAR ARSIP AKTIF", "Uraian Informasi Berkas", "Uraian Informasi Arsip", "Rapat pimpinan", "Undangan rapat"}},
		{"isi", func() (FormSpec, Rows) { return DaftarIsiBerkas(banten, aktif[0].Items) },
			[]string{"DAFTAR ISI BERKAS", "Item", "Keamanan", "Undangan rapat"}},
		{"berkas", func() (FormSpec, Rows) { return DaftarBerkas(banten, []BerkasRow{aktif[0].Berkas}) },
			[]string{"DAFTAR BERKAS", "Unit Pengolah", "Rapat pimpinan"}},
		{"pindah", func() (FormSpec, Rows) { return UsulPindah(banten, usul) },
			[]string{"USUL PINDAH", "Retensi", "kenaikan pangkat"}},
		{"musnah", func() (FormSpec, Rows) { return UsulMusnah(banten, usul) },
			[]string{"USUL MUSNAH", "Boks", "B-12"}},
	}
	for _, c := range cases {
		spec, rows := c.build()
		var buf bytes.Buffer
		if err := RenderTablePDF(&buf, spec, rows); err != nil {
			t.Fatal(err)
		}
		text := strings.Join(pdfText(t, buf.Bytes()), "\n")
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", c.name, w)
			}
		}
	}
}

// The preview image of a form is the page the PDF prints: same size at
// the same scale.
func TestTableImageMatchesPage(t *testing.T) {
	spec, rows := DaftarArsipInaktif(banten, inaktifRows(5))
	img, n, err := RenderTableImage(spec, rows, 0, 50)
	if err != nil || n != 1 {
		t.Fatalf("%d pages, %v", n, err)
	}
	if w := img.Bounds().Dx(); abs(float64(w)-330/25.4*50) > 1 {
		t.Fatalf("an F4 landscape preview is %d px wide at 50 dpi", w)
	}
}

func TestLoanCardPDF(t *testing.T) {
	card := LoanCard{Header: banten.Institution.Lines, Code: "BRK-2025-000017", Title: "Usulan kenaikan pangkat periode April 2025",
		Borrower: "Budi Santoso", NIP: "197901012005011002", Unit: "Bagian Keuangan", Date: "3 November 2026", Due: "10 November 2026",
		Purpose: "Pemeriksaan BPK", Clerk: "Siti Rahma"}
	for _, half := range []bool{false, true} {
		var buf bytes.Buffer
		if err := RenderLoanCardsPDF(&buf, []LoanCard{card, card}, half, nil); err != nil {
			t.Fatal(err)
		}
		pages := pdfText(t, buf.Bytes())
		if want := map[bool]int{false: 2, true: 1}[half]; len(pages) != want {
			t.Errorf("half=%v: %d pages for two cards, want %d", half, len(pages), want)
		}
		for _, w := range []string{"KARTU PINJAM ARSIP", "BRK-2025-000017", "Budi Santoso", "197901012005011002", "Bagian Keuangan",
			"Harus kembali", "10 November 2026"} {
			if !strings.Contains(pages[0], w) {
				t.Errorf("half=%v: card lacks %q", half, w)
			}
		}
	}
}

// The card's Indonesian fallback captions are the text of print.id.json,
// and every one of them has an English text.
func TestCardCaptionsTranslated(t *testing.T) {
	read := func(code string) map[string]string {
		b, err := os.ReadFile("../../assets/translations/print." + code + ".json")
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	id, en := read("id"), read("en")
	for k, v := range cardCaptionsID {
		if id[k] != v || en[k] == "" {
			t.Errorf("%s: fallback %q, id %q, en %q", k, v, id[k], en[k])
		}
	}
}
