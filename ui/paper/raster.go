package paper

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// rasterCanvas draws on an RGBA image at dpi dots per inch.
type rasterCanvas struct {
	img   *image.RGBA
	scale float64 // pixels per mm
	tr    func(string) string
	faces map[faceKey]font.Face
}

type faceKey struct {
	px   float64
	bold bool
}

func newRaster(wmm, hmm, dpi float64, tr func(string) string) *rasterCanvas {
	s := dpi / 25.4
	img := image.NewRGBA(image.Rect(0, 0, int(math.Ceil(wmm*s)), int(math.Ceil(hmm*s))))
	draw.Draw(img, img.Bounds(), image.NewUniform(White), image.Point{}, draw.Src)
	loadMetrics()
	return &rasterCanvas{img: img, scale: s, tr: tr, faces: map[faceKey]font.Face{}}
}

func (r *rasterCanvas) Tr(key string) string { return r.tr(key) }

// px converts a box to pixels, rounding each edge, so boxes that touch in
// mm (QR modules) touch in pixels without gaps or overlaps.
func (r *rasterCanvas) px(b Box) image.Rectangle {
	x0, y0 := math.Round(b.X*r.scale), math.Round(b.Y*r.scale)
	x1, y1 := math.Round((b.X+b.W)*r.scale), math.Round((b.Y+b.H)*r.scale)
	return image.Rect(int(x0), int(y0), int(x1), int(y1))
}

func (r *rasterCanvas) FilledRect(b Box, c color.RGBA) {
	draw.Draw(r.img, r.px(b), image.NewUniform(c), image.Point{}, draw.Over)
}

// Rect draws the outline as four thin filled boxes (at least one pixel);
// rounded corners are not drawn in the preview.
func (r *rasterCanvas) Rect(b Box, c color.RGBA, lw, _ float64) {
	lw = max(lw, 1/r.scale)
	r.FilledRect(Box{b.X, b.Y, b.W, lw}, c)
	r.FilledRect(Box{b.X, b.Y + b.H - lw, b.W, lw}, c)
	r.FilledRect(Box{b.X, b.Y, lw, b.H}, c)
	r.FilledRect(Box{b.X + b.W - lw, b.Y, lw, b.H}, c)
}

// Line steps along the line one pixel at a time; enough for rulers and
// cut marks, which are straight and thin.
func (r *rasterCanvas) Line(x1, y1, x2, y2, lw float64, c color.RGBA) {
	lw = max(lw, 1/r.scale)
	n := int(math.Ceil(math.Hypot(x2-x1, y2-y1)*r.scale)) + 1
	for i := 0; i <= n; i++ {
		t := float64(i) / float64(n)
		x, y := x1+(x2-x1)*t, y1+(y2-y1)*t
		r.FilledRect(Box{x - lw/2, y - lw/2, lw, lw}, c)
	}
}

func (r *rasterCanvas) Image(b Box, img image.Image) {
	xdraw.NearestNeighbor.Scale(r.img, r.px(b), img, img.Bounds(), draw.Over, nil)
}

// Text draws the lines laid out with Helvetica metrics in a Go font. Where
// the Go font is wider than Helvetica for a line, that line is set smaller
// so it still fits the width the layout gave it.
func (r *rasterCanvas) Text(b Box, s string, st TextStyle) {
	ft := fitText(s, b.W, b.H, st)
	for i, line := range ft.Lines {
		want := textWidth(line, ft.Size, st.Bold)
		size := ft.Size
		face := r.face(size, st.Bold)
		got := float64(font.MeasureString(face, line)) / 64 / r.scale
		if got > want && got > 0 {
			size *= want / got
			face = r.face(size, st.Bold)
			got = float64(font.MeasureString(face, line)) / 64 / r.scale
		}
		x, y := linePos(b, ft, i, min(got, b.W), st)
		d := font.Drawer{Dst: r.img, Src: image.NewUniform(textColor(st)), Face: face,
			Dot: fixed.P(int(math.Round(x*r.scale)), int(math.Round(y*r.scale)))}
		d.DrawString(line)
	}
}

var (
	fontsOnce sync.Once
	goFonts   [2]*opentype.Font
)

func (r *rasterCanvas) face(sizePt float64, bold bool) font.Face {
	key := faceKey{math.Round(sizePt*r.scale*ptMM*4) / 4, bold}
	if f, ok := r.faces[key]; ok {
		return f
	}
	fontsOnce.Do(func() {
		goFonts[0], _ = opentype.Parse(goregular.TTF)
		goFonts[1], _ = opentype.Parse(gobold.TTF)
	})
	i := 0
	if bold {
		i = 1
	}
	f, err := opentype.NewFace(goFonts[i], &opentype.FaceOptions{Size: key.px, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic(err) // the embedded Go fonts always parse
	}
	r.faces[key] = f
	return f
}
