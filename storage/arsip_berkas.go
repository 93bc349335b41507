package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

const berkasCols = metaCols + `, code, nomor_berkas, kode, kode_lama, uraian, unit, tahun_dari, tahun_sampai,
	jumlah_item, tingkat, media, keamanan, kategori, coalesce(place_id,0), coalesce(boks_id,0), status,
	coalesce(pindah_on,''), coalesce(akhir_on,''), nasib, retensi_manual, retensi_reason, note, coalesce(on_loan_id,0)`

const dateLayout = "2006-01-02"

func fmtDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(dateLayout)
}

func parseDate(s string) time.Time {
	t, _ := time.Parse(dateLayout, s)
	return t
}

type berkasRow struct {
	b      arsip.Berkas
	loanID int64
}

func scanBerkas(row interface{ Scan(...any) error }) (berkasRow, error) {
	var r berkasRow
	b := &r.b
	ms := newMetaScan(&b.Meta)
	var pindah, akhir string
	err := row.Scan(append(ms.dest(), &b.Code, &b.NomorBerkas, &b.KodeKlasifikasi, &b.KodeLama, &b.Uraian, &b.UnitPengolah,
		&b.TahunDari, &b.TahunSampai, &b.JumlahItem, &b.Tingkat, &b.Media, &b.Keamanan, &b.Kategori, &b.PlaceID, &b.BoksID,
		&b.Status, &pindah, &akhir, &b.Retensi.Nasib, &b.RetensiManual, &b.RetensiReason, &b.Note, &r.loanID)...)
	ms.finish()
	b.Retensi.PindahOn, b.Retensi.AkhirOn = parseDate(pindah), parseDate(akhir)
	return r, err
}

// berkasEntity is the berkas table as a versioned entity with B- codes. Its
// rules that need the database (the JRA, the box's place, status changes
// kept for ApplyRetensi) run in check.
var berkasEntity = &entity[arsip.Berkas]{
	table: "berkas",
	cols: []string{"code", "nomor_berkas", "kode", "kode_lama", "uraian", "unit", "tahun_dari", "tahun_sampai",
		"jumlah_item", "tingkat", "media", "keamanan", "kategori", "place_id", "boks_id", "status", "pindah_on", "akhir_on", "nasib",
		"retensi_manual", "retensi_reason", "note", "nomor_sort"},
	values: func(b *arsip.Berkas) []any {
		return []any{b.Code, b.NomorBerkas, b.KodeKlasifikasi, b.KodeLama, b.Uraian, b.UnitPengolah, b.TahunDari, b.TahunSampai,
			b.JumlahItem, b.Tingkat, b.Media, b.Keamanan, b.Kategori, nullID(b.PlaceID), nullID(b.BoksID), b.Status,
			fmtDate(b.Retensi.PindahOn), fmtDate(b.Retensi.AkhirOn), b.Retensi.Nasib, b.RetensiManual, b.RetensiReason, b.Note,
			arsip.NomorSortKey(b.NomorBerkas)}
	},
	load: func(tx *sql.Tx, id int64) (arsip.Berkas, error) {
		r, err := scanBerkas(tx.QueryRow("SELECT "+berkasCols+" FROM berkas WHERE id=?", id))
		return r.b, err
	},
	meta:     func(b *arsip.Berkas) *model.Meta { return &b.Meta },
	validate: (*arsip.Berkas).Validate,
	code:     model.CodeBerkas,
	codeOf:   func(b *arsip.Berkas) *string { return &b.Code },
	unique:   codeTaken(func(err error) bool { return isUnique(err, "berkas.code") }, func(b *arsip.Berkas) *string { return &b.Code }),
	check: func(s *Store, tx *sql.Tx, b, old *arsip.Berkas) error {
		if old != nil && old.Status != b.Status && (b.Status == arsip.StatusMusnah || b.Status == arsip.StatusPermanen ||
			old.Status == arsip.StatusMusnah || old.Status == arsip.StatusPermanen) {
			return model.Invalid("status", string(b.Status), "error.arsip_status_via_retensi")
		}
		return s.prepareBerkas(tx, b)
	},
}

// queryBerkas runs a SELECT of berkasCols and fills loans and place paths.
func queryBerkas(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]arsip.Berkas, error) {
	var out []arsip.Berkas
	err := streamBerkas(ctx, tx, q, args, func(b *arsip.Berkas) bool {
		out = append(out, *b)
		return true
	})
	if out == nil {
		out = []arsip.Berkas{}
	}
	return out, err
}

// streamBatch is how many files streamBerkas completes at once: their
// boxes and loans are read in one query each, so a list of 200,000 files
// costs 2 × 200,000/streamBatch side queries and constant memory.
const streamBatch = 500

// streamBerkas runs a SELECT of berkasCols inside tx and hands each file,
// with its loan, box and place path, to fn until fn returns false. The
// whole walk sees the snapshot of tx, and no query is made per file.
func streamBerkas(ctx context.Context, tx *sql.Tx, q string, args []any, fn func(b *arsip.Berkas) bool) error {
	paths, err := placePaths(ctx, tx)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	batch := make([]berkasRow, 0, streamBatch)
	for {
		batch = batch[:0]
		for len(batch) < streamBatch && rows.Next() {
			r, err := scanBerkas(rows)
			if err != nil {
				return err
			}
			batch = append(batch, r)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		more, err := completeBerkas(ctx, tx, batch, paths, fn)
		if err != nil || !more || len(batch) < streamBatch {
			return err
		}
	}
}

// completeBerkas fills the loans, box labels and place paths of a batch of
// files (one query for the boxes, one for the loans) and hands each to fn.
// It reports false when fn asked to stop.
func completeBerkas(ctx context.Context, tx *sql.Tx, batch []berkasRow, paths map[int64]string,
	fn func(b *arsip.Berkas) bool) (bool, error) {
	if len(batch) == 0 {
		return true, nil
	}
	boxes, err := boksLabels(ctx, tx, batch)
	if err != nil {
		return false, err
	}
	loanIDs := make([]int64, len(batch))
	for i := range batch {
		loanIDs[i] = batch[i].loanID
	}
	loans, err := loansByID(ctx, tx, loanIDs)
	if err != nil {
		return false, err
	}
	for i := range batch {
		b := &batch[i].b
		b.Loan = loans[batch[i].loanID]
		b.PlacePath = paths[b.PlaceID]
		if b.BoksID != 0 {
			bx, ok := boxes[b.BoksID]
			if !ok {
				return false, fmt.Errorf("berkas %d: boks %d: %w", b.ID, b.BoksID, model.ErrNotFound)
			}
			b.BoksCode = bx.Code
			b.PlacePath = model.JoinPath(b.PlacePath, bx.Label())
		}
		if !fn(b) {
			return false, nil
		}
	}
	return true, nil
}

// inList is "?,?,?" for n arguments of an IN (...) list.
func inList(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// boksLabels reads the number and code of the boxes of the files in one
// query (a page of 50 files is one query, not 50).
func boksLabels(ctx context.Context, tx *sql.Tx, list []berkasRow) (map[int64]arsip.Boks, error) {
	var ids []any
	seen := map[int64]bool{}
	for _, r := range list {
		if id := r.b.BoksID; id != 0 && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	out := make(map[int64]arsip.Boks, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, nomor, code FROM boks WHERE id IN ("+inList(len(ids))+")", ids...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var bx arsip.Boks
		if err := rows.Scan(&id, &bx.Nomor, &bx.Code); err != nil {
			return nil, err
		}
		out[id] = bx
	}
	return out, rows.Err()
}

// placePaths maps every place id to its path from the building down
// ("Gedung B › Ruang Arsip Lt.2 › Rak 3"). Places are few (hundreds), so
// one query per list or page of results is cheap.
func placePaths(ctx context.Context, tx *sql.Tx) (map[int64]string, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, name, coalesce(parent_id,0) FROM place")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type node struct {
		name   string
		parent int64
	}
	nodes := map[int64]node{}
	for rows.Next() {
		var id int64
		var n node
		if err := rows.Scan(&id, &n.name, &n.parent); err != nil {
			return nil, err
		}
		nodes[id] = n
	}
	out := make(map[int64]string, len(nodes))
	for id := range nodes {
		var parts []string
		seen := map[int64]bool{}
		for cur := id; cur != 0 && !seen[cur]; cur = nodes[cur].parent {
			seen[cur] = true
			parts = append(parts, nodes[cur].name)
		}
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
		out[id] = model.JoinPath(parts...)
	}
	return out, rows.Err()
}

// PlacePath is the path of a place from the building down.
func (s *Store) PlacePath(ctx context.Context, id int64) (string, error) {
	var p string
	err := s.read(ctx, "read place path", func(tx *sql.Tx) error {
		m, err := placePaths(ctx, tx)
		p = m[id]
		return err
	})
	return p, err
}

// prepareBerkas validates b, finds its classification's JRA, makes its
// place follow its box and works out its retention dates.
func (s *Store) prepareBerkas(tx *sql.Tx, b *arsip.Berkas) error {
	k, err := klasFor(tx, b.KodeKlasifikasi)
	if err == model.ErrNotFound {
		return model.Invalid("kode_klasifikasi", b.KodeKlasifikasi, "error.arsip_klasifikasi_unknown")
	}
	if err != nil {
		return err
	}
	if b.BoksID != 0 {
		var place sql.NullInt64
		err := tx.QueryRow("SELECT place_id FROM boks WHERE id=? AND deleted_at IS NULL", b.BoksID).Scan(&place)
		if err == sql.ErrNoRows {
			return model.Invalid("boks", fmt.Sprint(b.BoksID), "error.not_found")
		}
		if err != nil {
			return err
		}
		b.PlaceID = place.Int64
	}
	if err := b.ResolveRetensi(k.JRA); err != nil {
		if ie, ok := model.AsInvalid(err); !ok || ie.Reason != arsip.ReasonRetensiManual {
			return err
		}
	}
	return nil
}

// CreateBerkas registers a new file and fills in its id, meta and
// retention dates. When the classification's JRA counts from an event and
// no manual dates are given, the file is saved with unknown dates.
//
// A file without a code gets the next one from the code registry
// ("B-000124"), allocated in the same transaction as the insert, so two
// PCs saving at once never get the same code. A code typed by the clerk
// (or imported) is registered to the file; one that any other record
// (file, box, place ...) holds is refused on the "code" field.
func (s *Store) CreateBerkas(ctx context.Context, b *arsip.Berkas) error {
	return berkasEntity.create(ctx, s, b)
}

// UpdateBerkas saves changes to a file read at b.Version. If someone else
// saved it since, the error is a *model.ConflictError and nothing changes.
// A new code is registered (refused when another record holds it) and the
// old one freed.
// The status cannot be changed here while the file is on loan or to
// Musnah/Permanen (that is ApplyRetensi's job, with a berita acara).
func (s *Store) UpdateBerkas(ctx context.Context, b *arsip.Berkas) error {
	return berkasEntity.update(ctx, s, b)
}

// DeleteBerkas moves a file read at version into the bin. It keeps its
// code, as it can be restored; a box or place cannot take it meanwhile.
func (s *Store) DeleteBerkas(ctx context.Context, id, version int64) error {
	return berkasEntity.remove(ctx, s, id, version)
}

// RestoreBerkas takes a file out of the bin.
func (s *Store) RestoreBerkas(ctx context.Context, id int64) error {
	return berkasEntity.restore(ctx, s, id)
}

// Berkas reads one file, deleted or not, with its loan and place path.
func (s *Store) Berkas(ctx context.Context, id int64) (arsip.Berkas, error) {
	return s.oneBerkas(ctx, "id=?", id)
}

// BerkasByCode reads the file with this label code (not in the bin).
func (s *Store) BerkasByCode(ctx context.Context, code string) (arsip.Berkas, error) {
	return s.oneBerkas(ctx, "code=? AND deleted_at IS NULL", model.NormalizeCode(code))
}

// oneBerkas reads the file matching where, or model.ErrNotFound.
func (s *Store) oneBerkas(ctx context.Context, where string, arg any) (arsip.Berkas, error) {
	var b arsip.Berkas
	err := s.read(ctx, "read berkas", func(tx *sql.Tx) error {
		list, err := queryBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas WHERE "+where, arg)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return model.ErrNotFound
		}
		b = list[0]
		return nil
	})
	return b, err
}

// IsiBerkas lists the items of a file in item order.
func (s *Store) IsiBerkas(ctx context.Context, berkasID int64) ([]arsip.IsiBerkas, error) {
	var out []arsip.IsiBerkas
	err := s.read(ctx, "list isi berkas", func(tx *sql.Tx) error {
		byFile, err := queryIsi(ctx, tx, "berkas_id=?", berkasID)
		out = byFile[berkasID]
		return err
	})
	return out, err
}

// queryIsi reads the items matching where, grouped by file, each file's
// in item order.
func queryIsi(ctx context.Context, tx *sql.Tx, where string, args ...any) (map[int64][]arsip.IsiBerkas, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, berkas_id, nomor_item, nomor_surat, coalesce(tanggal,''), uraian, tingkat, jumlah, keterangan
		FROM isi_berkas WHERE `+where+` ORDER BY berkas_id, nomor_item, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]arsip.IsiBerkas{}
	for rows.Next() {
		var it arsip.IsiBerkas
		var tgl string
		if err := rows.Scan(&it.ID, &it.BerkasID, &it.NomorItem, &it.NomorSurat, &tgl, &it.Uraian, &it.Tingkat, &it.Jumlah, &it.Keterangan); err != nil {
			return nil, err
		}
		it.Tanggal = parseDate(tgl)
		out[it.BerkasID] = append(out[it.BerkasID], it)
	}
	return out, rows.Err()
}

// SetIsiBerkas replaces the items of a file read at version (the form's
// items table is saved as a whole), sets its jumlah item to the number of
// items, and bumps its version. An invalid item is reported with its
// field as "isi[N].field" (N counting from 1).
func (s *Store) SetIsiBerkas(ctx context.Context, berkasID, version int64, items []arsip.IsiBerkas) error {
	for i := range items {
		if err := items[i].Validate(); err != nil {
			ie, _ := model.AsInvalid(err)
			return model.Invalid(fmt.Sprintf("isi[%d].%s", i+1, ie.Field), ie.Value, ie.Reason)
		}
	}
	return s.write(ctx, "save isi berkas", func(tx *sql.Tx) error {
		if err := checkVersion(tx, "berkas", berkasID, version); err != nil {
			return err
		}
		before, err := s.isiImage(tx, berkasID)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("DELETE FROM isi_berkas WHERE berkas_id=?", berkasID); err != nil {
			return err
		}
		st, err := tx.Prepare(`INSERT INTO isi_berkas(berkas_id, nomor_item, nomor_surat, tanggal, uraian, tingkat, jumlah, keterangan) VALUES (?,?,?,?,?,?,?,?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, it := range items {
			if _, err := st.Exec(berkasID, it.NomorItem, it.NomorSurat, fmtDate(it.Tanggal), it.Uraian, it.Tingkat, it.Jumlah, it.Keterangan); err != nil {
				return err
			}
		}
		now, by := fmtTime(s.now()), s.Actor().Label()
		if _, err := tx.Exec("UPDATE berkas SET jumlah_item=?, version=version+1, updated_at=?, updated_by=? WHERE id=?",
			len(items), now, by, berkasID); err != nil {
			return err
		}
		after, err := s.isiImage(tx, berkasID)
		if err != nil {
			return err
		}
		return s.audit(tx, "isi_berkas", berkasID, ActUpdate, before, after)
	})
}

func (s *Store) isiImage(tx *sql.Tx, berkasID int64) ([]string, error) {
	rows, err := tx.Query("SELECT nomor_item || ' ' || nomor_surat || ' ' || uraian FROM isi_berkas WHERE berkas_id=? ORDER BY nomor_item", berkasID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		out = append(out, line)
	}
	return out, rows.Err()
}
