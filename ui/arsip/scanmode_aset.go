package arsip

import (
	"context"
	"errors"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
	"rapi/ui/kit"
)

// moveAset is Pindah of an asset (issue 12) in the scan box: the asset
// moves to the room dest as a mutasi, and Undo writes the reverse mutasi.
// A place that is not a room is refused by storage, with its reason.
func (ss *Session) moveAset(ctx context.Context, code string, h, dest storage.Hit) Outcome {
	a, err := ss.store.Aset(ctx, h.ID)
	if err != nil {
		return *refused(code, err)
	}
	if a.RuangID == dest.ID {
		return Outcome{Kind: OutAgain, OK: true, Title: a.Nama, Msg: kit.Ln("scan2.out.already_there", map[string]any{"Title": a.Nama, "Dest": dest.Title})}
	}
	from := a.RuangPath
	if _, err := ss.store.AsetPindah(ctx, a.ID, a.Version, dest.ID, aset.Catatan{}); err != nil {
		return *refused(code, err)
	}
	muts, err := ss.store.AsetMutasiList(ctx, a.ID)
	if err != nil || len(muts) == 0 {
		return *refused(code, errors.Join(err, model.ErrNotFound))
	}
	mutasi := muts[0].ID // newest first: the move just written
	return Outcome{Kind: OutMoved, OK: true, Title: a.Nama,
		Msg: kit.Ln("scan2.out.moved", map[string]any{"Title": a.Nama, "From": from, "Dest": dest.Title}),
		undo: func(ctx context.Context) error {
			_, err := ss.store.AsetUndoMutasi(ctx, mutasi)
			return err
		}}
}
