package printout

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"rapi/assets"
	"rapi/model"
	"rapi/model/label"
	"rapi/model/rapat"
)

var testInst = model.Institution{Lines: []string{"PEMERINTAH PROVINSI BANTEN", "SEKRETARIAT DAERAH", "BIRO UMUM"},
	Address: "Jl. Syekh Nawawi Al Bantani, Serang 42171"}

// meeting is a rapat pimpinan on Monday 7 December 2026, 08.00-10.00 WIB,
// with n invitees (the first two at the head table), a run-down, a
// checklist, minutes and action items.
func meeting(n int) rapat.Lengkap {
	day := func(d, h, m int) time.Time { return time.Date(2026, 12, d, h, m, 0, 0, time.Local) }
	r := rapat.Rapat{Code: "M-000015", Acara: "Rapat Pimpinan Mingguan", Jenis: "Rapat Pimpinan",
		Mulai: day(7, 8, 0), Selesai: day(7, 10, 0), Zona: rapat.WIB, Tempat: "Ruang Rapat Biro Umum",
		Pimpinan: "Dr. Hj. Ratna Dewi, M.Si.", Notulis: "Siti Aminah", Status: rapat.StatusSiap,
		Surat: rapat.Surat{Nomor: "005/123/Biro Umum", Sifat: "Penting", Hal: "Undangan Rapat Pimpinan",
			Penanda:  rapat.Penanda{Jabatan: "Kepala Biro Umum", Nama: "Drs. Ahmad Fauzi, M.M.", Pangkat: "Pembina Utama Muda, IV/c", NIP: "196805121990031004"},
			Tembusan: []string{"Sekretaris Daerah Provinsi Banten", "Arsip"}}}
	l := rapat.Lengkap{Rapat: r}
	for i := range n {
		l.Peserta = append(l.Peserta, rapat.Peserta{ID: int64(i + 1), Code: model.FormatCode(model.CodeInvitee, int64(i+1)),
			Nama: fmt.Sprintf("Peserta Nomor %03d", i+1), NIP: fmt.Sprintf("19800101200501%04d", i+1),
			Jabatan: "Kepala Bagian " + strconv.Itoa(i+1), Instansi: "Biro Umum", MejaUtama: i < 2})
	}
	l.Susunan = []rapat.SusunanItem{{Urutan: 1, Durasi: 30 * time.Minute, Uraian: "Registrasi", Petugas: "Protokol"},
		{Urutan: 2, Durasi: 10 * time.Minute, Uraian: "Pembukaan", Petugas: "MC"},
		{Urutan: 3, Durasi: 80 * time.Minute, Uraian: "Pembahasan", Petugas: "Pimpinan Rapat"}}
	l.Checklist = rapat.Checklist([]rapat.Tugas{
		{Fase: rapat.FaseH1, Uraian: "Konsumsi snack", Petugas: "Rina", Jumlah: 5, PerPeserta: true, Satuan: "kotak"},
		{Fase: rapat.FaseH3, Uraian: "Undangan dikirim", Petugas: "Budi"},
		{Fase: rapat.FaseH, Uraian: "Papan nama meja pimpinan", Petugas: "Rina", Jumlah: 2, Satuan: "buah"}})
	l.Checklist[1].Selesai, l.Checklist[1].SelesaiOleh = day(3, 9, 15), "budi"
	l.Notulen = rapat.Notulen{Pembahasan: "Persiapan HUT Provinsi dibahas bersama.",
		Keputusan: "Upacara dilaksanakan di alun-alun\nAnggaran konsumsi disetujui"}
	l.Tindak = []rapat.TindakLanjut{{Uraian: "Menyiapkan tenda upacara", PIC: "Bagian Rumah Tangga", Batas: day(14, 0, 0)}}
	l.Carried = []rapat.TindakLanjut{{RapatCode: "M-000009", Uraian: "Perbaikan AC aula", PIC: "Bagian Perlengkapan"}}
	return l
}

func needPdftotext(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
}

// rapatPDF prints doc and returns the file.
func rapatPDF(t *testing.T, d RapatDoc, p label.Paper) string {
	t.Helper()
	needPdftotext(t)
	var buf bytes.Buffer
	if err := WriteRapatDocPDF(&buf, d, p); err != nil {
		t.Fatalf("%s: %v", d.Kind, err)
	}
	path := filepath.Join(t.TempDir(), string(d.Kind)+".pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// filePages is the pages of a PDF file as pdftotext -layout reads them.
func filePages(t *testing.T, path string) []string {
	t.Helper()
	return strings.Split(strings.TrimRight(readPDF(t, path, "-layout"), "\f\n"), "\f")
}

func rapatPages(t *testing.T, d RapatDoc, p label.Paper) []string {
	t.Helper()
	return filePages(t, rapatPDF(t, d, p))
}

func TestDaftarHadirHeaderOnEveryPageAndEveryInviteeOnce(t *testing.T) {
	l := meeting(120)
	for _, p := range []label.Paper{label.PaperA4, label.PaperF4} {
		pages := rapatPages(t, RapatDoc{Kind: RapatDaftarHadir, Rapat: l, Institution: testInst}, p)
		if len(pages) < 4 {
			t.Fatalf("%s: 120 invitees on %d pages", p, len(pages))
		}
		for i, pg := range pages {
			mustContain(t, fmt.Sprintf("%s page %d", p, i+1), pg, "DAFTAR HADIR", "Acara", "Rapat Pimpinan Mingguan",
				"Hari/Tanggal", "Senin, 7 Desember 2026", "Waktu", "08.00 – 10.00 WIB", "Tempat", "Ruang Rapat Biro Umum",
				"Pimpinan Rapat", "Dr. Hj. Ratna Dewi", "Nama", "NIP", "Jabatan", "Instansi/Unit", "Tanda Tangan",
				fmt.Sprintf("Halaman %d dari %d", i+1, len(pages)))
		}
		all := strings.Join(pages, "\n")
		for _, x := range l.Peserta {
			if n := strings.Count(all, x.Nama); n != 1 {
				t.Errorf("%s: %s printed %d times", p, x.Nama, n)
			}
			if n := strings.Count(all, x.NIP); n != 1 {
				t.Errorf("%s: NIP %s printed %d times", p, x.NIP, n)
			}
		}
		if strings.Contains(all, "Jam Hadir") {
			t.Errorf("%s: a check-in column before anyone checked in", p)
		}
	}
}

// bboxWord is one word of pdftotext -bbox.
type bboxWord struct {
	page       int
	xMin, yMin float64
	text       string
}

var wordRe = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="[0-9.]+">([^<]*)</word>`)

func bboxWords(t *testing.T, path string) []bboxWord {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v %s", err, out)
	}
	var words []bboxWord
	for i, pg := range strings.Split(string(out), "<page ")[1:] {
		for _, m := range wordRe.FindAllStringSubmatch(pg, -1) {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			words = append(words, bboxWord{page: i + 1, xMin: x, yMin: y, text: m[3]})
		}
	}
	return words
}

func TestDaftarHadirSignatureBoxesAlternate(t *testing.T) {
	path := rapatPDF(t, RapatDoc{Kind: RapatDaftarHadir, Rapat: meeting(30), Institution: testInst, Blank: 4}, label.PaperA4)
	xs := map[int]float64{}
	for _, w := range bboxWords(t, path) {
		if n, err := strconv.Atoi(strings.TrimSuffix(w.text, ".")); err == nil && strings.HasSuffix(w.text, ".") {
			xs[n] = w.xMin
		}
	}
	if len(xs) != 34 {
		t.Fatalf("found %d numbered signature boxes, want 30 invitees + 4 blank rows: %v", len(xs), xs)
	}
	left, right := xs[1], xs[2]
	if right-left < 40 { // pt: the box is 40 mm wide, its halves 20 mm (57 pt) apart
		t.Fatalf("box 1 at x=%.1f, box 2 at x=%.1f: not on opposite halves", left, right)
	}
	for n, x := range xs {
		want := left
		if n%2 == 0 {
			want = right
		}
		if x < want-1 || x > want+1 {
			t.Errorf("signature number %d at x=%.1f, want %.1f (odd left, even right)", n, x, want)
		}
	}
}

func TestDaftarHadirShowsCheckInTimes(t *testing.T) {
	l := meeting(3)
	l.Peserta[0].Hadir = time.Date(2026, 12, 7, 7, 52, 0, 0, time.Local)
	l.Peserta = append(l.Peserta, rapat.Peserta{Nama: "Tamu Tanpa Undangan", WalkIn: true, Hadir: time.Date(2026, 12, 7, 8, 5, 0, 0, time.Local)})
	pages := rapatPages(t, RapatDoc{Kind: RapatDaftarHadir, Rapat: l, Institution: testInst}, label.PaperA4)
	mustContain(t, "daftar hadir", pages[0], "Jam Hadir", "07.52", "08.05 *", "Tamu Tanpa Undangan",
		"Diundang 3 orang, hadir 1, tidak hadir 2, hadir tanpa undangan 1")
}

func TestUndanganHasTheLetterParts(t *testing.T) {
	l := meeting(3)
	d := RapatDoc{Kind: RapatUndangan, Rapat: l, Institution: testInst, Tanggal: time.Date(2026, 12, 2, 0, 0, 0, 0, time.Local)}
	pages := rapatPages(t, d, label.PaperA4)
	if len(pages) != 2 {
		t.Fatalf("one letter with the list attached: %d pages", len(pages))
	}
	mustContain(t, "undangan", pages[0], "BIRO UMUM", "Serang, 2 Desember 2026", "Nomor", "005/123/Biro Umum",
		"Sifat", "Penting", "Lampiran", "1 (satu) berkas", "Hal", "Undangan Rapat Pimpinan", "Yth.", "di –",
		"Senin, 7 Desember 2026", "08.00 WIB", "Ruang Rapat Biro Umum", "Rapat Pimpinan Mingguan", "Kepala Biro Umum",
		"Drs. Ahmad Fauzi, M.M.", "Pembina Utama Muda, IV/c", "NIP. 196805121990031004", "Tembusan", "Sekretaris Daerah Provinsi Banten")
	mustContain(t, "daftar undangan", pages[1], "DAFTAR UNDANGAN", "005/123/Biro Umum", "Peserta Nomor 001", "Peserta Nomor 003")

	d.PerPeserta, d.QR = true, true
	pages = rapatPages(t, d, label.PaperF4)
	if len(pages) != 3 {
		t.Fatalf("one letter per invitee: %d pages for 3", len(pages))
	}
	for i, pg := range pages {
		mustContain(t, "letter "+strconv.Itoa(i+1), pg, "Yth. Bapak/Ibu "+l.Peserta[i].Nama, l.Peserta[i].Jabatan,
			"Kode registrasi: "+l.Peserta[i].Code, "08.00 WIB")
	}
}

func TestUndanganPerInviteeNeedsInvitees(t *testing.T) {
	err := WriteRapatDocPDF(&bytes.Buffer{}, RapatDoc{Kind: RapatUndangan, Rapat: meeting(0), PerPeserta: true}, label.PaperA4)
	if ie, ok := model.AsInvalid(err); !ok || ie.Field != "daftar_undangan" {
		t.Errorf("per-invitee letters with no invitees: %v", err)
	}
}

func TestNotulenHasDecisionsActionsAndTheAttendance(t *testing.T) {
	l := meeting(5)
	l.Peserta[0].Hadir = l.Rapat.Mulai
	l.Peserta[0].Nama = l.Rapat.Pimpinan
	pages := rapatPages(t, RapatDoc{Kind: RapatNotulen, Rapat: l, Institution: testInst}, label.PaperA4)
	all := strings.Join(pages, "\n")
	mustContain(t, "notulen", pages[0], "NOTULEN RAPAT", "Notulis", "Siti Aminah", "1 orang hadir dari 5 undangan",
		"PEMBAHASAN", "Persiapan HUT Provinsi", "KEPUTUSAN/KESIMPULAN", "1. Upacara dilaksanakan di alun-alun",
		"2. Anggaran konsumsi disetujui", "TINDAK LANJUT", "Menyiapkan tenda upacara", "Bagian Rumah Tangga",
		"14 Desember 2026", "Perbaikan AC aula (M-000009)")
	mustContain(t, "notulen signatures", all, "Pimpinan Rapat,", "Notulis,", "NIP. 198001012005010001")
	last := pages[len(pages)-1]
	mustContain(t, "attached daftar hadir", last, "DAFTAR HADIR", "Peserta Nomor 002", "Jam Hadir")
}

func TestSusunanAcaraTimes(t *testing.T) {
	pages := rapatPages(t, RapatDoc{Kind: RapatSusunan, Rapat: meeting(1), Institution: testInst}, label.PaperA4)
	mustContain(t, "susunan acara", pages[0], "SUSUNAN ACARA", "08.00–08.30", "Registrasi", "Protokol",
		"08.30–08.40", "Pembukaan", "08.40–10.00", "Pembahasan")
}

func TestPapanNamaHasEachNameTwice(t *testing.T) {
	l := meeting(4)
	pages := rapatPages(t, RapatDoc{Kind: RapatPapanNama, Rapat: l}, label.PaperA4)
	if len(pages) != 2 {
		t.Fatalf("%d name cards for 2 at the head table", len(pages))
	}
	for i, pg := range pages {
		if n := strings.Count(pg, l.Peserta[i].Nama); n != 2 {
			t.Errorf("card %d: %q %d times, want both halves:\n%s", i+1, l.Peserta[i].Nama, n, pg)
		}
	}
	l.Peserta[0].MejaUtama, l.Peserta[1].MejaUtama = false, false
	err := WriteRapatDocPDF(&bytes.Buffer{}, RapatDoc{Kind: RapatPapanNama, Rapat: l}, label.PaperA4)
	if ie, ok := model.AsInvalid(err); !ok || ie.Field != "meja_utama" {
		t.Errorf("name cards with nobody at the head table: %v", err)
	}
}

func TestChecklistByPhaseWithQuantitiesAndTicks(t *testing.T) {
	d := RapatDoc{Kind: RapatChecklist, Rapat: meeting(30), Now: time.Date(2026, 12, 6, 12, 0, 0, 0, time.Local)}
	pg := rapatPages(t, d, label.PaperA4)[0]
	mustContain(t, "checklist", pg, "DAFTAR PERIKSA PERSIAPAN", "30 orang diundang", "1 dari 3 selesai, 1 terlambat",
		"H-3", "H-1", "Hari H", "35 kotak", "2 buah", "budi", "03/12/2026 09.15", "(terlambat)")
	if h3, h1 := strings.Index(pg, "Undangan dikirim"), strings.Index(pg, "Konsumsi snack"); h3 > h1 {
		t.Error("the H-3 item comes after the H-1 one")
	}
}

func TestRapatKindParse(t *testing.T) {
	for _, k := range RapatKinds {
		if got, err := ParseRapatKind(" " + strings.ToUpper(string(k))); err != nil || got != k {
			t.Errorf("ParseRapatKind(%q) = %q, %v", k, got, err)
		}
	}
	if _, err := ParseRapatKind("surat"); err == nil {
		t.Error("an unknown paper was accepted")
	}
}

func BenchmarkDaftarHadir500(b *testing.B) {
	d := RapatDoc{Kind: RapatDaftarHadir, Rapat: meeting(500), Institution: testInst}
	for b.Loop() {
		start := time.Now()
		if err := WriteRapatDocPDF(&bytes.Buffer{}, d, label.PaperA4); err != nil {
			b.Fatal(err)
		}
		if el := time.Since(start); el > time.Second {
			b.Fatalf("daftar hadir of 500 took %v, want < 1 s", el)
		}
	}
}

func TestRapatPaperErrorsAreTranslated(t *testing.T) {
	files, _ := filepath.Glob("rapat*.go")
	re := regexp.MustCompile(`Invalid\("([a-z_]+)", [^,]+, "(error\.[a-z_]+)"\)`)
	found := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			found++
			for _, lang := range []string{"id", "en"} {
				msgs, err := assets.Messages(lang)
				if err != nil {
					t.Fatal(err)
				}
				if msgs["field."+m[1]] == "" || msgs[m[2]] == "" {
					t.Errorf("%s: no %s text for field.%s or %s", f, lang, m[1], m[2])
				}
			}
		}
	}
	if found < 3 {
		t.Fatalf("only %d errors found: the scan is broken", found)
	}
}
