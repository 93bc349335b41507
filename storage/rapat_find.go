package storage

import (
	"database/sql"

	"rapi/model"
)

// rapatHitTx fills h with the meeting (M-) or invitee (U-) whose code is
// code, for the scan box; found is false when neither has it.
func rapatHitTx(tx *sql.Tx, code string, h *Hit) (found bool, err error) {
	kind, _, ok := model.ParseCode(code)
	switch {
	case ok && kind == model.CodeMeeting:
		r, err := rapatWhereTx(tx, "code=? AND deleted_at IS NULL", code)
		if err == model.ErrNotFound {
			return false, nil
		}
		*h = Hit{Kind: model.CodeMeeting, ID: r.ID, Code: r.Code, Title: r.Acara, PlacePath: r.Tempat}
		return err == nil, err
	case ok && kind == model.CodeInvitee:
		p, err := onePesertaTx(tx, "p.code=?", code)
		if err == model.ErrNotFound {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		r, err := rapatWhereTx(tx, "id=? AND deleted_at IS NULL", p.RapatID)
		if err == model.ErrNotFound {
			return false, nil
		}
		*h = Hit{Kind: model.CodeInvitee, ID: p.ID, Code: p.Code, Title: p.Nama, PlacePath: r.Acara,
			RapatID: r.ID, RapatCode: r.Code}
		return err == nil, err
	}
	return false, nil
}
