package cetak

import (
	"bytes"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rapi/model/label"
	"rapi/ui/kit"
	"rapi/ui/paper"
)

// This PC's printer: the offset it shifts the paper by, and a test page.

// options reads start position, copies and the printer offset.
func (p *printPage) options() (paper.Options, error) {
	opts := paper.Options{Translate: func(k string) string { return lang.L(k) }}
	x, okX := parseNumber(p.offsetX.Text)
	y, okY := parseNumber(p.offsetY.Text)
	switch {
	case !okX:
		return opts, &fieldError{lang.L("print.field.offset_x"), kit.Ln("print.error.number", map[string]any{"Value": p.offsetX.Text})}
	case !okY:
		return opts, &fieldError{lang.L("print.field.offset_y"), kit.Ln("print.error.number", map[string]any{"Value": p.offsetY.Text})}
	case x < -maxOffset || x > maxOffset:
		return opts, &fieldError{lang.L("print.field.offset_x"), lang.L("print.error.offset")}
	case y < -maxOffset || y > maxOffset:
		return opts, &fieldError{lang.L("print.field.offset_y"), lang.L("print.error.offset")}
	}
	opts.Offset = label.Offset{X: x, Y: y}
	for _, f := range []struct {
		e   *kit.Entry
		key string
		dst *int
	}{{p.startAt, "print.field.start", &opts.StartAt}, {p.copies, "print.field.copies", &opts.Copies}} {
		v, err := strconv.Atoi(strings.TrimSpace(f.e.Text))
		if strings.TrimSpace(f.e.Text) == "" {
			v, err = 1, nil
		}
		if err != nil || v < 1 {
			return opts, &fieldError{lang.L(f.key), lang.L("print.error.count")}
		}
		*f.dst = v
	}
	return opts, nil
}

func (p *printPage) printerCard() fyne.CanvasObject {
	form := widget.NewForm(widget.NewFormItem(lang.L("print.field.offset_x"), p.offsetX),
		widget.NewFormItem(lang.L("print.field.offset_y"), p.offsetY))
	save := widget.NewButton(lang.L("print.offset.save"), p.onSaveOffset)
	test := widget.NewButton(lang.L("print.testpage"), p.onTestPage)
	// The help wraps: as the card's subtitle it widened Cetak past 1,280 px.
	help := widget.NewLabel(lang.L("print.printer_help"))
	help.Wrapping = fyne.TextWrapWord
	return widget.NewCard(lang.L("print.printer"), "", container.NewVBox(help, form, container.NewHBox(save, test)))
}

func (p *printPage) onSaveOffset() {
	opts, err := p.options()
	if err != nil {
		p.app.ShowError(err)
		return
	}
	p.app.prefs().SetPrinterOffset(opts.Offset)
	p.app.ShowInfo(lang.L("print.printer"), lang.L("print.offset.saved"))
}

// onTestPage opens the test page of the template with the offset typed.
func (p *printPage) onTestPage() {
	t, err := p.template()
	var opts paper.Options
	if err == nil {
		opts, err = p.options()
	}
	if err != nil {
		p.app.ShowError(err)
		return
	}
	p.app.Go(func() {
		var buf bytes.Buffer
		err := paper.RenderTestPagePDF(&buf, t, opts.Offset, opts.Translate)
		var path string
		if err == nil {
			path, err = writeTemp("uji", buf.Bytes())
		}
		p.app.Do(func() {
			if err == nil {
				err = p.app.openFile(path)
			}
			if err != nil {
				p.app.ShowError(err)
			}
		})
	})
}

// --- output ----------------------------------------------------------------
