package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/ui/kit"
)

// statusBar is the line at the bottom (database, clerk) and the banner at
// the top that appears while the database is busy, read-only or out of
// reach. The app keeps working for what it can read meanwhile.
type statusBar struct {
	app        *App
	line       fyne.CanvasObject
	text       *widget.Label
	banner     *fyne.Container
	bannerText *widget.Label
	note       string
	problem    string
}

func newStatusBar(a *App) *statusBar {
	sb := &statusBar{app: a, text: widget.NewLabel(""), bannerText: widget.NewLabel("")}
	sb.text.Truncation = fyne.TextTruncateEllipsis
	sb.bannerText.Wrapping = fyne.TextWrapWord
	sb.bannerText.Importance = widget.DangerImportance
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameError))
	bg.FillColor = kit.WithAlpha(bg.FillColor, 0x33)
	sb.banner = container.NewStack(bg, container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, sb.bannerText))
	sb.banner.Hide()
	sb.line = sb.text
	return sb
}

// setError shows what the watcher found; nil clears the banner.
func (sb *statusBar) setError(err error) {
	switch {
	case err == nil:
		sb.problem = ""
	case errors.Is(err, model.ErrBusy):
		sb.problem = lang.L("status.busy")
	default:
		sb.problem = lang.L("status.unreachable")
	}
	sb.refresh()
}

// setNote shows a remark that does not stop work (a failed backup ...).
func (sb *statusBar) setNote(text string) {
	sb.note = text
	sb.refresh()
}

// Problem is the banner's text, empty while all is well.
func (sb *statusBar) Problem() string { return sb.bannerText.Text }

func (sb *statusBar) refresh() {
	s := sb.app.store
	banner := sb.problem
	if banner == "" && s != nil && s.ReadOnly() {
		banner = lang.L("status.read_only")
	}
	if banner == "" {
		banner = sb.note
	}
	sb.bannerText.SetText(banner)
	if banner == "" {
		sb.banner.Hide()
	} else {
		sb.banner.Show()
	}
	if s == nil {
		sb.text.SetText("")
		return
	}
	actor := sb.app.prefs.Actor()
	sb.text.SetText(kit.Ln("status.line", map[string]any{"DB": s.Path(), "Clerk": actor.Label()}))
}
