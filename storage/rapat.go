package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"rapi/model"
	"rapi/model/rapat"
)

// Meetings and events (issue 13): one versioned, audited row per meeting
// with its M- code in the code registry. Its invitees, run-down,
// checklist, minutes and action items hang off it (rapat_*.go).

// rapatSchema is the migration that made the meetings' tables.
const rapatSchema = 17

// wallLayout is how a meeting's start and end are stored: the office's
// wall time, compared as text and read back in time.Local.
const wallLayout = "2006-01-02 15:04"

func wallText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(wallLayout)
}

func parseWall(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, _ := time.ParseInLocation(wallLayout, s, time.Local)
	return t
}

// nowWall is a moment as the wall-time text SQLite's datetime() gives,
// for comparing due dates in SQL.
func nowWall(now time.Time) string { return now.In(time.Local).Format("2006-01-02 15:04:05") }

// stampText and parseStamp store a moment something happened (checked in,
// ticked): UTC text, read back in time.Local so it prints as "08.42".
func stampText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return fmtTime(t)
}

func parseStamp(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	return parseTime(s).In(time.Local)
}

func localDate(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, _ := time.ParseInLocation(dateLayout, s, time.Local)
	return t
}

const rapatCols = metaCols + `, code, acara, jenis, mulai, selesai, zona, tempat, coalesce(ruang_id,0), pimpinan, unit,
	notulis, status, seri, catatan, surat, undangan_dicetak, undangan_usang`

func scanRapat(row interface{ Scan(...any) error }) (rapat.Rapat, error) {
	var r rapat.Rapat
	var mulai, selesai, surat, dicetak string
	ms := newMetaScan(&r.Meta)
	err := row.Scan(append(ms.dest(), &r.Code, &r.Acara, &r.Jenis, &mulai, &selesai, &r.Zona, &r.Tempat, &r.RuangID,
		&r.Pimpinan, &r.Unit, &r.Notulis, &r.Status, &r.Seri, &r.Catatan, &surat, &dicetak, &r.UndanganUsang)...)
	ms.finish()
	if err != nil {
		return r, err
	}
	r.Mulai, r.Selesai, r.UndanganDicetak = parseWall(mulai), parseWall(selesai), parseStamp(dicetak)
	if err := json.Unmarshal([]byte(surat), &r.Surat); err != nil {
		return r, fmt.Errorf("rapat %d surat: %w", r.ID, err)
	}
	return r, nil
}

func suratJSON(r *rapat.Rapat) string {
	b, _ := json.Marshal(r.Surat) // plain strings: Marshal cannot fail
	return string(b)
}

var rapatEntity = &entity[rapat.Rapat]{
	table: "rapat",
	cols: []string{"code", "acara", "jenis", "mulai", "selesai", "zona", "tempat", "ruang_id", "pimpinan", "unit",
		"notulis", "status", "seri", "catatan", "surat", "undangan_dicetak", "undangan_usang"},
	values: func(r *rapat.Rapat) []any {
		return []any{r.Code, r.Acara, r.Jenis, wallText(r.Mulai), wallText(r.Selesai), string(r.Zona), r.Tempat,
			nullID(r.RuangID), r.Pimpinan, r.Unit, r.Notulis, string(r.Status), r.Seri, r.Catatan, suratJSON(r),
			stampText(r.UndanganDicetak), r.UndanganUsang}
	},
	load: func(tx *sql.Tx, id int64) (rapat.Rapat, error) {
		return scanRapat(tx.QueryRow("SELECT "+rapatCols+" FROM rapat WHERE id=?", id))
	},
	meta: func(r *rapat.Rapat) *model.Meta { return &r.Meta },
	validate: func(r *rapat.Rapat) error {
		r.Normalize()
		return r.Validate()
	},
	code:   model.CodeMeeting,
	codeOf: func(r *rapat.Rapat) *string { return &r.Code },
	unique: codeTaken(func(err error) bool { return isUnique(err, "rapat.code") }, func(r *rapat.Rapat) *string { return &r.Code }),
	check:  func(s *Store, tx *sql.Tx, r, old *rapat.Rapat) error { return checkRapatTx(s, tx, r, old) },
	then: func(s *Store, tx *sql.Tx, r, old *rapat.Rapat) error {
		if old == nil {
			return nil // CreateRapat books the room once the invitees are in
		}
		return s.syncRapatRoomTx(context.Background(), tx, r)
	},
}

// checkRapatTx keeps the invitation's print state (only printing and a
// move change it), marks printed invitations outdated when the day, time
// or place changed, and re-checks the room's booking.
func checkRapatTx(s *Store, tx *sql.Tx, r, old *rapat.Rapat) error {
	if err := checkRuangTx(tx, r.RuangID); err != nil {
		return err
	}
	if old == nil {
		r.UndanganDicetak, r.UndanganUsang = time.Time{}, false
		return s.rapatBookingCheckTx(tx, r, nil)
	}
	r.UndanganDicetak = old.UndanganDicetak
	moved := !r.Mulai.Equal(old.Mulai) || !r.Selesai.Equal(old.Selesai) || r.Tempat != old.Tempat || r.RuangID != old.RuangID
	r.UndanganUsang = old.UndanganUsang || (moved && !old.UndanganDicetak.IsZero())
	if !moved {
		return nil
	}
	return s.rapatBookingCheckTx(tx, r, old)
}

// RapatFrom says what a new meeting starts from: a template (its checklist
// and run-down) or a past meeting (its checklist, run-down and invitees).
// At most one is set; both zero starts empty.
type RapatFrom struct {
	TemplateID  int64
	PastRapatID int64
}

// CreateRapat saves a new meeting, allocating its M- code, and copies the
// checklist and run-down (and a past meeting's invitees) in the same
// transaction. The checklist's ticks are not copied. Without a zone the
// meeting takes the office's (RapatZona).
func (s *Store) CreateRapat(ctx context.Context, r *rapat.Rapat, from RapatFrom) error {
	if from.TemplateID != 0 && from.PastRapatID != 0 {
		return model.Invalid("template", "", "error.rapat_from_both")
	}
	officeZone := r.Zona == ""
	if err := rapatEntity.validateNew(r, r.Code == ""); err != nil {
		return err
	}
	saved := *r
	err := s.write(ctx, "create rapat", func(tx *sql.Tx) error {
		saved = *r
		if officeZone {
			if err := rapatZonaTx(tx, &saved.Zona); err != nil {
				return err
			}
		}
		tasks, susunan, peserta, err := rapatStartTx(tx, from)
		if err != nil {
			return err
		}
		if saved.Jenis == "" && from.TemplateID != 0 {
			saved.Jenis = tasksJenis(tx, from.TemplateID)
		}
		if err := checkRapatTx(s, tx, &saved, nil); err != nil {
			return err
		}
		if err := rapatEntity.insert(ctx, s, tx, &saved, saved.Code == ""); err != nil {
			return err
		}
		if err := s.fillRapatTx(ctx, tx, saved.ID, tasks, susunan, peserta); err != nil {
			return err
		}
		return s.syncRapatRoomTx(ctx, tx, &saved)
	})
	if err == nil {
		*r = saved
	}
	return err
}

// tasksJenis is the kind of meeting a template is for ("" when unknown).
func tasksJenis(tx *sql.Tx, templateID int64) string {
	var j string
	tx.QueryRow("SELECT jenis FROM rapat_template WHERE id=?", templateID).Scan(&j)
	return j
}

// rapatStartTx reads what a new meeting copies.
func rapatStartTx(tx *sql.Tx, from RapatFrom) ([]rapat.Tugas, []rapat.SusunanItem, []rapat.Peserta, error) {
	switch {
	case from.TemplateID != 0:
		t, err := rapatTemplateEntity.load(tx, from.TemplateID)
		if err == sql.ErrNoRows || (err == nil && t.DeletedAt != nil) {
			return nil, nil, nil, model.Invalid("template", fmt.Sprint(from.TemplateID), "error.not_found")
		}
		return t.Tugas, t.Susunan, nil, err
	case from.PastRapatID != 0:
		items, err := checklistTx(tx, from.PastRapatID)
		if err != nil {
			return nil, nil, nil, err
		}
		susunan, err := susunanTx(tx, from.PastRapatID)
		if err != nil {
			return nil, nil, nil, err
		}
		peserta, err := pesertaTx(tx, "p.rapat_id=? AND p.walk_in=0", from.PastRapatID)
		return rapat.TasksOf(items), susunan, peserta, err
	}
	return nil, nil, nil, nil
}

// fillRapatTx writes a new meeting's checklist, run-down and invitees.
func (s *Store) fillRapatTx(ctx context.Context, tx *sql.Tx, id int64, tasks []rapat.Tugas, susunan []rapat.SusunanItem, peserta []rapat.Peserta) error {
	for _, it := range rapat.Checklist(tasks) {
		it.RapatID = id
		if err := s.insertItemTx(tx, &it); err != nil {
			return err
		}
	}
	if err := s.replaceSusunanTx(tx, id, susunan); err != nil {
		return err
	}
	for _, p := range peserta {
		fresh := rapat.Peserta{KontakID: p.KontakID, Nama: p.Nama, NIP: p.NIP, Jabatan: p.Jabatan, Pangkat: p.Pangkat,
			Instansi: p.Instansi, Telepon: p.Telepon, MejaUtama: p.MejaUtama}
		if err := s.insertPesertaTx(ctx, tx, id, &fresh); err != nil {
			return err
		}
	}
	return nil
}

// UpdateRapat saves a meeting read at r.Version (a *model.ConflictError
// when another PC saved it since). A new day, time or place marks printed
// invitations outdated, as MoveRapat does.
func (s *Store) UpdateRapat(ctx context.Context, r *rapat.Rapat) error {
	return rapatEntity.update(ctx, s, r)
}

// MoveRapat moves a meeting read at version to a new start (its length
// kept) and place, in one write transaction: the checklist's due dates
// follow (they are relative to the start), printed invitations are marked
// outdated and the room booking is re-checked.
func (s *Store) MoveRapat(ctx context.Context, id, version int64, start time.Time, tempat string, ruangID int64) (rapat.Rapat, error) {
	var r rapat.Rapat
	err := s.write(ctx, "move rapat", func(tx *sql.Tx) error {
		var err error
		if r, err = rapatEntity.load(tx, id); err != nil {
			return err
		}
		r.Version = version // the version the clerk read decides
		r.MoveTo(start)
		r.Tempat, r.RuangID = tempat, ruangID
		if err := rapatEntity.validate(&r); err != nil {
			return err
		}
		return rapatEntity.updateTx(ctx, s, tx, &r)
	})
	return r, err
}

// DeleteRapat moves a meeting read at version into the bin; its code
// stays taken and its room booking is cancelled.
func (s *Store) DeleteRapat(ctx context.Context, id, version int64) error {
	return s.write(ctx, "delete rapat", func(tx *sql.Tx) error {
		if err := s.softDeleteTx(tx, "rapat", id, version, rapatEntity.loader); err != nil {
			return err
		}
		return s.syncRapatLoadedTx(ctx, tx, id)
	})
}

// RestoreRapat takes a meeting out of the bin and books its room again,
// checked: a room taken meanwhile refuses the restore naming the booking.
func (s *Store) RestoreRapat(ctx context.Context, id int64) error {
	return s.write(ctx, "restore rapat", func(tx *sql.Tx) error {
		if err := s.restoreTx(tx, "rapat", id, rapatEntity.loader); err != nil {
			return err
		}
		return s.syncRapatLoadedTx(ctx, tx, id)
	})
}

func (s *Store) syncRapatLoadedTx(ctx context.Context, tx *sql.Tx, id int64) error {
	r, err := rapatEntity.load(tx, id)
	if err != nil {
		return err
	}
	return s.syncRapatRoomTx(ctx, tx, &r)
}

// RapatByCode reads the meeting (not in the bin) with code M-…; an
// unknown code gives an error wrapping model.ErrNotFound.
func (s *Store) RapatByCode(ctx context.Context, code string) (rapat.Rapat, error) {
	var r rapat.Rapat
	err := s.read(ctx, "find rapat", func(tx *sql.Tx) error {
		var err error
		r, err = rapatWhereTx(tx, "code=? AND deleted_at IS NULL", model.NormalizeCode(code))
		return err
	})
	return r, err
}

func rapatWhereTx(tx *sql.Tx, where string, args ...any) (rapat.Rapat, error) {
	r, err := scanRapat(tx.QueryRow("SELECT "+rapatCols+" FROM rapat WHERE "+where, args...))
	if err == sql.ErrNoRows {
		err = model.ErrNotFound
	}
	return r, err
}

// liveRapatTx reads a meeting not in the bin, for the writes on its parts.
func liveRapatTx(tx *sql.Tx, id int64) (rapat.Rapat, error) {
	return rapatWhereTx(tx, "id=? AND deleted_at IS NULL", id)
}

// MarkUndanganDicetak records that the invitations were printed now and
// are current. It is not an edit of the meeting: the version stays, so a
// form open on another PC can still be saved.
func (s *Store) MarkUndanganDicetak(ctx context.Context, id int64) error {
	return s.write(ctx, "mark undangan printed", func(tx *sql.Tx) error {
		before, err := liveRapatTx(tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE rapat SET undangan_dicetak=?, undangan_usang=0 WHERE id=?", stampText(s.now()), id); err != nil {
			return err
		}
		after, err := rapatEntity.load(tx, id)
		if err != nil {
			return err
		}
		return s.audit(tx, "rapat", id, ActUpdate, before, after)
	})
}

// RapatLengkap reads a meeting with everything on it, and the open action
// items of the earlier meetings of its series, in one read transaction.
func (s *Store) RapatLengkap(ctx context.Context, id int64) (rapat.Lengkap, error) {
	var l rapat.Lengkap
	err := s.read(ctx, "read rapat", func(tx *sql.Tx) error {
		var err error
		if l.Rapat, err = rapatWhereTx(tx, "id=?", id); err != nil {
			return err
		}
		if l.Peserta, err = pesertaTx(tx, "p.rapat_id=?", id); err != nil {
			return err
		}
		if l.Susunan, err = susunanTx(tx, id); err != nil {
			return err
		}
		if l.Checklist, err = checklistTx(tx, id); err != nil {
			return err
		}
		if l.Notulen, err = notulenTx(tx, id); err != nil {
			return err
		}
		if l.Tindak, err = tindakTx(tx, "t.rapat_id=?", id); err != nil {
			return err
		}
		l.Carried, err = carriedTx(tx, l.Rapat)
		return err
	})
	return l, err
}
