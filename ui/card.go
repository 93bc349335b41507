package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/arsip"
	"rapi/ui/kit"
)

// card is the frame of the dialog a scan opens; the feature that owns
// the record's kind (kit.CardKind) fills it.
type card struct {
	hit storage.Hit
	dlg dialog.Dialog
}

func (c *card) Hit() storage.Hit { return c.hit }

func (c *card) Close() {
	if c.dlg != nil {
		c.dlg.Hide()
	}
}

// openCard loads what the card of h shows and opens it.
func (a *App) openCard(h storage.Hit) {
	s := a.store
	if s == nil {
		return
	}
	kinds := a.cards
	kit.Load(a, func() (kit.CardBody, error) { return loadCard(context.Background(), s, h, kinds) }, func(body kit.CardBody, err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		c := &card{hit: h}
		title, content := body(c)
		c.dlg = dialog.NewCustom(title, lang.L("button.close"), content, a.win)
		c.dlg.Resize(fyne.NewSize(620, 460))
		a.showDialog(c.dlg)
		reportShown(h.Code)
	})
}

// OpenCard opens the card of h (features open the cards of what theirs list).
func (a *App) OpenCard(h storage.Hit) { a.openCard(h) }

func loadCard(ctx context.Context, s *storage.Store, h storage.Hit, kinds map[model.CodeKind]kit.CardKind) (kit.CardBody, error) {
	k, ok := kinds[h.Kind]
	if !ok {
		return nil, model.ErrNotFound
	}
	return k.Load(ctx, s, h)
}

// showUnknown is the card of a code Rapi does not know, with an offer to
// register it as a new berkas.
func (a *App) showUnknown(code string) {
	msg := widget.NewLabel(kit.Ln("card.unknown", map[string]any{"Code": code}))
	msg.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	register := widget.NewButtonWithIcon(lang.L("card.register"), theme.ContentAddIcon(), func() {
		d.Hide()
		arsip.RegisterBerkas(a, code)
	})
	register.Importance = widget.HighImportance
	if !model.ValidCode(code) {
		register.Disable()
	}
	d = dialog.NewCustom(lang.L("card.not_found_title"), lang.L("button.close"),
		container.NewVBox(widget.NewIcon(theme.QuestionIcon()), msg, container.NewCenter(register)), a.win)
	d.Resize(fyne.NewSize(480, 240))
	a.showDialog(d)
}
