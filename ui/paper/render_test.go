package paper

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math"
	"testing"

	"rapi/model/label"
)

var titles = []string{
	"Notulen rapat pimpinan tentang penyusunan anggaran perubahan tahun anggaran 2025 dan pemeliharaan gedung kantor gubernur",
	"Surat keluar perihal permohonan penghapusan barang milik daerah berupa kendaraan dinas roda empat",
	"Pengadaan konsumsi rapat koordinasi penataan arsip inaktif di lingkungan Sekretariat Daerah Provinsi",
	"SK",
}

func folderLabels(n int) []Drawer {
	colors := []color.RGBA{{200, 30, 30, 255}, {30, 120, 200, 255}, {250, 220, 40, 255}, {}}
	out := make([]Drawer, n)
	for i := range out {
		out[i] = FolderLabel{
			Code: fmt.Sprintf("BRK-2025-%06d", i+1), ClassCode: "000.1.5", ClassName: "Rapat Pimpinan",
			Number: fmt.Sprint(i + 1), Title: titles[i%len(titles)], Years: "2024–2025",
			CategoryName: "Rapat", CategoryColor: colors[i%len(colors)], CategoryLetter: "R",
		}
	}
	return out
}

func codesOf(ds []Drawer) []string {
	var out []string
	for _, d := range ds {
		switch l := d.(type) {
		case FolderLabel:
			out = append(out, l.Code)
		case BoxLabel:
			out = append(out, l.Code)
		case PlaceLabel:
			out = append(out, l.Code)
		case AsetLabel:
			out = append(out, l.Code)
		}
	}
	return out
}

// Every label printed on every built-in must scan back to its own code:
// none missing (a QR cut off or crowded by text), none duplicated.
func TestEveryBuiltinQRScans(t *testing.T) {
	needTools(t)
	for _, tpl := range label.Builtins() {
		t.Run(tpl.Name, func(t *testing.T) {
			t.Parallel()
			n := 30
			if tpl.PerPage() == 1 {
				n = 8 // one page per label: keep the run short
			}
			ds := folderLabels(n)
			opts := Options{StartAt: 2}
			var buf bytes.Buffer
			if err := RenderLabelsPDF(&buf, tpl, ds, opts); err != nil {
				t.Fatal(err)
			}
			assertEachLabelScans(t, buf.Bytes(), tpl, ds, opts)
		})
	}
}

func TestBoxAndPlaceLabelsScan(t *testing.T) {
	needTools(t)
	ds := []Drawer{
		BoxLabel{Code: "BOKS-0012", Number: "012", Unit: "Biro Umum Sekretariat Daerah", ClassRange: "000.1–000.5", Years: "2019–2021", Place: "Ruang Arsip 2, Rak 3"},
		BoxLabel{Code: "BOKS-0013", Number: "1013", Unit: "Biro Umum", ClassRange: "900.1", Years: "2020", Place: "Gudang"},
		PlaceLabel{Code: "LOK-R2-K3", Name: "Ruang Arsip 2 Rak 3 Lemari Besi Sebelah Jendela"},
	}
	for _, name := range []string{"Punggung boks 80x250", "A4 190x277", "Avery L7160", "Rol 50x30"} {
		t.Run(name, func(t *testing.T) {
			tpl, _ := label.Builtin(name)
			opts := Options{Copies: 2}
			var buf bytes.Buffer
			if err := RenderLabelsPDF(&buf, tpl, ds, opts); err != nil {
				t.Fatal(err)
			}
			assertEachLabelScans(t, buf.Bytes(), tpl, ds, opts)
		})
	}
}

// assertEachLabelScans reads every printed label on its own and wants
// exactly its record's code there: none missing, none duplicated, none
// on the wrong label.
func assertEachLabelScans(t *testing.T, pdf []byte, tpl label.Template, ds []Drawer, opts Options) {
	t.Helper()
	const dpi = 200
	ps := label.Positions(tpl, len(ds), opts.StartAt, opts.Copies, opts.Offset)
	pages := rasterisePDF(t, pdf, dpi)
	if len(pages) != label.Pages(ps) {
		t.Fatalf("PDF has %d pages, layout needs %d", len(pages), label.Pages(ps))
	}
	want := codesOf(ds)
	got := scanEachLabel(t, pages, tpl, ps, dpi)
	for i, p := range ps {
		if got[i] != want[p.Record] {
			t.Errorf("label %d (page %d slot %d) scanned as %q, want %q", i, p.Page+1, p.Slot+1, got[i], want[p.Record])
		}
	}
}

// The preview must show each QR where the printer will put it.
func TestPreviewMatchesPDF(t *testing.T) {
	needTools(t)
	const dpi = 200
	tpl, _ := label.Builtin("Avery L7160")
	ds := folderLabels(5)
	opts := Options{StartAt: 4, Offset: label.Offset{X: 1.3, Y: -0.7}}
	var buf bytes.Buffer
	if err := RenderLabelsPDF(&buf, tpl, ds, opts); err != nil {
		t.Fatal(err)
	}
	printed := readPNG(t, rasterisePDF(t, buf.Bytes(), dpi)[0])
	preview, err := RenderLabelsImage(tpl, ds, opts, 0, dpi)
	if err != nil {
		t.Fatal(err)
	}
	pxPerMM := dpi / 25.4
	for _, p := range label.Positions(tpl, len(ds), opts.StartAt, 1, opts.Offset) {
		region := qrRegion(tpl, ds[p.Record].(FolderLabel), p, pxPerMM)
		a, b := darkBounds(printed, region), darkBounds(preview, region)
		if a.Empty() || b.Empty() {
			t.Fatalf("label %d: no QR found (printed %v, preview %v)", p.Record, a, b)
		}
		for _, d := range []int{a.Min.X - b.Min.X, a.Min.Y - b.Min.Y, a.Max.X - b.Max.X, a.Max.Y - b.Max.Y} {
			if mm := math.Abs(float64(d)) / pxPerMM; mm > 0.5 {
				t.Errorf("label %d: QR at %v in the PDF but %v in the preview (%.2f mm apart)", p.Record, a, b, mm)
			}
		}
	}
}

// qrRegion is the QR symbol's expected box in pixels, grown by 1.5 mm:
// less than the quiet zone, so nothing but the symbol is dark inside it.
func qrRegion(tpl label.Template, l FolderLabel, p label.Placement, s float64) image.Rectangle {
	bw := max(5, min(0.16*tpl.LabelHeight, tpl.LabelWidth/6))
	side := qrSide(l.Code, l.QRMM)
	x, y := p.X+bw, p.Y+(tpl.LabelHeight-side)/2
	r := Box{x, y, side, side}.Inset(side*quietModules/float64(quietModules*2+21) - 1.5)
	return image.Rect(int(r.X*s), int(r.Y*s), int((r.X+r.W)*s), int((r.Y+r.H)*s))
}

func TestQRIsAtLeastMinimumSize(t *testing.T) {
	for _, code := range []string{"A", "BRK-2025-000001", "LOK-GEDUNG-UTAMA-LANTAI-2-RUANG-ARSIP-RAK-12"} {
		mods, err := qrModules(code)
		if err != nil {
			t.Fatal(err)
		}
		side := qrSide(code, 10) // asked for less than the minimum
		symbol := side * float64(len(mods)) / float64(len(mods)+2*quietModules)
		if symbol < MinQRMM-1e-9 {
			t.Errorf("%s: symbol %.2f mm, want at least %.0f mm", code, symbol, MinQRMM)
		}
	}
}

func TestTestPage(t *testing.T) {
	tpl, _ := label.Builtin("Avery L7163")
	var buf bytes.Buffer
	if err := RenderTestPagePDF(&buf, tpl, label.Offset{}, nil); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) {
		t.Fatal("test page is not a PDF")
	}
	img, err := RenderTestPageImage(tpl, label.Offset{X: 2}, 100, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := 100 / 25.4
	// The first label's left edge is drawn at 4.65 + 2 mm (offset applied).
	y := int((15.15 + 19) * s)
	x := int(math.Round((4.65 + 2) * s))
	if !isDark(img.At(x, y)) && !isDark(img.At(x+1, y)) {
		t.Errorf("no outline at the first label's left edge (%d,%d)", x, y)
	}
	if isDark(img.At(int(4.65*s)-3, y)) {
		t.Error("outline drawn without the printer offset")
	}
}

func TestInvalidTemplateRefused(t *testing.T) {
	tpl, _ := label.Builtin("Avery L7163")
	tpl.Columns = 3
	if err := RenderLabelsPDF(&bytes.Buffer{}, tpl, folderLabels(1), Options{}); err == nil {
		t.Error("printed on a template whose labels run off the page")
	}
}
