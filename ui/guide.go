package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// guideSections are the parts of the built-in guide, in reading order:
// what a new clerk needs on the first day, without a manual at hand.
var guideSections = [][2]string{
	{"dayone.guide.first.title", "dayone.guide.first.text"},
	{"dayone.guide.scan.title", "dayone.guide.scan.text"},
	{"dayone.guide.labels.title", "dayone.guide.labels.text"},
	{"dayone.guide.import.title", "dayone.guide.import.text"},
	{"dayone.guide.share.title", "dayone.guide.share.text"},
	{"dayone.guide.keys.title", "dayone.guide.keys.text"},
}

// ShowGuide shows the short guide of Bantuan › Panduan (also F1).
func (a *App) ShowGuide() {
	var md string
	for _, s := range guideSections {
		md += "## " + lang.L(s[0]) + "\n\n" + lang.L(s[1]) + "\n\n"
	}
	text := widget.NewRichTextFromMarkdown(md)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("dayone.guide.title"), lang.L("button.close"), container.NewVScroll(text), a.win)
	d.Resize(fyne.NewSize(760, 560))
	a.showDialog(d)
}
