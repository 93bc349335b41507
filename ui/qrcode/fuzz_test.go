package qrcode

import (
	"bytes"
	"image"
	"testing"
)

// A phone photo of a label, as bytes: never a panic, however damaged.
// Images beyond 4 megapixels are left out: the app refuses nothing by size,
// but the fuzzer's memory is not a clerk's photo.
func FuzzDecodePhoto(f *testing.F) {
	if png, err := PNG("B-000123", 200); err == nil {
		f.Add(png)
		f.Add(png[:len(png)/2])
	}
	f.Add([]byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;"))
	f.Add([]byte("\xff\xd8\xff\xe0"))
	f.Fuzz(func(t *testing.T, b []byte) {
		cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
		if err != nil || cfg.Width*cfg.Height > 4<<20 {
			return
		}
		img, _, err := image.Decode(bytes.NewReader(b))
		if err != nil {
			return
		}
		Decode(img)
	})
}

// Every code Rapi prints reads back from its own QR image.
func FuzzQRRoundTrip(f *testing.F) {
	for _, s := range []string{"B-000123", "BX-000042", "L-1", "RAK-01-A", "A-99999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || len(s) > 20 || bytes.ContainsFunc([]byte(s), func(r rune) bool {
			return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-')
		}) {
			return
		}
		img, err := Image(s, 256)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		got, err := Decode(img)
		if err != nil || got != s {
			t.Fatalf("%q reads back as %q, %v", s, got, err)
		}
	})
}
