package storage

import (
	"context"
	"database/sql"
	"strings"

	"rapi/model"
	"rapi/model/aset"
)

// Sensus sessions: scans are stored as they come (another PC can resume
// the session), each classified in its write transaction; the register
// changes only at AsetSensusConfirm.

// AsetSensusOpen starts a stock-taking session.
func (s *Store) AsetSensusOpen(ctx context.Context, nama string) (aset.Sensus, error) {
	nama = strings.TrimSpace(nama)
	if nama == "" {
		return aset.Sensus{}, model.Invalid("nama", "", "error.required")
	}
	var id int64
	err := s.write(ctx, "open sensus", func(tx *sql.Tx) error {
		res, err := tx.Exec("INSERT INTO aset_sensus(nama, opened_at, opened_by) VALUES (?,?,?)", nama, fmtTime(s.now()), s.Actor().Label())
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		return s.audit(tx, "aset_sensus", id, ActCreate, nil, map[string]string{"nama": nama})
	})
	if err != nil {
		return aset.Sensus{}, err
	}
	return s.AsetSensus(ctx, id)
}

const sensusCols = `s.id, s.nama, s.opened_at, s.opened_by, s.confirmed_at, s.confirmed_by,
	(SELECT count(*) FROM aset_sensus_ruang r WHERE r.sensus_id = s.id),
	(SELECT count(*) FROM aset_sensus_scan c WHERE c.sensus_id = s.id)`

func scanSensus(row interface{ Scan(...any) error }) (aset.Sensus, error) {
	var x aset.Sensus
	var opened string
	var confirmed sql.NullString
	err := row.Scan(&x.ID, &x.Nama, &opened, &x.OpenedBy, &confirmed, &x.ConfirmedBy, &x.Ruang, &x.Scans)
	x.OpenedAt, x.ConfirmedAt = parseTime(opened), parseTimePtr(confirmed)
	return x, err
}

// AsetSensus reads one session.
func (s *Store) AsetSensus(ctx context.Context, id int64) (aset.Sensus, error) {
	var x aset.Sensus
	err := s.read(ctx, "read sensus", func(tx *sql.Tx) error {
		var err error
		x, err = scanSensus(tx.QueryRowContext(ctx, "SELECT "+sensusCols+" FROM aset_sensus s WHERE s.id=?", id))
		if err == sql.ErrNoRows {
			err = model.ErrNotFound
		}
		return err
	})
	return x, err
}

// AsetSensusList lists the sessions, the ones in progress first, newest first.
func (s *Store) AsetSensusList(ctx context.Context) ([]aset.Sensus, error) {
	var out []aset.Sensus
	err := s.read(ctx, "list sensus", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+sensusCols+" FROM aset_sensus s ORDER BY s.confirmed_at IS NOT NULL, s.id DESC")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			x, err := scanSensus(rows)
			if err != nil {
				return err
			}
			out = append(out, x)
		}
		return rows.Err()
	})
	return out, err
}

// openSensusTx refuses a session that is confirmed or does not exist.
func openSensusTx(tx *sql.Tx, id int64) error {
	var confirmed sql.NullString
	err := tx.QueryRow("SELECT confirmed_at FROM aset_sensus WHERE id=?", id).Scan(&confirmed)
	if err == sql.ErrNoRows {
		return model.ErrNotFound
	}
	if err == nil && confirmed.Valid {
		return model.Invalid("sensus", "", "error.aset_sensus_closed")
	}
	return err
}

// AsetSensusRuang starts (or resumes) the scanning of room ruangID, as
// when its door label is scanned.
func (s *Store) AsetSensusRuang(ctx context.Context, sensusID, ruangID int64) error {
	return s.write(ctx, "sensus ruang", func(tx *sql.Tx) error { return s.sensusRoomTx(tx, sensusID, ruangID) })
}

func (s *Store) sensusRoomTx(tx *sql.Tx, sensusID, ruangID int64) error {
	if err := openSensusTx(tx, sensusID); err != nil {
		return err
	}
	if ruangID == 0 {
		return model.Invalid("ruang", "", "error.aset_sensus_no_room")
	}
	if err := checkRuangTx(tx, ruangID); err != nil {
		return err
	}
	_, err := tx.Exec(`INSERT INTO aset_sensus_ruang(sensus_id, ruang_id, started_at, started_by) VALUES (?,?,?,?)
		ON CONFLICT DO NOTHING`, sensusID, ruangID, fmtTime(s.now()), s.Actor().Label())
	return err
}

// AsetSensusScan records one scan in room ruangID and says at once what
// it is: found, misplaced (with the asset, whose RuangPath is where the
// register has it), unknown, or a duplicate (the asset was already scanned
// in this session, in any room: flagged, not counted twice).
func (s *Store) AsetSensusScan(ctx context.Context, sensusID, ruangID int64, code string) (aset.SensusScan, error) {
	out := aset.SensusScan{Code: model.NormalizeCode(code)}
	if out.Code == "" {
		return out, model.Invalid("code", "", "error.required")
	}
	err := s.write(ctx, "sensus scan", func(tx *sql.Tx) error {
		if err := s.sensusRoomTx(tx, sensusID, ruangID); err != nil {
			return err
		}
		// the Rapi label, else an older sticker still on the item
		list, err := queryAset(ctx, tx, "SELECT "+asetColsA+` FROM aset a WHERE a.code = ? AND a.deleted_at IS NULL
			UNION ALL SELECT * FROM (SELECT `+asetColsA+` FROM aset a WHERE a.kode_lama <> '' AND a.kode_lama = ? COLLATE NOCASE
			AND a.deleted_at IS NULL ORDER BY a.id DESC LIMIT 1) LIMIT 1`, out.Code, strings.TrimSpace(code))
		if err != nil {
			return err
		}
		var asetID any
		seen := false
		if len(list) > 0 {
			out.Aset = &list[0]
			asetID = out.Aset.ID
			var n int
			if err := tx.QueryRow(`SELECT count(*) FROM aset_sensus_scan WHERE sensus_id=? AND aset_id=? AND kategori<>'ganda'`,
				sensusID, out.Aset.ID).Scan(&n); err != nil {
				return err
			}
			seen = n > 0
		}
		out.Kategori = aset.Classify(ruangID, out.Aset, seen)
		out.ID, err = s.insertScanTx(tx, sensusID, ruangID, out.Code, asetID, out.Kategori, "")
		return err
	})
	return out, err
}

func (s *Store) insertScanTx(tx *sql.Tx, sensusID, ruangID int64, code string, asetID any, k aset.Kategori, deskripsi string) (int64, error) {
	res, err := tx.Exec(`INSERT INTO aset_sensus_scan(sensus_id, ruang_id, code, aset_id, kategori, deskripsi, at, by)
		VALUES (?,?,?,?,?,?,?,?)`, sensusID, ruangID, code, asetID, string(k), deskripsi, fmtTime(s.now()), s.Actor().Label())
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// AsetSensusTidakTercatat records an item found in the room that is not
// in the register and has no label (barang tidak tercatat), with what it is.
func (s *Store) AsetSensusTidakTercatat(ctx context.Context, sensusID, ruangID int64, deskripsi string) error {
	deskripsi = strings.TrimSpace(deskripsi)
	if deskripsi == "" {
		return model.Invalid("deskripsi", "", "error.required")
	}
	return s.write(ctx, "sensus tidak tercatat", func(tx *sql.Tx) error {
		if err := s.sensusRoomTx(tx, sensusID, ruangID); err != nil {
			return err
		}
		_, err := s.insertScanTx(tx, sensusID, ruangID, "", nil, aset.TidakDikenal, deskripsi)
		return err
	})
}

// AsetSensusKondisi corrects, on the spot, the condition of an asset
// scanned in the session (its counted scan); confirm applies it.
func (s *Store) AsetSensusKondisi(ctx context.Context, sensusID, asetID int64, k aset.Kondisi) error {
	if !k.Valid() {
		return model.Invalid("kondisi", string(k), "value.condition.invalid")
	}
	return s.write(ctx, "sensus kondisi", func(tx *sql.Tx) error {
		if err := openSensusTx(tx, sensusID); err != nil {
			return err
		}
		res, err := tx.Exec(`UPDATE aset_sensus_scan SET kondisi=? WHERE sensus_id=? AND aset_id=? AND kategori<>'ganda'`,
			string(k), sensusID, asetID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return model.Invalid("kondisi", string(k), "error.aset_sensus_not_scanned")
		}
		return nil
	})
}

// AsetSensusHasil is the result of one room of a session: found, missing
// (in the room's register, not scanned), misplaced, unknown, duplicates
// and condition corrections.
func (s *Store) AsetSensusHasil(ctx context.Context, sensusID, ruangID int64) (aset.Hasil, error) {
	var h aset.Hasil
	err := s.read(ctx, "sensus hasil", func(tx *sql.Tx) error {
		var err error
		h, err = sensusHasilTx(ctx, tx, sensusID, ruangID)
		return err
	})
	return h, err
}

// AsetSensusTotal is the result of every room of a session, room by room.
func (s *Store) AsetSensusTotal(ctx context.Context, sensusID int64) ([]aset.Hasil, error) {
	var out []aset.Hasil
	err := s.read(ctx, "sensus total", func(tx *sql.Tx) error {
		var err error
		out, err = sensusAllTx(ctx, tx, sensusID)
		return err
	})
	return out, err
}

func sensusAllTx(ctx context.Context, tx *sql.Tx, sensusID int64) ([]aset.Hasil, error) {
	rooms, err := queryIDs(ctx, tx, "SELECT ruang_id FROM aset_sensus_ruang WHERE sensus_id=? ORDER BY started_at, ruang_id", 0, sensusID)
	if err != nil {
		return nil, err
	}
	var out []aset.Hasil
	for _, r := range rooms {
		h, err := sensusHasilTx(ctx, tx, sensusID, r)
		if err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, nil
}

func sensusHasilTx(ctx context.Context, tx *sql.Tx, sensusID, ruangID int64) (aset.Hasil, error) {
	// an asset of this room found in another room is misplaced there, not missing here
	expected, err := queryAset(ctx, tx, "SELECT "+asetColsA+` FROM aset a WHERE a.ruang_id = ? AND a.deleted_at IS NULL
		AND a.id NOT IN (SELECT aset_id FROM aset_sensus_scan WHERE sensus_id = ? AND ruang_id <> ? AND aset_id IS NOT NULL
			AND kategori <> 'ganda')
		ORDER BY a.kode_barang, a.register`, ruangID, sensusID, ruangID)
	if err != nil {
		return aset.Hasil{}, err
	}
	scanned, err := queryAset(ctx, tx, "SELECT "+asetColsA+` FROM aset a WHERE a.id IN
		(SELECT aset_id FROM aset_sensus_scan WHERE sensus_id=? AND ruang_id=? AND aset_id IS NOT NULL)`, sensusID, ruangID)
	if err != nil {
		return aset.Hasil{}, err
	}
	byID := map[int64]aset.Aset{}
	for _, a := range scanned {
		byID[a.ID] = a
	}
	rows, err := tx.QueryContext(ctx, `SELECT code, coalesce(aset_id,0), kategori, deskripsi, kondisi FROM aset_sensus_scan
		WHERE sensus_id=? AND ruang_id=? ORDER BY id`, sensusID, ruangID)
	if err != nil {
		return aset.Hasil{}, err
	}
	defer rows.Close()
	var scans, ganda []aset.Scan
	byCode := map[string]aset.Aset{}
	for rows.Next() {
		var sc aset.Scan
		var id int64
		var k string
		if err := rows.Scan(&sc.Code, &id, &k, &sc.Deskripsi, &sc.Kondisi); err != nil {
			return aset.Hasil{}, err
		}
		if a, ok := byID[id]; ok {
			byCode[model.NormalizeCode(sc.Code)] = a // the label or the older sticker scanned
		}
		if aset.Kategori(k) == aset.Ganda {
			ganda = append(ganda, sc) // a second scan, here or in another room
			continue
		}
		scans = append(scans, sc)
	}
	if err := rows.Err(); err != nil {
		return aset.Hasil{}, err
	}
	h := aset.HitungSensus(ruangID, expected, scans, func(code string) (aset.Aset, bool) { a, ok := byCode[code]; return a, ok })
	h.Ganda = append(ganda, h.Ganda...)
	return h, nil
}

// AsetSensusConfirm closes a session and applies its results in one
// transaction: each misplaced asset moves to the room it was found in
// and each corrected condition is recorded, both as mutasi with the
// session's name as the reason. Missing and unrecorded items are left to
// the Berita Acara; the register does not guess.
func (s *Store) AsetSensusConfirm(ctx context.Context, sensusID int64) error {
	return s.write(ctx, "confirm sensus", func(tx *sql.Tx) error {
		if err := openSensusTx(tx, sensusID); err != nil {
			return err
		}
		var nama string
		if err := tx.QueryRow("SELECT nama FROM aset_sensus WHERE id=?", sensusID).Scan(&nama); err != nil {
			return err
		}
		all, err := sensusAllTx(ctx, tx, sensusID)
		if err != nil {
			return err
		}
		changes := map[int64]func(*aset.Aset){}
		var order []int64
		add := func(id int64, f func(*aset.Aset)) {
			if prev, ok := changes[id]; ok {
				changes[id] = func(a *aset.Aset) { prev(a); f(a) }
				return
			}
			changes[id] = f
			order = append(order, id)
		}
		for _, h := range all {
			room := h.RuangID
			for _, t := range h.SalahRuang {
				add(t.Aset.ID, func(a *aset.Aset) { a.RuangID = room })
			}
			for _, k := range h.Koreksi {
				ke := k.Ke
				add(k.Aset.ID, func(a *aset.Aset) { a.Kondisi = ke })
			}
		}
		for _, id := range order {
			a, err := asetEntity.load(tx, id)
			if err != nil {
				return err
			}
			changes[id](&a)
			a.Catatan = &aset.Catatan{Alasan: "Hasil sensus: " + nama}
			if err := a.Validate(); err != nil {
				return err
			}
			if err := asetEntity.updateTx(ctx, s, tx, &a); err != nil {
				return err
			}
		}
		now := fmtTime(s.now())
		if _, err := tx.Exec("UPDATE aset_sensus SET confirmed_at=?, confirmed_by=? WHERE id=?", now, s.Actor().Label(), sensusID); err != nil {
			return err
		}
		return s.audit(tx, "aset_sensus", sensusID, ActUpdate, nil, map[string]any{"confirmed": now, "changed": len(order)})
	})
}

// AsetSensusPindah moves a misplaced asset into room ruangID, where the
// session found it, at once rather than at the confirmation: a mutasi
// with the session as its reason, checked against the asset's version
// (read with its scan). From then on its scan there counts as found.
func (s *Store) AsetSensusPindah(ctx context.Context, sensusID, ruangID, asetID, version int64) error {
	return s.write(ctx, "sensus pindah", func(tx *sql.Tx) error {
		if err := openSensusTx(tx, sensusID); err != nil {
			return err
		}
		var nama string
		err := tx.QueryRow(`SELECT s.nama FROM aset_sensus s WHERE s.id=? AND EXISTS (SELECT 1 FROM aset_sensus_scan c
			WHERE c.sensus_id = s.id AND c.ruang_id=? AND c.aset_id=? AND c.kategori<>'ganda')`, sensusID, ruangID, asetID).Scan(&nama)
		if err == sql.ErrNoRows {
			return model.Invalid("ruang", "", "error.aset_sensus_not_scanned")
		}
		if err != nil {
			return err
		}
		a, err := asetEntity.load(tx, asetID)
		if err != nil {
			return err
		}
		a.Version, a.RuangID = version, ruangID
		a.Catatan = &aset.Catatan{Alasan: "Sensus: " + nama}
		if err := a.Validate(); err != nil {
			return err
		}
		if err := asetEntity.updateTx(ctx, s, tx, &a); err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE aset_sensus_scan SET kategori=? WHERE sensus_id=? AND ruang_id=? AND aset_id=? AND kategori<>'ganda'`,
			string(aset.Ditemukan), sensusID, ruangID, asetID)
		return err
	})
}
