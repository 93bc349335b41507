package storage

import (
	"context"
	"database/sql"
	"fmt"

	"rapi/model"
	"rapi/model/rapat"
)

// A meeting's invitees and walk-ins. Each has a U- code for the check-in
// QR, registered in the code registry; rows are audited and soft deleted.

const pesertaCols = `p.id, p.rapat_id, p.code, coalesce(p.kontak_id,0), p.nama, p.nip, p.jabatan, p.pangkat, p.instansi,
	p.telepon, p.meja_utama, p.walk_in, p.hadir, p.hadir_oleh`

func scanPeserta(row interface{ Scan(...any) error }) (rapat.Peserta, error) {
	var p rapat.Peserta
	var hadir string
	err := row.Scan(&p.ID, &p.RapatID, &p.Code, &p.KontakID, &p.Nama, &p.NIP, &p.Jabatan, &p.Pangkat, &p.Instansi,
		&p.Telepon, &p.MejaUtama, &p.WalkIn, &hadir, &p.HadirOleh)
	p.Hadir = parseStamp(hadir)
	return p, err
}

// pesertaTx lists the participants (not removed) matching where, in invitation order.
func pesertaTx(tx *sql.Tx, where string, args ...any) ([]rapat.Peserta, error) {
	rows, err := tx.Query("SELECT "+pesertaCols+" FROM rapat_peserta p WHERE p.deleted_at IS NULL AND "+where+" ORDER BY p.id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rapat.Peserta
	for rows.Next() {
		p, err := scanPeserta(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func onePesertaTx(tx *sql.Tx, where string, args ...any) (rapat.Peserta, error) {
	list, err := pesertaTx(tx, where, args...)
	if err == nil && len(list) == 0 {
		err = model.ErrNotFound
	}
	if err != nil {
		return rapat.Peserta{}, err
	}
	return list[0], nil
}

// insertPesertaTx saves p as a participant of meeting rapatID with the
// next U- code, and audits it.
func (s *Store) insertPesertaTx(ctx context.Context, tx *sql.Tx, rapatID int64, p *rapat.Peserta) error {
	code, err := allocateCodeTx(ctx, tx, model.CodeInvitee, 0)
	if err != nil {
		return err
	}
	res, err := tx.Exec(`INSERT INTO rapat_peserta(rapat_id, code, kontak_id, nama, nip, jabatan, pangkat, instansi, telepon,
		meja_utama, walk_in, hadir, hadir_oleh, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		rapatID, code, nullID(p.KontakID), p.Nama, p.NIP, p.Jabatan, p.Pangkat, p.Instansi, p.Telepon, p.MejaUtama,
		p.WalkIn, stampText(p.Hadir), p.HadirOleh, fmtTime(s.now()), s.Actor().Label())
	if err != nil {
		return err
	}
	id, _ := res.LastInsertId()
	if err := registerCodeTx(ctx, tx, code, model.CodeInvitee, id); err != nil {
		return err
	}
	if *p, err = onePesertaTx(tx, "p.id=?", id); err != nil {
		return err
	}
	return s.audit(tx, "rapat_peserta", id, ActCreate, nil, *p)
}

// InviteKontak invites contacts to a meeting; ones already invited are
// skipped. It returns the new invitees, each with its U- code.
func (s *Store) InviteKontak(ctx context.Context, rapatID int64, kontakIDs []int64) ([]rapat.Peserta, error) {
	var out []rapat.Peserta
	err := s.write(ctx, "invite kontak", func(tx *sql.Tx) error {
		out = nil
		return s.inviteTx(ctx, tx, rapatID, kontakIDs, &out)
	})
	return out, err
}

// InviteGrup invites every contact of a group ("Kepala Biro se-Setda") not
// invited yet.
func (s *Store) InviteGrup(ctx context.Context, rapatID int64, grup string) ([]rapat.Peserta, error) {
	var out []rapat.Peserta
	err := s.write(ctx, "invite grup", func(tx *sql.Tx) error {
		out = nil
		ids, err := queryIDs(ctx, tx, `SELECT g.kontak_id FROM kontak_grup g JOIN kontak k ON k.id=g.kontak_id
			WHERE g.nama=? AND k.deleted_at IS NULL ORDER BY k.nama, k.id`, 0, grup)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return model.Invalid("grup", grup, "error.rapat_grup_empty")
		}
		return s.inviteTx(ctx, tx, rapatID, ids, &out)
	})
	return out, err
}

func (s *Store) inviteTx(ctx context.Context, tx *sql.Tx, rapatID int64, kontakIDs []int64, out *[]rapat.Peserta) error {
	if _, err := liveRapatTx(tx, rapatID); err != nil {
		return err
	}
	have, err := queryIDs(ctx, tx, "SELECT kontak_id FROM rapat_peserta WHERE rapat_id=? AND kontak_id IS NOT NULL AND deleted_at IS NULL", 0, rapatID)
	if err != nil {
		return err
	}
	invited := map[int64]bool{}
	for _, id := range have {
		invited[id] = true
	}
	for _, id := range kontakIDs {
		if invited[id] {
			continue
		}
		invited[id] = true
		k, err := kontakEntity.load(tx, id)
		if err == sql.ErrNoRows || (err == nil && k.DeletedAt != nil) {
			return model.Invalid("kontak", fmt.Sprint(id), "error.not_found")
		} else if err != nil {
			return err
		}
		p := rapat.FromKontak(k)
		if err := s.insertPesertaTx(ctx, tx, rapatID, &p); err != nil {
			return err
		}
		*out = append(*out, p)
	}
	return nil
}

// AddPeserta adds a participant typed in (not from the contact book). A
// walk-in is present from now, checked in by the current clerk.
func (s *Store) AddPeserta(ctx context.Context, rapatID int64, p *rapat.Peserta) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "add peserta", func(tx *sql.Tx) error {
		if _, err := liveRapatTx(tx, rapatID); err != nil {
			return err
		}
		np := *p
		if np.WalkIn {
			np.Hadir, np.HadirOleh = s.now(), s.Actor().Label()
		}
		if err := s.insertPesertaTx(ctx, tx, rapatID, &np); err != nil {
			return err
		}
		*p = np
		return nil
	})
}

// UpdatePeserta saves a participant's details and head-table seat; the
// check-in time is only set by CheckIn.
func (s *Store) UpdatePeserta(ctx context.Context, p *rapat.Peserta) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "update peserta", func(tx *sql.Tx) error {
		before, err := onePesertaTx(tx, "p.id=?", p.ID)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE rapat_peserta SET nama=?, nip=?, jabatan=?, pangkat=?, instansi=?, telepon=?, meja_utama=?
			WHERE id=?`, p.Nama, p.NIP, p.Jabatan, p.Pangkat, p.Instansi, p.Telepon, p.MejaUtama, p.ID); err != nil {
			return err
		}
		return s.afterPesertaTx(tx, before, p, ActUpdate)
	})
}

// afterPesertaTx reads a changed participant back into p and audits the change.
func (s *Store) afterPesertaTx(tx *sql.Tx, before rapat.Peserta, p *rapat.Peserta, act string) error {
	after, err := onePesertaTx(tx, "p.id=?", before.ID)
	if err != nil {
		return err
	}
	*p = after
	return s.audit(tx, "rapat_peserta", before.ID, act, before, after)
}

// RemovePeserta takes a participant off the list (soft delete); the
// U- code stays taken so an old printed QR is never someone else's.
func (s *Store) RemovePeserta(ctx context.Context, id int64) error {
	return s.write(ctx, "remove peserta", func(tx *sql.Tx) error {
		before, err := onePesertaTx(tx, "p.id=?", id)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE rapat_peserta SET deleted_at=? WHERE id=?", fmtTime(s.now()), id); err != nil {
			return err
		}
		return s.audit(tx, "rapat_peserta", id, ActDelete, before, nil)
	})
}

// CheckIn records a participant present, found by the U- code on their
// invitation or the NIP on their ID card. A second scan is refused with
// a *rapat.SudahHadirError carrying the first time; the decision is taken
// inside the write transaction, so of two PCs scanning at once one wins.
// Another meeting's invitee gives an invalid "code" error, an unknown
// code model.ErrNotFound.
func (s *Store) CheckIn(ctx context.Context, rapatID int64, code, clerk string) (rapat.Peserta, error) {
	var p rapat.Peserta
	err := s.write(ctx, "check in", func(tx *sql.Tx) error {
		if _, err := liveRapatTx(tx, rapatID); err != nil {
			return err
		}
		var err error
		if p, err = findPesertaTx(tx, rapatID, code); err != nil {
			return err
		}
		return s.checkInTx(tx, &p, clerk)
	})
	return p, err
}

// findPesertaTx finds the participant a scan or a typed code means.
func findPesertaTx(tx *sql.Tx, rapatID int64, code string) (rapat.Peserta, error) {
	if kind, _, ok := model.ParseCode(code); ok && kind == model.CodeInvitee {
		p, err := onePesertaTx(tx, "p.code=?", model.NormalizeCode(code))
		if err == nil && p.RapatID != rapatID {
			return p, model.Invalid("code", model.NormalizeCode(code), "error.rapat_other_meeting")
		}
		return p, err
	}
	if nip := model.NormalizeNIP(code); model.ValidNIP(nip) {
		return onePesertaTx(tx, "p.rapat_id=? AND p.nip=?", rapatID, nip)
	}
	return rapat.Peserta{}, model.ErrNotFound
}

// CheckInPeserta records a participant present who was found by name at the door.
func (s *Store) CheckInPeserta(ctx context.Context, pesertaID int64, clerk string) (rapat.Peserta, error) {
	var p rapat.Peserta
	err := s.write(ctx, "check in", func(tx *sql.Tx) error {
		var err error
		if p, err = onePesertaTx(tx, "p.id=?", pesertaID); err != nil {
			return err
		}
		return s.checkInTx(tx, &p, clerk)
	})
	return p, err
}

func (s *Store) checkInTx(tx *sql.Tx, p *rapat.Peserta, clerk string) error {
	before := *p
	if err := p.CheckIn(s.now(), clerk); err != nil {
		return err
	}
	if _, err := tx.Exec("UPDATE rapat_peserta SET hadir=?, hadir_oleh=? WHERE id=? AND hadir=''",
		stampText(p.Hadir), p.HadirOleh, p.ID); err != nil {
		return err
	}
	return s.afterPesertaTx(tx, before, p, ActUpdate)
}
