// Package qrcode makes the QR image printed on a Rapi label and reads one
// back from an image, such as a phone photo of a label for offices
// without a USB scanner. The QR payload is exactly the label code.
package qrcode

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	_ "image/gif" // photos and scans arrive in any of these formats
	_ "image/jpeg"
	"image/png"
	"os"
	"strings"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"
	"github.com/skip2/go-qrcode"
	xdraw "golang.org/x/image/draw"

	"rapi/model"
)

// Level is the error-correction level of every label: Q (quartile, 25 %
// of the symbol can be lost). Folder and box labels get scuffed, stamped
// over and half covered by tape for years, so M (15 %) leaves too little
// margin; a code of at most 20 characters still fits version 2 at Q (25
// modules, 29 alphanumeric characters), so modules stay as large as with
// M and a cheap scanner reads a small label from a distance. H (30 %)
// would push long codes to version 3 and shrink the modules for little
// gain. go-qrcode calls Q "High".
const Level = qrcode.High

// DefaultSize is the image size in pixels when none is given: about
// 2.2 cm at 300 dpi, the size of Rapi's labels.
const DefaultSize = 256

// MinSize is the smallest image that still gives each module (with the
// quiet zone of 4 modules kept) at least 2 pixels for codes up to 20
// characters.
const MinSize = 72

// ErrNoCode: no readable QR in the image.
var ErrNoCode = errors.New("no readable QR code in the image")

func encode(code string) (*qrcode.QRCode, error) {
	code = model.NormalizeCode(code)
	if !model.ValidCode(code) {
		return nil, model.Invalid("code", code, "error.code_format")
	}
	q, err := qrcode.New(code, Level)
	if err != nil {
		return nil, fmt.Errorf("make QR for %s: %w", code, err)
	}
	q.DisableBorder = false // the quiet zone is part of the symbol
	return q, nil
}

func size(px int) (int, error) {
	switch {
	case px == 0:
		return DefaultSize, nil
	case px < MinSize:
		return 0, fmt.Errorf("QR size %d px is below the %d px a scanner can read", px, MinSize)
	}
	return px, nil
}

// Image draws code's QR, black on white with its quiet zone of 4
// modules, sizePx pixels square (0 means DefaultSize). Every module gets
// the same whole number of pixels, so the print has no uneven modules;
// what does not divide evenly widens the white margin. The code is
// normalised first and must be a valid label code.
func Image(code string, sizePx int) (*image.Paletted, error) {
	px, err := size(sizePx)
	if err != nil {
		return nil, err
	}
	q, err := encode(code)
	if err != nil {
		return nil, err
	}
	bits := q.Bitmap() // includes the quiet zone
	n := len(bits)
	mod := px / n
	if mod < 1 {
		return nil, fmt.Errorf("QR size %d px is too small for %d modules", px, n)
	}
	off := (px - n*mod) / 2
	img := image.NewPaletted(image.Rect(0, 0, px, px), color.Palette{color.White, color.Black})
	for y := range px {
		my := (y - off) / mod
		for x := range px {
			mx := (x - off) / mod
			if y >= off && x >= off && my < n && mx < n && bits[my][mx] {
				img.Pix[y*img.Stride+x] = 1
			}
		}
	}
	return img, nil
}

// PNG is Image encoded as a PNG file.
func PNG(code string, sizePx int) ([]byte, error) {
	img, err := Image(code, sizePx)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// maxSide is the longest side a photo is decoded at: a phone's 4000-pixel
// photo is shrunk first, which is faster and, for a label filling part of
// the picture, reads better.
const maxSide = 1600

// Decode finds one QR code in img and returns its text, trimmed. It tries
// hard (gozxing's TRY_HARDER) and, for a large photo, also a reduced copy.
// An image without a readable code gives ErrNoCode.
func Decode(img image.Image) (string, error) {
	b := img.Bounds()
	if b.Dx() == 0 || b.Dy() == 0 {
		return "", ErrNoCode
	}
	tries := []image.Image{img}
	if long := max(b.Dx(), b.Dy()); long > maxSide {
		tries = append([]image.Image{shrink(img, maxSide)}, tries...)
	}
	var lastErr error
	for _, im := range tries {
		for _, binarize := range []func(gozxing.LuminanceSource) gozxing.Binarizer{
			gozxing.NewHybridBinarizer, gozxing.NewGlobalHistgramBinarizer,
		} {
			text, err := decodeOnce(im, binarize)
			if err == nil {
				return text, nil
			}
			lastErr = err
		}
	}
	return "", fmt.Errorf("%w (%v)", ErrNoCode, lastErr)
}

func decodeOnce(img image.Image, binarize func(gozxing.LuminanceSource) gozxing.Binarizer) (string, error) {
	bmp, err := gozxing.NewBinaryBitmap(binarize(gozxing.NewLuminanceSourceFromImage(img)))
	if err != nil {
		return "", err
	}
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true}
	res, err := zxqr.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(res.GetText()), nil
}

func shrink(img image.Image, side int) image.Image {
	b := img.Bounds()
	w, h := side, b.Dy()*side/b.Dx()
	if b.Dy() > b.Dx() {
		w, h = b.Dx()*side/b.Dy(), side
	}
	dst := image.NewGray(image.Rect(0, 0, w, h))
	xdraw.ApproxBiLinear.Scale(dst, dst.Bounds(), img, b, xdraw.Src, nil)
	return dst
}

// DecodeFile reads a PNG, JPEG or GIF file and decodes the QR in it.
func DecodeFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return "", fmt.Errorf("read image %s: %w", path, err)
	}
	return Decode(img)
}
