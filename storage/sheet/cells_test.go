package sheet

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// TestReadOnceMatchesExcelize checks that the one-pass reader gives every
// cell the same shown text and stored value as excelize's own formatted
// and raw readings of the sheet.
func TestReadOnceMatchesExcelize(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		f := excelize.NewFile()
		if date1904 {
			f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904})
		}
		sh := "Sheet1"
		custom := func(code string) int {
			id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		builtin := func(n int) int {
			id, err := f.NewStyle(&excelize.Style{NumFmt: n})
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		border, _ := f.NewStyle(&excelize.Style{Border: []excelize.Border{{Type: "left", Color: "000000", Style: 1}}})
		styles := []int{0, border, builtin(14), builtin(3), builtin(4), builtin(49), builtin(10), builtin(22),
			custom("000"), custom(`[$-421]d mmmm yyyy`), custom(`[$-421]"Rp"#,##0;[$-421]-"Rp"#,##0`), custom(`"No. "@`),
			custom("0.00"), custom("dd/mm/yyyy")}
		values := []any{1, 42, -7, 45303, 45303.5, 0.1 + 0.2, 1250000, 12345678901234567.0, 1e-7, "0123", "teks", "12/01/2024",
			true, false, time.Date(2024, 1, 12, 0, 0, 0, 0, time.UTC), "", 7}
		row := 1
		for _, s := range styles {
			for i, v := range values {
				cell, _ := excelize.CoordinatesToCellName(i+1, row)
				if err := f.SetCellValue(sh, cell, v); err != nil {
					t.Fatal(err)
				}
				if err := f.SetCellStyle(sh, cell, cell, s); err != nil {
					t.Fatal(err)
				}
			}
			row += 2 // a row left out: numbering must stay in step
		}
		f.SetCellFormula(sh, "A40", "1+1")
		f.SetCellStr(sh, "C40", "after a formula")
		for i, v := range specialTexts {
			cell, _ := excelize.CoordinatesToCellName(i+1, 42)
			f.SetCellStr(sh, cell, v)
		}
		f.SetCellRichText(sh, "B43", []excelize.RichTextRun{{Text: "Surat "}, {Text: "Keputusan & <Edaran>", Font: &excelize.Font{Bold: true}}})
		p := filepath.Join(t.TempDir(), "formats.xlsx")
		if err := f.SaveAs(p); err != nil {
			t.Fatal(err)
		}
		f.Close()
		compareWithExcelize(t, p, sh)
		if !date1904 {
			if lo := resaveInLibreOffice(t, p); lo != "" {
				compareWithExcelize(t, lo, sh)
			}
		}
	}
	// A streamed workbook keeps its text inline, on a second sheet.
	f := excelize.NewFile()
	f.NewSheet("Data")
	sw, err := f.NewStreamWriter("Data")
	if err != nil {
		t.Fatal(err)
	}
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	for i := range 50 {
		cell, _ := excelize.CoordinatesToCellName(1, i*2+1)
		row := []any{i, specialTexts[i%len(specialTexts)], excelize.Cell{StyleID: date, Value: 45000 + i}, 1.5 * float64(i), "000." + fmt.Sprint(i)}
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	sw.Flush()
	p := filepath.Join(t.TempDir(), "stream.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	f.Close()
	compareWithExcelize(t, p, "Data")
}

var specialTexts = []string{"a & b", "<tag>", `"quoted" 'single'`, "line\r\nbreak", "tab\there", "  padded  ", "_x000D_ literal",
	"_x005F_x0041_", "ümlaut ✓ 日本", "0123", "1E5", "=not a formula", "x_y_z", "]]>", "&amp;"}

func compareWithExcelize(t *testing.T, p, sh string) {
	t.Helper()
	{

		ref, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatal(err)
		}
		wantText, _ := ref.GetRows(sh)
		wantRaw, _ := ref.GetRows(sh, excelize.Options{RawCellValue: true})
		ref.Close()

		s, err := Open(p, sh)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for s.Next() {
			r := s.Row()
			n++
			if r.Num != n {
				t.Fatalf("row %d numbered %d", n, r.Num)
			}
			var wt, wr []string
			if n <= len(wantText) {
				wt, wr = wantText[n-1], wantRaw[n-1]
			}
			for i := range max(len(wt), len(r.Cells)) {
				var et, er string
				if i < len(wt) {
					et, er = wt[i], wr[i]
				}
				if c := r.Cell(i); c.Text != et || c.Raw != er {
					t.Errorf("%s %s%d: got text %q raw %q, excelize %q %q", filepath.Base(p), ColumnLetter(i), n, c.Text, c.Raw, et, er)
				}
			}
		}
		if err := s.Err(); err != nil {
			t.Fatal(err)
		}
		s.Close()
		if n < len(wantText) {
			t.Fatalf("read %d rows, excelize %d", n, len(wantText))
		}
	}
}

// TestReadStrictNamespaces reads a workbook whose parts use the namespaces
// of Strict Open XML, as Excel's "Strict" format saves them.
func TestReadStrictNamespaces(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Kode", "Uraian"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"000.1", "Rapat & koordinasi"})
	f.SetSheetRow("Sheet1", "A3", &[]any{45303, 12.5})
	src := filepath.Join(t.TempDir(), "src.xlsx")
	if err := f.SaveAs(src); err != nil {
		t.Fatal(err)
	}
	f.Close()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	p := filepath.Join(t.TempDir(), "strict.xlsx")
	out, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		s := strings.ReplaceAll(string(data), "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships")
		s = strings.ReplaceAll(s, "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
		w, _ := zw.Create(zf.Name)
		w.Write([]byte(s))
	}
	zw.Close()
	out.Close()
	compareWithExcelize(t, p, "Sheet1")
	sh, err := Open(p, "")
	if err != nil {
		t.Fatal(err)
	}
	defer sh.Close()
	var got []string
	for sh.Next() {
		for _, c := range sh.Row().Cells {
			got = append(got, c.Text)
		}
	}
	if want := "Kode|Uraian|000.1|Rapat & koordinasi|45303|12.5"; strings.Join(got, "|") != want {
		t.Fatalf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// resaveInLibreOffice saves a workbook again with LibreOffice, which
// writes its own styles, shared strings and cell attributes; "" when
// LibreOffice is not installed or in -short mode.
func resaveInLibreOffice(t *testing.T, p string) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		return ""
	}
	dir := t.TempDir()
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx", "--outdir", dir, p)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Logf("soffice: %v %s", err, out)
		return ""
	}
	return filepath.Join(dir, filepath.Base(p))
}

func TestOpenMissingSheet(t *testing.T) {
	f := excelize.NewFile()
	p := filepath.Join(t.TempDir(), "one.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var missing excelize.ErrSheetNotExist
	if _, err := Open(p, "Tidak Ada"); !errors.As(err, &missing) {
		t.Fatalf("got %v, want ErrSheetNotExist", err)
	}
}

// TestShownFormatterForgets formats more distinct texts than it keeps and
// still formats correctly after starting a new scratch workbook.
func TestShownFormatterForgets(t *testing.T) {
	src := excelize.NewFile()
	defer src.Close()
	code := `"No. "@`
	s, err := src.NewStyle(&excelize.Style{CustomNumFmt: &code})
	if err != nil {
		t.Fatal(err)
	}
	sf, err := newShownFormatter(src, false)
	if err != nil {
		t.Fatal(err)
	}
	defer sf.close()
	for i := range 1<<16 + 10 {
		v := fmt.Sprint("B-", i)
		if got := sf.text(cellMeta{s: s, t: "s"}, v); got != "No. "+v {
			t.Fatalf("%d: got %q", i, got)
		}
	}
}
