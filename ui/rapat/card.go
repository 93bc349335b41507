package rapat

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	mrapat "rapi/model/rapat"
	"rapi/storage"
	"rapi/ui/kit"
)

// Cards are the feature's cards: a meeting's (M- code), and an invitee's
// (U- code), which opens the meeting's Hadir mode and checks them in.
func Cards(app Shell) []kit.CardKind {
	return []kit.CardKind{
		kit.CardOf(model.CodeMeeting, app, loadRapatCard),
		kit.CardOf(model.CodeInvitee, app, loadPesertaCard),
	}
}

func loadRapatCard(ctx context.Context, app Shell, s *storage.Store, h storage.Hit) (kit.CardBody, error) {
	r, err := s.RapatByCode(ctx, h.Code)
	if err != nil {
		return nil, err
	}
	l, err := s.RapatLengkap(ctx, r.ID)
	if err != nil {
		return nil, err
	}
	return func(c kit.Card) (string, fyne.CanvasObject) {
		return lang.L("rapatui.card.kind") + " " + l.Rapat.Code, rapatCardBody(app, c, l)
	}, nil
}

func rapatCardBody(app Shell, c kit.Card, l mrapat.Lengkap) fyne.CanvasObject {
	r := l.Rapat
	row := func(key, v string) *widget.FormItem { return widget.NewFormItem(fieldLabel(key), wrapped(v)) }
	form := widget.NewForm(row("acara", r.Acara), row("tanggal", r.HariTanggal()), row("mulai", r.Waktu()),
		row("tempat", dash(r.Tempat)), row("pimpinan", dash(r.Pimpinan)), row("status", statusName(r.Status)))
	pr := l.Progress(timeNow())
	prog := bold(progressText(pr))
	danger(prog, pr.Late > 0)
	open := widget.NewButtonWithIcon(lang.L("rapatui.card.open"), theme.FolderOpenIcon(), func() {
		c.Close()
		openRapat(app, r.ID)
	})
	open.Importance = widget.HighImportance
	hadir := widget.NewButton(lang.L("rapatui.tab.hadir"), func() {
		c.Close()
		openHadir(app, r.ID, "")
	})
	return container.NewVBox(form, prog, widget.NewLabel(rekapText(l.Rekap())), container.NewHBox(open, hadir))
}

// loadPesertaCard is the card of an invitee's code (the hit names its
// meeting): its body opens the Hadir mode there and checks the invitee
// in (a U- code is scanned at the door), then closes the card once shown.
func loadPesertaCard(_ context.Context, app Shell, _ *storage.Store, h storage.Hit) (kit.CardBody, error) {
	if h.RapatID == 0 {
		return nil, model.ErrNotFound
	}
	return func(c kit.Card) (string, fyne.CanvasObject) {
		openHadir(app, h.RapatID, h.Code)
		app.Do(c.Close)
		return lang.L("rapatui.tab.hadir") + " " + h.RapatCode, wrapped(kit.Ln("rapatui.card.hadir_opened", map[string]any{"Acara": h.PlacePath}))
	}, nil
}

// openRapat shows meeting id on the Rapat page.
func openRapat(app Shell, id int64) {
	app.ShowPage(PageKey)
	if p := pageOf(app); p != nil {
		p.open(id)
	}
}

func openHadir(app Shell, id int64, code string) {
	app.ShowPage(PageKey)
	if p := pageOf(app); p != nil {
		p.openHadir(id, code)
	}
}
