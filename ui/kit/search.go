package kit

import (
	"context"

	"rapi/storage"
)

// Result is one thing the scan box found; choosing it opens the card of
// its Hit (see CardKind).
type Result struct {
	Kind   string // translation key of what it is, e.g. "kind.place"
	Code   string
	Title  string
	Detail string      // place path, status, borrower ...
	Hit    storage.Hit // whose card opens; zero when there is nothing to open
}

// Searcher looks text up in one kind of record. Features register theirs
// with the shell; a scanned code is just text that matches exactly.
type Searcher func(ctx context.Context, s *storage.Store, text string) ([]Result, error)
