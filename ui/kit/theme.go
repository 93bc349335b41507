package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme is Fyne's default theme with dim text made readable. Fyne draws
// disabled widgets and low-importance labels (the classification name
// and retention under Kode klasifikasi) in its "disabled" colour, which
// is barely visible: 1.3:1 on dark and 1.2:1 on light backgrounds. Clerks
// read these lines, so both variants meet WCAG AA (4.5:1) on every
// background such text stands on; see contrast_test.go.
type Theme struct{ fyne.Theme }

// NewTheme wraps Fyne's default theme.
func NewTheme() Theme { return Theme{theme.DefaultTheme()} }

var (
	dimLight = color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff}
	dimDark  = color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}
)

// Color raises the disabled and placeholder colours; the rest is Fyne's.
func (t Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameDisabled, theme.ColorNamePlaceHolder:
		if v == theme.VariantDark {
			return dimDark
		}
		return dimLight
	}
	return t.Theme.Color(n, v)
}
