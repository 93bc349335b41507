package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"rapi/model"
	"rapi/model/aset"
)

// The asset register: one row per unit, versioned and audited through
// the entity descriptor, with its A- label code in the code registry, its
// nomor register allocated per kode barang in the insert's transaction,
// and a mutasi event for every change of room, holder, condition or status
// written in the same transaction as the change.

const asetCols = metaCols + `, code, kode_barang, register, nama, merk, ukuran, bahan, tahun, nomor_seri, cara_perolehan,
	harga, kondisi, status, coalesce(ruang_id,0), pemegang_nama, pemegang_nip, pemegang_jabatan, pemegang_sejak,
	pemegang_bast, kode_lama, keterangan, detail`

// asetColsA is asetCols for a query whose aset table is named a.
const asetColsA = `a.id, a.version, a.created_at, a.created_by, a.updated_at, a.updated_by, a.deleted_at, a.code,
	a.kode_barang, a.register, a.nama, a.merk, a.ukuran, a.bahan, a.tahun, a.nomor_seri, a.cara_perolehan, a.harga,
	a.kondisi, a.status, coalesce(a.ruang_id,0), a.pemegang_nama, a.pemegang_nip, a.pemegang_jabatan,
	a.pemegang_sejak, a.pemegang_bast, a.kode_lama, a.keterangan, a.detail`

// dateText is a date column that is ” when not recorded.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}

func scanAset(row interface{ Scan(...any) error }) (aset.Aset, error) {
	var a aset.Aset
	var sejak, detail string
	ms := newMetaScan(&a.Meta)
	err := row.Scan(append(ms.dest(), &a.Code, &a.KodeBarang, &a.Register, &a.Nama, &a.Merk, &a.Ukuran, &a.Bahan,
		&a.Tahun, &a.NomorSeri, &a.CaraPerolehan, &a.Harga, &a.Kondisi, &a.Status, &a.RuangID, &a.Pemegang.Nama,
		&a.Pemegang.NIP, &a.Pemegang.Jabatan, &sejak, &a.Pemegang.NomorBAST, &a.KodeLama, &a.Keterangan, &detail)...)
	ms.finish()
	if err != nil {
		return a, err
	}
	a.Pemegang.Sejak = parseDate(sejak)
	if err := json.Unmarshal([]byte(detail), &a.Detail); err != nil {
		return a, fmt.Errorf("aset %d detail: %w", a.ID, err)
	}
	return a, nil
}

func asetDetailJSON(a *aset.Aset) string {
	b, _ := json.Marshal(a.Detail) // plain structs: Marshal cannot fail
	return string(b)
}

// asetEntity is the aset table as a versioned entity with A- codes.
var asetEntity = &entity[aset.Aset]{
	table: "aset",
	cols: []string{"code", "kode_barang", "register", "kib", "nama", "merk", "ukuran", "bahan", "tahun", "nomor_seri",
		"cara_perolehan", "harga", "kondisi", "status", "ruang_id", "pemegang_nama", "pemegang_nip", "pemegang_jabatan",
		"pemegang_sejak", "pemegang_bast", "kode_lama", "keterangan", "nopol", "detail"},
	values: func(a *aset.Aset) []any {
		return []any{a.Code, string(a.KodeBarang), a.Register, string(a.KIB()), a.Nama, a.Merk, a.Ukuran, a.Bahan, a.Tahun,
			a.NomorSeri, string(a.CaraPerolehan), a.Harga, string(a.Kondisi), string(a.Status), nullID(a.RuangID),
			a.Pemegang.Nama, a.Pemegang.NIP, a.Pemegang.Jabatan, dateText(a.Pemegang.Sejak), a.Pemegang.NomorBAST,
			a.KodeLama, a.Keterangan, a.Detail.NomorPolisi(), asetDetailJSON(a)}
	},
	load: func(tx *sql.Tx, id int64) (aset.Aset, error) {
		return scanAset(tx.QueryRow("SELECT "+asetCols+" FROM aset WHERE id=?", id))
	},
	meta:     func(a *aset.Aset) *model.Meta { return &a.Meta },
	validate: (*aset.Aset).Validate,
	code:     model.CodeAsset,
	codeOf:   func(a *aset.Aset) *string { return &a.Code },
	unique: func(err error, a *aset.Aset) error {
		switch {
		case isUnique(err, "aset.code"):
			return model.Invalid("code", a.Code, "error.code_taken")
		case isUnique(err, "aset.kode_barang"):
			return model.Invalid("register", aset.FormatRegister(a.Register), "error.aset_register_taken")
		}
		return nil
	},
	check: func(s *Store, tx *sql.Tx, a, old *aset.Aset) error { return s.checkAsetTx(tx, a, old) },
	then:  func(s *Store, tx *sql.Tx, a, old *aset.Aset) error { return s.writeMutasiTx(tx, a, old) },
}

// checkAsetTx runs the rules that need the database, in the write
// transaction: the kode barang is in the list, the room is a ruang, and
// the register is allocated (new asset, or a new kode barang) or kept.
func (s *Store) checkAsetTx(tx *sql.Tx, a, old *aset.Aset) error {
	if old == nil || old.KodeBarang != a.KodeBarang {
		if _, err := kodeBarangTx(tx, a.KodeBarang); isNotFound(err) {
			return model.Invalid("kode_barang", string(a.KodeBarang), "error.aset_kode_unknown")
		} else if err != nil {
			return err
		}
	}
	if err := checkRuangTx(tx, a.RuangID); err != nil {
		return err
	}
	if err := checkNopolTx(tx, a, old); err != nil {
		return err
	}
	switch {
	case old != nil && old.KodeBarang == a.KodeBarang && a.Register != old.Register:
		return model.Invalid("register", aset.FormatRegister(a.Register), "error.aset_register_fixed")
	case old != nil && old.KodeBarang == a.KodeBarang:
		return nil // its own number
	case old != nil:
		a.Register = 0 // a new kode barang: the next number under it
	}
	if a.Register == 0 {
		n, err := allocateRegisterTx(tx, a.KodeBarang, 1)
		a.Register = n
		return err
	}
	return claimRegisterTx(tx, a.KodeBarang, a.Register)
}

// checkNopolTx refuses a nomor polisi another asset (not in the bin)
// carries: a duplicate plate is a finding BPK reports every year.
func checkNopolTx(tx *sql.Tx, a, old *aset.Aset) error {
	n := a.Detail.NomorPolisi()
	if n == "" || (old != nil && old.Detail.NomorPolisi() == n) {
		return nil
	}
	var taken int
	if err := tx.QueryRow("SELECT count(*) FROM aset WHERE nopol=? AND deleted_at IS NULL AND id<>?", n, a.ID).Scan(&taken); err != nil {
		return err
	}
	if taken > 0 {
		return model.Invalid("nomor_polisi", n, "error.aset_nopol_taken")
	}
	return nil
}

// checkRuangTx refuses a room that is not a place of kind ruang (or is in the bin).
func checkRuangTx(tx *sql.Tx, id int64) error {
	if id == 0 {
		return nil
	}
	var kind string
	err := tx.QueryRow("SELECT kind FROM place WHERE id=? AND deleted_at IS NULL", id).Scan(&kind)
	if err == sql.ErrNoRows || (err == nil && model.PlaceKind(kind) != model.PlaceRuang) {
		return model.Invalid("ruang", fmt.Sprint(id), "error.aset_not_ruang")
	}
	return err
}

// allocateRegisterTx hands out n consecutive register numbers of kode in
// the caller's write transaction and returns the first. The counter only
// ever grows, so a number is never given twice, even after a delete.
func allocateRegisterTx(tx *sql.Tx, kode aset.Kode, n int) (int, error) {
	var last int
	err := tx.QueryRow(`INSERT INTO aset_register(kode, last) VALUES (?, ?)
		ON CONFLICT(kode) DO UPDATE SET last = last + excluded.last RETURNING last`, string(kode), n).Scan(&last)
	return last - n + 1, err
}

// claimRegisterTx takes a register number given by hand (an import of
// last year's KIB): refused when any unit of kode, deleted or not, has it;
// the counter moves past it so the next allocated number follows.
func claimRegisterTx(tx *sql.Tx, kode aset.Kode, register int) error {
	var n int
	if err := tx.QueryRow("SELECT count(*) FROM aset WHERE kode_barang=? AND register=?", string(kode), register).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return model.Invalid("register", aset.FormatRegister(register), "error.aset_register_taken")
	}
	_, err := tx.Exec(`INSERT INTO aset_register(kode, last) VALUES (?, ?)
		ON CONFLICT(kode) DO UPDATE SET last = max(last, excluded.last)`, string(kode), register)
	return err
}

// CreateAset saves a new asset and fills in its id, code, register and
// meta. An empty code gets the next A- code and a register of 0 the next
// number under its kode barang, both in the insert's transaction; a
// typed code or register is checked there and refused on its field.
func (s *Store) CreateAset(ctx context.Context, a *aset.Aset) error {
	reg := a.Register
	err := asetEntity.create(ctx, s, a)
	if err != nil {
		a.Register = reg
	}
	return err
}

// MaxUnits is the most identical units AddAsetUnits makes at once.
const MaxUnits = 1000

// AddAsetUnits saves n identical units of a (40 chairs bought together):
// consecutive register numbers and one code each, all in one transaction
// (all or nothing). A's Code and Register must be empty; the saved units
// are returned in register order.
func (s *Store) AddAsetUnits(ctx context.Context, a aset.Aset, n int) ([]aset.Aset, error) {
	if n < 1 || n > MaxUnits {
		return nil, model.Invalid("jumlah", fmt.Sprint(n), "error.aset_jumlah")
	}
	if a.Code != "" || a.Register != 0 {
		return nil, model.Invalid("code", a.Code, "error.aset_units_code")
	}
	if err := asetEntity.validateNew(&a, true); err != nil {
		return nil, err
	}
	var out []aset.Aset
	err := s.write(ctx, "add aset units", func(tx *sql.Tx) error {
		out = out[:0]
		if err := s.checkAsetTx(tx, &a, nil); err != nil { // allocates the first register
			return err
		}
		first := a.Register
		if n > 1 {
			if _, err := allocateRegisterTx(tx, a.KodeBarang, n-1); err != nil {
				return err
			}
		}
		for i := range n {
			u := a
			u.Register = first + i
			if err := asetEntity.insert(ctx, s, tx, &u, true); err != nil {
				return err
			}
			out = append(out, u)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// UpdateAset saves changes to an asset read at a.Version (a
// *model.ConflictError when another PC saved it since). A change of room,
// holder, condition or status is also written as a mutasi event, with
// a.Catatan's reason and BAST number when set. A new kode barang gives
// the asset the next register under it; the old number is not reused.
func (s *Store) UpdateAset(ctx context.Context, a *aset.Aset) error {
	return asetEntity.update(ctx, s, a)
}

// DeleteAset moves an asset read at version into the bin. Its code and
// register stay taken.
func (s *Store) DeleteAset(ctx context.Context, id, version int64) error {
	return asetEntity.remove(ctx, s, id, version)
}

// RestoreAset takes an asset out of the bin.
func (s *Store) RestoreAset(ctx context.Context, id int64) error {
	return asetEntity.restore(ctx, s, id)
}

// PurgeAset removes a deleted asset for good (admin PIN required). Its
// register number is still never given again.
func (s *Store) PurgeAset(ctx context.Context, id int64, pin string) error {
	return s.purge(ctx, "aset", id, pin, asetEntity.loader)
}

// Aset reads one asset, deleted or not, with its room.
func (s *Store) Aset(ctx context.Context, id int64) (aset.Aset, error) {
	return s.oneAset(ctx, "read aset", "a.id = ?", id)
}

// AsetByCode reads the asset (not in the bin) with label code code, as a
// scanner types it; an unknown code gives an error wrapping model.ErrNotFound.
func (s *Store) AsetByCode(ctx context.Context, code string) (aset.Aset, error) {
	return s.oneAset(ctx, "find aset", "a.code = ? AND a.deleted_at IS NULL", model.NormalizeCode(code))
}

// AsetByNomor reads the asset with kode barang and register (deleted or
// not: the number stays its own).
func (s *Store) AsetByNomor(ctx context.Context, kode aset.Kode, register int) (aset.Aset, error) {
	return s.oneAset(ctx, "find aset", "a.kode_barang = ? AND a.register = ?", string(kode), register)
}

func (s *Store) oneAset(ctx context.Context, what, where string, args ...any) (aset.Aset, error) {
	var a aset.Aset
	err := s.read(ctx, what, func(tx *sql.Tx) error {
		list, err := queryAset(ctx, tx, "SELECT "+asetColsA+" FROM aset a WHERE "+where, args...)
		if err == nil && len(list) == 0 {
			err = model.ErrNotFound
		}
		if err == nil {
			a = list[0]
		}
		return err
	})
	return a, err
}

// queryAset reads assets and fills in their rooms' codes and paths.
func queryAset(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]aset.Aset, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var out []aset.Aset
	for rows.Next() {
		a, err := scanAset(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	return out, fillRooms(ctx, tx, out)
}

// fillRooms sets RuangCode and RuangPath of the assets. A few rooms (a
// scan, a room's KIR) are walked up from each room; more read the whole
// place tree once.
func fillRooms(ctx context.Context, tx *sql.Tx, list []aset.Aset) error {
	rooms := map[int64][2]string{} // id -> code, path
	for _, a := range list {
		if a.RuangID != 0 {
			rooms[a.RuangID] = [2]string{}
		}
	}
	var paths map[int64]string
	if len(rooms) > 3 {
		var err error
		if paths, err = placePaths(ctx, tx); err != nil {
			return err
		}
	}
	for id := range rooms {
		code, path, err := placeCodePath(ctx, tx, id, paths)
		if err != nil {
			return err
		}
		rooms[id] = [2]string{code, path}
	}
	for i := range list {
		a := &list[i]
		if r, ok := rooms[a.RuangID]; ok {
			a.RuangCode, a.RuangPath = r[0], r[1]
		}
	}
	return nil
}

// placeCodePath is a place's code and path: from paths when given, else
// by walking up its parents (a handful of index reads).
func placeCodePath(ctx context.Context, tx *sql.Tx, id int64, paths map[int64]string) (code, path string, err error) {
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(code,'') FROM place WHERE id=?", id).Scan(&code); err != nil {
		return "", "", err
	}
	if paths != nil {
		return code, paths[id], nil
	}
	rows, err := tx.QueryContext(ctx, `WITH RECURSIVE up(id, name, parent, depth) AS (
		SELECT id, name, parent_id, 0 FROM place WHERE id = ?
		UNION ALL SELECT p.id, p.name, p.parent_id, up.depth + 1 FROM place p JOIN up ON p.id = up.parent WHERE up.depth < 32)
		SELECT name FROM up ORDER BY depth DESC`, id)
	if err != nil {
		return "", "", err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return "", "", err
		}
		names = append(names, n)
	}
	return code, model.JoinPath(names...), rows.Err()
}
