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

// vehicleDays is how many days after today a vehicle's card names: a car
// is booked days ahead for a trip out of town.
const vehicleDays = 7

// WithRoomSchedule adds a bookable room's schedule to the card of its
// place: the QR on a room's door is its place code, so the scan opens
// the one place card, with today's bookings and "Pesan sekarang" under
// what the place card already shows. A place that is not a bookable
// room keeps its card as it was.
func WithRoomSchedule(app Shell, place kit.CardKind) kit.CardKind {
	return withSchedule(place, booking.JenisRuang, 0, func(c kit.Card, r booking.Resource, list []booking.Booking) fyne.CanvasObject {
		head := kit.Ln("bookui.card.today", map[string]any{"Room": r.Nama, "Date": model.FormatDateDay(timeNow())})
		return scheduleSection(app, c, r, head, "bookui.card.pesan", 0, list)
	})
}

// WithVehicleSchedule does the same for an official vehicle on its asset
// card (the scan of its A- code): of cards, the asset card gets the
// vehicle's bookings of today and the coming days, and "Pesan kendaraan
// ini". An asset that is no bookable vehicle keeps its card as it was.
func WithVehicleSchedule(app Shell, cards []kit.CardKind) []kit.CardKind {
	out := make([]kit.CardKind, len(cards))
	for i, card := range cards {
		out[i] = card
		if card.Kind != model.CodeAsset {
			continue
		}
		out[i] = withSchedule(card, booking.JenisKendaraan, vehicleDays, func(c kit.Card, r booking.Resource, list []booking.Booking) fyne.CanvasObject {
			head := kit.Ln("bookgui.card.coming", map[string]any{"Name": r.Nama, "Days": vehicleDays})
			return scheduleSection(app, c, r, head, "bookgui.card.pesan", vehicleDays, list)
		})
	}
	return out
}

// withSchedule puts section under card's body when the scanned code is a
// resource of kind jenis, with its bookings from today to days after.
func withSchedule(card kit.CardKind, jenis booking.Jenis, days int,
	section func(kit.Card, booking.Resource, []booking.Booking) fyne.CanvasObject) kit.CardKind {
	return kit.CardKind{Kind: card.Kind, Load: func(ctx context.Context, s *storage.Store, h storage.Hit) (kit.CardBody, error) {
		body, err := card.Load(ctx, s, h)
		if err != nil {
			return nil, err
		}
		r, err := s.ResourceByCode(ctx, h.Code)
		if errors.Is(err, model.ErrNotFound) || (err == nil && (r.Jenis != jenis || !r.Aktif)) {
			return body, nil
		}
		if err != nil {
			return nil, err
		}
		day := dayOf(timeNow())
		list, err := s.BookingsOn(ctx, []int64{r.ID}, day, day.AddDate(0, 0, days+1))
		if err != nil {
			return nil, err
		}
		return func(c kit.Card) (string, fyne.CanvasObject) {
			title, inner := body(c)
			return title, container.NewBorder(nil, section(c, r, list), nil, nil, inner)
		}, nil
	}}
}

// scheduleSection is resource r's bookings from today to days after
// under head, and the button (book) to book it from now on.
func scheduleSection(app Shell, c kit.Card, r booking.Resource, head, book string, days int, list []booking.Booking) fyne.CanvasObject {
	box := container.NewVBox(widget.NewSeparator(), widget.NewLabelWithStyle(head, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	n := 0
	for _, b := range list {
		if !shownFrom(b, r.ID, dayOf(timeNow()), days) {
			continue
		}
		n++
		when := rapat.FormatJam(b.Dari) + "–" + rapat.FormatJam(b.Sampai)
		if days > 0 {
			when = b.Jam()
		}
		l := widget.NewLabel(when + " · " + b.Unit + " · " + b.Keperluan + " · " + statusName(b.Status))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	if n == 0 {
		box.Add(widget.NewLabel(lang.L("bookui.card.free")))
	}
	now := timeNow().Truncate(30 * time.Minute).Add(30 * time.Minute)
	btn := widget.NewButtonWithIcon(lang.L(book), theme.ContentAddIcon(), func() {
		c.Close()
		openForm(app, booking.Booking{ResourceIDs: []int64{r.ID}, Dari: now, Sampai: now.Add(time.Hour)})
	})
	box.Add(container.NewHBox(btn))
	return box
}

// shownFrom reports whether b is on resource id on any day from day to
// days after.
func shownFrom(b booking.Booking, id int64, day time.Time, days int) bool {
	for i := 0; i <= days; i++ {
		if shownOn(b, id, day.AddDate(0, 0, i)) {
			return true
		}
	}
	return false
}
