package kit

import (
	"context"

	"fyne.io/fyne/v2"

	"rapi/model"
	"rapi/storage"
)

// CardKind is the card of one kind of record a scan can open: how its
// data is read (off the UI goroutine) and how it is shown. Features
// register theirs with the shell (ui/features.go); the shell keeps the
// frame (the dialog) and opens the card of a hit by its kind.
type CardKind struct {
	Kind model.CodeKind // as storage.Hit.Kind
	// Load reads what the card of h shows and returns how to show it.
	Load func(ctx context.Context, s *storage.Store, h storage.Hit) (CardBody, error)
}

// CardBody builds a card's title and content on the UI goroutine.
type CardBody func(c Card) (title string, body fyne.CanvasObject)

// Card is the open card as its body sees it.
type Card interface {
	// Hit is the record the card shows.
	Hit() storage.Hit
	// Close hides the card (before another card or dialog takes its place).
	Close()
}

// CardOf is the card of kind that load reads with the feature's app in
// hand: the closure each feature's Cards would otherwise write again.
func CardOf[A any](kind model.CodeKind, app A, load func(context.Context, A, *storage.Store, storage.Hit) (CardBody, error)) CardKind {
	return CardKind{Kind: kind, Load: func(ctx context.Context, s *storage.Store, h storage.Hit) (CardBody, error) {
		return load(ctx, app, s, h)
	}}
}
