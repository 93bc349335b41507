package kit

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// NewSelect is widget.NewSelect with its empty text in the UI language:
// Fyne's own "(Select one)" is a constant that its translations miss.
func NewSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = lang.L("fyne.select_one")
	return s
}
