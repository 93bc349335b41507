package storage

import (
	"context"
	"database/sql"

	"rapi/model"
	"rapi/model/rapat"
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

// RapatOfPeserta reads the meeting (not in the bin) an invitee's U- code
// belongs to, for a scan that did not say which meeting; an unknown code
// gives an error wrapping model.ErrNotFound.
func (s *Store) RapatOfPeserta(ctx context.Context, code string) (rapat.Rapat, error) {
	var r rapat.Rapat
	err := s.read(ctx, "find rapat of peserta", func(tx *sql.Tx) error {
		p, err := onePesertaTx(tx, "p.code=?", model.NormalizeCode(code))
		if err != nil {
			return err
		}
		r, err = liveRapatTx(tx, p.RapatID)
		return err
	})
	return r, err
}
