package storage

import (
	"database/sql"
	"strings"

	"rapi/model"
)

// bookingHitTx fills h with the booking whose P- code is code, for the
// scan box: its purpose, and the resources it takes as the place.
func bookingHitTx(tx *sql.Tx, code string, h *Hit) (found bool, err error) {
	if kind, _, ok := model.ParseCode(code); !ok || kind != model.CodeBooking {
		return false, nil
	}
	b, err := bookingWhereTx(tx, "code=?", code)
	if err == model.ErrNotFound {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	var names []string
	for _, id := range b.ResourceIDs {
		if r, err := resourceWhereTx(tx, "id=?", id); err == nil {
			names = append(names, r.Nama)
		}
	}
	*h = Hit{Kind: model.CodeBooking, ID: b.ID, Code: b.Code, Title: b.Keperluan, PlacePath: strings.Join(names, ", ")}
	return true, nil
}
