package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"
	"time"

	"rapi/model"
	"rapi/model/aset"
)

// writeMutasiTx records, in the transaction of an update, one mutasi
// event for each of room, holder, condition and status that changed
// between old and a (nothing for a new asset: its KIB row is its start).
func (s *Store) writeMutasiTx(tx *sql.Tx, a, old *aset.Aset) error {
	if old == nil {
		return nil
	}
	c := aset.Catatan{}
	if a.Catatan != nil {
		c = *a.Catatan
	}
	tanggal := c.Tanggal
	if tanggal.IsZero() {
		tanggal = s.now()
	}
	for _, j := range aset.Changes(old, a) {
		dari, ke := mutasiValues(j, old, a)
		var dr, kr any
		bast := c.NomorBAST
		switch j {
		case aset.MutasiPindahRuang:
			dr, kr = nullID(old.RuangID), nullID(a.RuangID)
		case aset.MutasiGantiPemegang:
			if bast == "" {
				bast = a.Pemegang.NomorBAST
			}
		}
		res, err := tx.Exec(`INSERT INTO aset_mutasi(aset_id, tanggal, jenis, dari, ke, dari_ruang_id, ke_ruang_id, alasan,
			nomor_bast, petugas, at, undo_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`, a.ID, dateText(tanggal), string(j), dari, ke,
			dr, kr, c.Alasan, bast, s.Actor().Label(), fmtTime(s.now()), nullID(c.UndoOf))
		if err != nil {
			return err
		}
		if c.UndoOf != 0 {
			id, _ := res.LastInsertId()
			if _, err := tx.Exec("UPDATE aset_mutasi SET undone_by=? WHERE id=?", id, c.UndoOf); err != nil {
				return err
			}
		}
	}
	return nil
}

// mutasiValues are the stored before and after values of change j: a
// room id, a holder as JSON, a condition or status.
func mutasiValues(j aset.JenisMutasi, old, a *aset.Aset) (string, string) {
	switch j {
	case aset.MutasiPindahRuang:
		return idText(old.RuangID), idText(a.RuangID)
	case aset.MutasiGantiPemegang:
		return holderJSON(old.Pemegang), holderJSON(a.Pemegang)
	case aset.MutasiUbahKondisi:
		return string(old.Kondisi), string(a.Kondisi)
	}
	return string(old.Status), string(a.Status)
}

func idText(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

func holderJSON(p aset.Pemegang) string {
	if p.Empty() {
		return ""
	}
	b, _ := json.Marshal(p)
	return string(b)
}

func holderFrom(s string) aset.Pemegang {
	var p aset.Pemegang
	if s != "" {
		json.Unmarshal([]byte(s), &p) // written by holderJSON
	}
	return p
}

// applyMutasiValue sets on a the value v (as stored) of change j.
func applyMutasiValue(a *aset.Aset, j aset.JenisMutasi, v string) {
	switch j {
	case aset.MutasiPindahRuang:
		a.RuangID, _ = strconv.ParseInt(v, 10, 64)
	case aset.MutasiGantiPemegang:
		a.Pemegang = holderFrom(v)
	case aset.MutasiUbahKondisi:
		a.Kondisi = aset.Kondisi(v)
	case aset.MutasiUbahStatus:
		a.Status = aset.Status(v)
	}
}

// currentMutasiValue is a's value of change j as stored.
func currentMutasiValue(a *aset.Aset, j aset.JenisMutasi) string {
	_, v := mutasiValues(j, a, a)
	return v
}

// AsetPindah moves an asset read at version to room ruangID (0: no
// room), written as a pindah ruang mutasi with c's date, reason and BAST.
// A move to the room it is in changes nothing and says so on "ruang".
func (s *Store) AsetPindah(ctx context.Context, id, version, ruangID int64, c aset.Catatan) (aset.Aset, error) {
	return s.asetChange(ctx, id, version, c, "ruang", func(a *aset.Aset) { a.RuangID = ruangID })
}

// AsetGantiPemegang hands an asset to holder p (empty: taken back).
func (s *Store) AsetGantiPemegang(ctx context.Context, id, version int64, p aset.Pemegang, c aset.Catatan) (aset.Aset, error) {
	if p.NomorBAST == "" {
		p.NomorBAST = c.NomorBAST
	}
	return s.asetChange(ctx, id, version, c, "pemegang_nama", func(a *aset.Aset) { a.Pemegang = p })
}

// AsetUbahKondisi records a new condition of an asset.
func (s *Store) AsetUbahKondisi(ctx context.Context, id, version int64, k aset.Kondisi, c aset.Catatan) (aset.Aset, error) {
	return s.asetChange(ctx, id, version, c, "kondisi", func(a *aset.Aset) { a.Kondisi = k })
}

// AsetUbahStatus records a new status of an asset (dipinjam, usul hapus, ...).
func (s *Store) AsetUbahStatus(ctx context.Context, id, version int64, st aset.Status, c aset.Catatan) (aset.Aset, error) {
	return s.asetChange(ctx, id, version, c, "status", func(a *aset.Aset) { a.Status = st })
}

func (s *Store) asetChange(ctx context.Context, id, version int64, c aset.Catatan, field string, apply func(*aset.Aset)) (aset.Aset, error) {
	a, err := s.Aset(ctx, id)
	if err != nil {
		return a, err
	}
	if a.Deleted() {
		return a, model.ErrNotFound
	}
	before := a
	a.Version = version
	apply(&a)
	a.Normalize()
	if len(aset.Changes(&before, &a)) == 0 {
		return before, model.Invalid(field, "", "error.aset_no_change")
	}
	a.Catatan = &c
	err = s.UpdateAset(ctx, &a)
	return a, err
}

// AsetUndoMutasi takes a mutasi back (the undo of the Pindah scan mode)
// by writing the reverse event, in one transaction. It is refused when
// the mutasi was already taken back, or the asset changed again since
// (its value is no longer the mutasi's "ke"). It returns the reverse event.
func (s *Store) AsetUndoMutasi(ctx context.Context, mutasiID int64) (aset.Mutasi, error) {
	var newID int64
	err := s.write(ctx, "undo mutasi", func(tx *sql.Tx) error {
		var asetID int64
		var jenis, dari, ke string
		var undone sql.NullInt64
		err := tx.QueryRow("SELECT aset_id, jenis, dari, ke, undone_by FROM aset_mutasi WHERE id=?", mutasiID).
			Scan(&asetID, &jenis, &dari, &ke, &undone)
		if err == sql.ErrNoRows {
			return model.ErrNotFound
		}
		if err != nil {
			return err
		}
		if undone.Valid {
			return model.Invalid("mutasi", "", "error.aset_mutasi_undone")
		}
		a, err := asetEntity.load(tx, asetID)
		if err != nil {
			return err
		}
		j := aset.JenisMutasi(jenis)
		if a.Deleted() || currentMutasiValue(&a, j) != ke {
			return model.Invalid("mutasi", "", "error.aset_mutasi_stale")
		}
		applyMutasiValue(&a, j, dari)
		a.Catatan = &aset.Catatan{Alasan: "Pembatalan mutasi", UndoOf: mutasiID}
		if err := a.Validate(); err != nil {
			return err
		}
		if err := asetEntity.updateTx(ctx, s, tx, &a); err != nil {
			return err
		}
		return tx.QueryRow("SELECT undone_by FROM aset_mutasi WHERE id=?", mutasiID).Scan(&newID)
	})
	if err != nil {
		return aset.Mutasi{}, err
	}
	list, err := s.mutasiWhere(ctx, "m.id = ?", newID)
	if err != nil || len(list) == 0 {
		return aset.Mutasi{}, err
	}
	return list[0], nil
}

// AsetMutasiList is an asset's history, newest first.
func (s *Store) AsetMutasiList(ctx context.Context, asetID int64) ([]aset.Mutasi, error) {
	return s.mutasiWhere(ctx, "m.aset_id = ?", asetID)
}

// AsetMutasiRuang is a room's history: the moves into and out of it, and
// the other changes of the assets in it, newest first. A move shows in
// the history of both rooms.
func (s *Store) AsetMutasiRuang(ctx context.Context, ruangID int64) ([]aset.Mutasi, error) {
	return s.mutasiWhere(ctx, `m.id IN (SELECT id FROM aset_mutasi WHERE dari_ruang_id = ?
		UNION SELECT id FROM aset_mutasi WHERE ke_ruang_id = ?
		UNION SELECT m2.id FROM aset_mutasi m2 JOIN aset a2 ON a2.id = m2.aset_id
			WHERE a2.ruang_id = ? AND m2.jenis <> 'pindah_ruang')`, ruangID, ruangID, ruangID)
}

// AsetMutasiPeriod lists the mutasi dated from..to (inclusive), oldest
// first: the mutasi report of a period.
func (s *Store) AsetMutasiPeriod(ctx context.Context, from, to time.Time) ([]aset.Mutasi, error) {
	list, err := s.mutasiWhere(ctx, "m.tanggal BETWEEN ? AND ?", dateText(from), dateText(to))
	for i, j := 0, len(list)-1; i < j; i, j = i+1, j-1 {
		list[i], list[j] = list[j], list[i]
	}
	return list, err
}

func (s *Store) mutasiWhere(ctx context.Context, where string, args ...any) ([]aset.Mutasi, error) {
	var out []aset.Mutasi
	err := s.read(ctx, "list mutasi", func(tx *sql.Tx) error {
		paths, err := placePaths(ctx, tx)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT m.id, m.aset_id, m.tanggal, m.jenis, m.dari, m.ke, coalesce(m.dari_ruang_id,0),
			coalesce(m.ke_ruang_id,0), m.alasan, m.nomor_bast, m.petugas, m.at, coalesce(m.undo_of,0), coalesce(m.undone_by,0),
			a.code, a.nama, a.kode_barang, a.register
			FROM aset_mutasi m JOIN aset a ON a.id = m.aset_id WHERE `+where+` ORDER BY m.tanggal DESC, m.id DESC`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var m aset.Mutasi
			var tanggal, at, kode string
			var reg int
			if err := rows.Scan(&m.ID, &m.AsetID, &tanggal, &m.Jenis, &m.Dari, &m.Ke, &m.DariRuangID, &m.KeRuangID, &m.Alasan,
				&m.NomorBAST, &m.Petugas, &at, &m.UndoOf, &m.UndoneBy, &m.AsetCode, &m.AsetNama, &kode, &reg); err != nil {
				return err
			}
			m.Tanggal, m.At = parseDate(tanggal), parseTime(at)
			m.Nomor = kode + " / " + aset.FormatRegister(reg)
			m.Dari, m.Ke = mutasiLabel(m.Jenis, m.Dari, paths), mutasiLabel(m.Jenis, m.Ke, paths)
			out = append(out, m)
		}
		return rows.Err()
	})
	return out, err
}

// mutasiLabel is the stored value v of a change as a person reads it.
func mutasiLabel(j aset.JenisMutasi, v string, paths map[int64]string) string {
	switch j {
	case aset.MutasiPindahRuang:
		id, _ := strconv.ParseInt(v, 10, 64)
		return paths[id]
	case aset.MutasiGantiPemegang:
		return holderFrom(v).Label()
	case aset.MutasiUbahKondisi:
		return aset.Kondisi(v).Name()
	}
	return aset.Status(v).Name()
}
