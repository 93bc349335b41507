package paper

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"rapi/model/label"
)

// needTools skips a test that checks printed output when the rasteriser
// or the QR reader is not installed (Debian: poppler-utils, zbar-tools).
func needTools(t testing.TB) {
	t.Helper()
	for _, tool := range []string{"pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install poppler-utils zbar-tools); printed output not checked", tool)
		}
	}
}

// rasterisePDF renders every page at dpi with pdftoppm and returns the PNG paths in page order.
func rasterisePDF(t *testing.T, pdf []byte, dpi int) []string {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "labels.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftoppm", "-r", fmt.Sprint(dpi), "-png", in, filepath.Join(dir, "page")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "page-*.png"))
	sort.Strings(pages) // pdftoppm zero-pads page numbers
	return pages
}

// scanCodes returns every QR payload zbarimg finds on the pages.
func scanCodes(t *testing.T, pages []string) []string {
	t.Helper()
	var codes []string
	for _, p := range pages {
		cmd := exec.Command("zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", p)
		var stdout bytes.Buffer
		cmd.Stdout = &stdout
		err := cmd.Run()
		// zbarimg exits 4 when a page has no code; that is a finding, not a failure to run.
		if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 4) {
			t.Fatalf("zbarimg %s: %v", p, err)
		}
		for _, line := range strings.Split(stdout.String(), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				codes = append(codes, line)
			}
		}
	}
	return codes
}

// scanEachLabel crops every placed label out of the rasterised pages and
// reads it on its own: zbar confuses finder patterns of QRs lined up in a
// grid, and a per-label crop also proves each code landed on its own label.
// It returns the codes found, in placement order, joined by "+" when a
// label held more than one.
func scanEachLabel(t *testing.T, pages []string, tpl label.Template, ps []label.Placement, dpi float64) []string {
	t.Helper()
	dir := t.TempDir()
	s := dpi / 25.4
	imgs := map[int]image.Image{}
	out := make([]string, len(ps))
	for i, p := range ps {
		if imgs[p.Page] == nil {
			imgs[p.Page] = readPNG(t, pages[p.Page])
		}
		r := image.Rect(int(p.X*s), int(p.Y*s), int((p.X+tpl.LabelWidth)*s), int((p.Y+tpl.LabelHeight)*s))
		crop := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
		draw.Draw(crop, crop.Bounds(), imgs[p.Page], r.Min, draw.Src)
		path := filepath.Join(dir, fmt.Sprintf("label-%04d.png", i))
		writePNG(t, path, crop)
		out[i] = strings.Join(scanCodes(t, []string{path}), "+")
	}
	return out
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// darkBounds is the bounding box, in pixels, of the dark pixels inside r.
func darkBounds(img image.Image, r image.Rectangle) image.Rectangle {
	var out image.Rectangle
	first := true
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if !isDark(img.At(x, y)) {
				continue
			}
			p := image.Rect(x, y, x+1, y+1)
			if first {
				out, first = p, false
			} else {
				out = out.Union(p)
			}
		}
	}
	return out
}

func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r+g+b < 3*0x6000
}
