package qrcode

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	xdraw "golang.org/x/image/draw"

	"rapi/model"
)

var codes = []string{"B-000123", "BX-000042", "L-000007", "RAK-01", "KODE-LAMA-1998-0042X"}

func TestPNGDecodesBackToTheCode(t *testing.T) {
	for _, code := range codes {
		data, err := PNG(code, 0)
		if err != nil {
			t.Fatalf("PNG(%s): %v", code, err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != DefaultSize || b.Dy() != DefaultSize {
			t.Fatalf("%s: image is %v, want %d px square", code, b, DefaultSize)
		}
		got, err := Decode(img)
		if err != nil || got != code {
			t.Fatalf("%s decoded as %q (%v)", code, got, err)
		}
	}
}

func TestQuietZoneAndEvenModules(t *testing.T) {
	for _, code := range codes {
		const px = 330
		img, err := Image(code, px)
		if err != nil {
			t.Fatal(err)
		}
		q, _ := encode(code)
		n := len(q.Bitmap()) // modules across, quiet zone included
		mod := px / n
		quiet := (px-n*mod)/2 + 4*mod
		dark := func(x, y int) bool { return img.ColorIndexAt(x, y) == 1 }
		for i := 0; i < quiet; i++ {
			for j := 0; j < px; j++ {
				if dark(j, i) || dark(i, j) || dark(j, px-1-i) || dark(px-1-i, j) {
					t.Fatalf("%s: dark pixel %d px from the edge, inside the %d px quiet zone", code, i, quiet)
				}
			}
		}
		// The finder pattern starts right after the quiet zone and is
		// exactly 7 modules of whole pixels wide.
		if !dark(quiet, quiet) || !dark(quiet+7*mod-1, quiet) || dark(quiet+7*mod, quiet) {
			t.Fatalf("%s: finder pattern is not 7 x %d px after the quiet zone", code, mod)
		}
	}
}

func TestRefusesWhatCannotBeALabel(t *testing.T) {
	var inv *model.InvalidError
	for _, bad := range []string{"", "SK/12/2019", "KODE YANG SANGAT PANJANG SEKALI"} {
		if _, err := PNG(bad, 0); !errors.As(err, &inv) {
			t.Errorf("PNG(%q) = %v, want a code format error", bad, err)
		}
	}
	if _, err := PNG("B-000001", 40); err == nil {
		t.Error("a 40 px QR was made: too small to print and scan")
	}
	// A lower-case code is the same code.
	img, err := Image("bx-000042", 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := Decode(img); got != "BX-000042" {
		t.Errorf("lower-case input encoded as %q", got)
	}
}

func TestPhotoOfALabelDecodes(t *testing.T) {
	for _, code := range []string{"B-000123", "KODE-LAMA-1998-0042X"} {
		img, err := Image(code, 200)
		if err != nil {
			t.Fatal(err)
		}
		photo := photograph(img, 5)
		got, err := Decode(photo)
		if err != nil || got != code {
			t.Fatalf("photo of %s decoded as %q (%v)", code, got, err)
		}
		// The same photo saved as a JPEG, as a phone sends it.
		path := filepath.Join(t.TempDir(), "label.jpg")
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, photo, &jpeg.Options{Quality: 80}); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if got, err := DecodeFile(path); err != nil || got != code {
			t.Fatalf("JPEG photo of %s decoded as %q (%v)", code, got, err)
		}
	}
}

func TestImageWithoutCode(t *testing.T) {
	grey := image.NewGray(image.Rect(0, 0, 400, 300))
	for i := range grey.Pix {
		grey.Pix[i] = uint8(100 + i%50)
	}
	if _, err := Decode(grey); !errors.Is(err, ErrNoCode) {
		t.Fatalf("a picture without a QR: %v, want ErrNoCode", err)
	}
	if _, err := DecodeFile(filepath.Join(t.TempDir(), "tidak-ada.png")); err == nil {
		t.Fatal("a missing file decoded")
	}
}

// photograph makes img look like a phone photo of a printed label: scaled
// up 1.7 times, rotated by deg degrees on an uneven grey desk, blurred a
// little, with sensor noise.
func photograph(img image.Image, deg float64) *image.Gray {
	b := img.Bounds()
	sw, sh := b.Dx()*17/10, b.Dy()*17/10
	scaled := image.NewGray(image.Rect(0, 0, sw, sh))
	xdraw.CatmullRom.Scale(scaled, scaled.Bounds(), img, b, xdraw.Src, nil)

	const W, H = 640, 480
	out := image.NewGray(image.Rect(0, 0, W, H))
	sin, cos := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(W)/2, float64(H)/2
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			// Rotate back into the label's coordinates and sample it bilinearly.
			dx, dy := float64(x)-cx, float64(y)-cy
			u := cos*dx + sin*dy + float64(sw)/2
			v := -sin*dx + cos*dy + float64(sh)/2
			desk := 120 + 40*float64(x)/W // light falls from one side
			out.Pix[y*out.Stride+x] = uint8(bilinear(scaled, u, v, desk))
		}
	}
	out = boxBlur(out)
	rng := rand.New(rand.NewPCG(4, 2))
	for i, p := range out.Pix {
		v := int(p)*85/100 + 20 + rng.IntN(25) - 12 // paper is not white, ink not black
		out.Pix[i] = uint8(max(0, min(255, v)))
	}
	return out
}

func bilinear(g *image.Gray, u, v, outside float64) float64 {
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= g.Rect.Dx() || y >= g.Rect.Dy() {
			return outside
		}
		return float64(g.Pix[y*g.Stride+x])
	}
	x0, y0 := math.Floor(u), math.Floor(v)
	fx, fy := u-x0, v-y0
	x, y := int(x0), int(y0)
	top := at(x, y)*(1-fx) + at(x+1, y)*fx
	bot := at(x, y+1)*(1-fx) + at(x+1, y+1)*fx
	return top*(1-fy) + bot*fy
}

func boxBlur(g *image.Gray) *image.Gray {
	out := image.NewGray(g.Rect)
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			sum, n := 0, 0
			for j := -1; j <= 1; j++ {
				for i := -1; i <= 1; i++ {
					if xx, yy := x+i, y+j; xx >= 0 && yy >= 0 && xx < w && yy < h {
						sum += int(g.Pix[yy*g.Stride+xx])
						n++
					}
				}
			}
			out.Pix[y*out.Stride+x] = uint8(sum / n)
		}
	}
	return out
}
