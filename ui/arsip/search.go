package arsip

import (
	"context"
	"strings"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit"
)

// Search is what a scan or a search finds in the archive: a code finds
// its file, box or place exactly; other text searches the files.
func Search(ctx context.Context, s *storage.Store, text string) ([]kit.Result, error) {
	hits, err := s.Find(ctx, text, 20)
	if err != nil {
		return nil, err
	}
	out := make([]kit.Result, len(hits))
	for i, h := range hits {
		out[i] = hitResult(h)
	}
	return out, nil
}

func hitResult(h storage.Hit) kit.Result {
	kind := "kind.place"
	if h.Kind == model.CodeBerkas || h.Kind == model.CodeBoks || h.Kind == model.CodeAsset {
		kind = "card.kind." + string(h.Kind)
	}
	detail := h.PlacePath
	if h.Kind == model.CodeAsset { // what a scan of its sticker says: number, room, holder
		detail = h.KodeBarang + " / " + h.Register
		if h.PlacePath != "" {
			detail += " · " + h.PlacePath
		}
		if h.Holder != "" {
			detail += " · " + h.Holder
		}
	}
	if h.Status != "" {
		detail += " · " + cardStatus(h.Status)
	}
	if h.Borrower != "" {
		detail += " · " + h.Borrower
	}
	return kit.Result{Kind: kind, Code: h.Code, Title: h.Title, Detail: detail, Hit: h}
}

// SearchPlaces finds places by a part of their name (their codes are
// found by Search).
func SearchPlaces(ctx context.Context, s *storage.Store, text string) ([]kit.Result, error) {
	needle := strings.ToLower(strings.TrimSpace(text))
	if len(needle) < 2 {
		return nil, nil
	}
	places, err := s.Places(ctx)
	if err != nil {
		return nil, err
	}
	var out []kit.Result
	for _, p := range places {
		if strings.Contains(strings.ToLower(p.Name), needle) {
			r := hitResult(storage.Hit{Kind: model.CodePlace, ID: p.ID, Code: p.Code, Title: p.Name})
			r.Detail = kit.T("place." + string(p.Kind))
			out = append(out, r)
		}
	}
	return out, nil
}
