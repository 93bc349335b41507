package booking

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/rapat"
	"rapi/storage"
	"rapi/ui/kit"
)

// WithRoomSchedule adds a bookable room's schedule to the card of its
// place: the QR on a room's door is its place code, so the scan opens
// the one place card, with today's bookings and "Pesan sekarang" under
// what the place card already shows. A place that is not a bookable
// room keeps its card as it was.
func WithRoomSchedule(app Shell, place kit.CardKind) kit.CardKind {
	return kit.CardKind{Kind: place.Kind, Load: func(ctx context.Context, s *storage.Store, h storage.Hit) (kit.CardBody, error) {
		body, err := place.Load(ctx, s, h)
		if err != nil {
			return nil, err
		}
		r, err := s.ResourceByCode(ctx, h.Code)
		if errors.Is(err, model.ErrNotFound) || (err == nil && r.Jenis != booking.JenisRuang) {
			return body, nil
		}
		if err != nil {
			return nil, err
		}
		day := dayOf(timeNow())
		today, err := s.BookingsOn(ctx, []int64{r.ID}, day, day.AddDate(0, 0, 1))
		if err != nil {
			return nil, err
		}
		return func(c kit.Card) (string, fyne.CanvasObject) {
			title, inner := body(c)
			return title, container.NewBorder(nil, roomSection(app, c, r, today), nil, nil, inner)
		}, nil
	}}
}

// roomSection is today's schedule of room r and the button to book it
// from now on.
func roomSection(app Shell, c kit.Card, r booking.Resource, today []booking.Booking) fyne.CanvasObject {
	head := widget.NewLabelWithStyle(kit.Ln("bookui.card.today", map[string]any{"Room": r.Nama,
		"Date": model.FormatDateDay(timeNow())}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(widget.NewSeparator(), head)
	n := 0
	for _, b := range today {
		if !shownOn(b, r.ID, dayOf(timeNow())) {
			continue
		}
		n++
		l := widget.NewLabel(rapat.FormatJam(b.Dari) + "–" + rapat.FormatJam(b.Sampai) + " · " + b.Unit + " · " +
			b.Keperluan + " · " + statusName(b.Status))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	if n == 0 {
		box.Add(widget.NewLabel(lang.L("bookui.card.free")))
	}
	now := timeNow().Truncate(30 * time.Minute).Add(30 * time.Minute)
	book := widget.NewButtonWithIcon(lang.L("bookui.card.pesan"), theme.ContentAddIcon(), func() {
		c.Close()
		openForm(app, booking.Booking{ResourceIDs: []int64{r.ID}, Dari: now, Sampai: now.Add(time.Hour)})
	})
	box.Add(container.NewHBox(book))
	return box
}
