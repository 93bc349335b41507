package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

// Applying an import plan: the files, their items and their codes written
// in multi-row statements inside the one import transaction.

// applyImport writes a plan inside the import's transaction, many files
// per statement (importBatch); it returns how many items were written.
func (s *Store) applyImport(ctx context.Context, tx *sql.Tx, pl *importPlan, source string, progress func(done, total int)) (int, error) {
	// SQLite: a larger page cache for the one big transaction.
	if _, err := tx.ExecContext(ctx, "PRAGMA cache_size=-131072"); err == nil {
		defer tx.Exec("PRAGMA cache_size=-2000")
	}
	today := s.now()
	now, by := fmtTime(today), s.Actor().Label()
	if err := s.addNewKlasifikasi(ctx, tx, pl, source, now, by); err != nil {
		return 0, err
	}
	codes, err := readCodeSeq(ctx, tx, pl.codes)
	if err != nil {
		return 0, err
	}
	w := &importBatch{ctx: ctx, tx: tx, now: now, by: by}
	total := len(pl.rows)
	for i := range pl.rows {
		if i%500 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
			if progress != nil && i > 0 {
				progress(i, total)
			}
		}
		if err := w.write(&pl.rows[i], pl, codes, today); err != nil {
			return 0, err
		}
	}
	if err := w.flush(); err != nil {
		return 0, err
	}
	if err := codes.save(ctx, tx); err != nil {
		return 0, err
	}
	if progress != nil {
		progress(total, total)
	}
	return w.items, s.audit(tx, "berkas", 0, ActCreate, nil, map[string]any{"import": source,
		"created": pl.created, "updated": pl.updated, "unchanged": pl.unchanged, "klasifikasi_review": pl.newKlas, "placed": pl.placed})
}

// addNewKlasifikasi adds the new classification codes, marked for review,
// with the JRA of their nearest listed parent.
func (s *Store) addNewKlasifikasi(ctx context.Context, tx *sql.Tx, pl *importPlan, source, now, by string) error {
	for _, k := range pl.newKlas {
		j := pl.jra[k]
		if !j.Nasib.Valid() {
			j.Nasib = arsip.NasibDinilai
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO klasifikasi(code, name, aktif, inaktif, nasib, trigger_text, review, review_source, note,
			created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,1,?,?,?,?,?,?)`,
			k, k, j.Aktif, j.Inaktif, j.Nasib, j.Trigger, source, "perlu ditinjau: ditambahkan oleh impor "+source, now, by, now, by)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		if err := s.audit(tx, "klasifikasi", id, ActCreate, nil, map[string]any{"code": k, "review": true, "source": source}); err != nil {
			return err
		}
		pl.jra[k] = j
	}
	return nil
}

// write queues one planned row: a new file (with a fresh code when it
// has none) or the update of a matched one.
func (w *importBatch) write(p *planned, pl *importPlan, codes *codeSeq, today time.Time) error {
	if p.skip || p.old != nil && !p.update {
		return nil
	}
	b := &p.r.b
	b.Normalize()
	// Belum diklasifikasi: no retention until a code is set (the form
	// computes it then).
	var ret arsip.Retensi
	computed := false
	if b.KodeKlasifikasi != "" {
		var rerr error
		if ret, rerr = arsip.ComputeRetensi(b.TahunSampai, pl.jra[b.KodeKlasifikasi]); rerr != nil {
			ret = arsip.Retensi{Nasib: pl.jra[b.KodeKlasifikasi].Nasib}
		}
		computed = rerr == nil
	}
	if p.old != nil {
		return w.update(p, ret)
	}
	if b.Code == "" {
		c, err := codes.next()
		if err != nil {
			return err
		}
		b.Code = c
	}
	if len(p.r.items) > 0 {
		b.JumlahItem = len(p.r.items)
	}
	if !pl.statusMapped && computed && !today.Before(ret.PindahOn) {
		b.Status = arsip.StatusInaktif // an old register: its active years are over
	}
	return w.create(p, ret)
}

// codeSeq hands out the berkas codes of an import's new files from the
// counter, skipping the codes already registered under the berkas prefix
// (read once) and every code a file holds, binned ones too.
type codeSeq struct {
	kind        model.CodeKind
	held, taken map[string]bool
	seq, start  int64
}

func readCodeSeq(ctx context.Context, tx *sql.Tx, held map[string]bool) (*codeSeq, error) {
	return readCodeSeqOf(ctx, tx, model.CodeBerkas, held)
}

// readCodeSeqOf is readCodeSeq for the codes of kind (the asset import's A- codes).
func readCodeSeqOf(ctx context.Context, tx *sql.Tx, kind model.CodeKind, held map[string]bool) (*codeSeq, error) {
	taken, err := registeredCodes(ctx, tx, kind)
	if err != nil {
		return nil, err
	}
	c := &codeSeq{kind: kind, held: held, taken: taken}
	err = tx.QueryRowContext(ctx, "SELECT coalesce((SELECT last FROM code_counter WHERE kind=?),0)", string(kind)).Scan(&c.seq)
	c.start = c.seq
	return c, err
}

func (c *codeSeq) next() (string, error) {
	for {
		c.seq++
		code := model.FormatCode(c.kind, c.seq)
		if code == "" {
			return "", fmt.Errorf("import: %s code sequence exhausted", c.kind)
		}
		if c.held[code] || c.taken[code] {
			continue
		}
		c.held[code] = true
		return code, nil
	}
}

// save moves the counter past the codes handed out. SQLite: max() of two
// values (PostgreSQL: GREATEST).
func (c *codeSeq) save(ctx context.Context, tx *sql.Tx) error {
	if c.seq <= c.start {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO code_counter(kind, last) VALUES (?, ?)
		ON CONFLICT(kind) DO UPDATE SET last = max(last, excluded.last)`, string(c.kind), c.seq)
	return err
}

// registeredCodes lists the codes of the registry that carry kind's prefix.
func registeredCodes(ctx context.Context, tx *sql.Tx, kind model.CodeKind) (map[string]bool, error) {
	prefix := kind.Prefix() + "-"
	rows, err := tx.QueryContext(ctx, "SELECT code FROM code_registry WHERE code >= ? AND code < ?", prefix, kind.Prefix()+".")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out[c] = true
	}
	return out, rows.Err()
}

// importBatchRows is how many files one statement writes. Each row of a
// multi-row statement is one execution of the FTS triggers inside the
// same statement, so the full-text index takes the batch in one go
// instead of flushing its pending terms once per file; 26 parameters a
// row stay far below SQLite's limit of 32766.
const importBatchRows = 256

// importItemRows is how many items one statement writes (8 parameters each).
const importItemRows = 512

const (
	berkasInsertCols = `INSERT INTO berkas(code, nomor_berkas, kode, kode_lama, uraian, unit, tahun_dari, tahun_sampai,
		jumlah_item, tingkat, media, keamanan, kategori, status, pindah_on, akhir_on, nasib, note, extra, nomor_sort,
		created_at, created_by, updated_at, updated_by, place_id, boks_id) VALUES `
	berkasInsertRow = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
	// The values of an updated file: column1 is its id.
	berkasUpdateHead = `UPDATE berkas SET nomor_berkas=v.column2, kode=v.column3, kode_lama=v.column4, uraian=v.column5, unit=v.column6,
		tahun_dari=v.column7, tahun_sampai=v.column8, jumlah_item=v.column9, tingkat=v.column10, media=v.column11,
		keamanan=v.column12, kategori=v.column13, status=v.column14, note=v.column15, extra=v.column16,
		pindah_on=CASE WHEN retensi_manual THEN pindah_on ELSE v.column17 END,
		akhir_on=CASE WHEN retensi_manual THEN akhir_on ELSE v.column18 END,
		nasib=v.column19, version=version+1, updated_at=v.column20, updated_by=v.column21,
		nomor_sort=v.column22,
		place_id=CASE WHEN v.column23 THEN v.column24 ELSE place_id END,
		boks_id=CASE WHEN v.column23 THEN v.column25 ELSE boks_id END
		FROM (VALUES `
	berkasUpdateRow  = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
	berkasUpdateTail = ") AS v WHERE berkas.id = v.column1"
	registryInsert   = "INSERT INTO code_registry(code, kind, entity_id) VALUES "
	registryRow      = "(?,?,?)"
	registryTail     = " ON CONFLICT(code) DO UPDATE SET entity_id=excluded.entity_id WHERE kind=excluded.kind AND entity_id IS NULL"
	itemInsert       = "INSERT INTO isi_berkas(berkas_id, nomor_item, nomor_surat, tanggal, uraian, tingkat, jumlah, keterangan) VALUES "
	itemRow          = "(?,?,?,?,?,?,?,?)"
)

// multiRow is head followed by n copies of row separated by commas, then tail.
func multiRow(head, row, tail string, n int) string {
	var b strings.Builder
	b.Grow(len(head) + n*(len(row)+1) + len(tail))
	b.WriteString(head)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	b.WriteString(tail)
	return b.String()
}

// importBatch gathers the files an import creates or updates and writes
// them a batch at a time, in the order of the register, inside the
// import's transaction.
type importBatch struct {
	ctx     context.Context
	tx      *sql.Tx
	now, by string
	items   int // items written

	creates    []*planned
	createArgs []any
	updates    []*planned
	updateArgs []any
	updateIDs  map[int64]bool // files in updates: one file twice waits for the next batch
	itemArgs   []any
	itemCount  int
	sqlCache   map[string]string
}

// sql is the multi-row statement for n rows, kept for full batches.
func (w *importBatch) sql(head, row, tail string, n int) string {
	key := head + tail + strconv.Itoa(n)
	if q, ok := w.sqlCache[key]; ok {
		return q
	}
	q := multiRow(head, row, tail, n)
	if n == importBatchRows || n == importItemRows {
		if w.sqlCache == nil {
			w.sqlCache = map[string]string{}
		}
		w.sqlCache[key] = q
	}
	return q
}

func rowSpan(ps []*planned) string {
	if len(ps) == 1 {
		return fmt.Sprintf("row %d", ps[0].r.row)
	}
	return fmt.Sprintf("rows %d-%d", ps[0].r.row, ps[len(ps)-1].r.row)
}

func (w *importBatch) create(p *planned, ret arsip.Retensi) error {
	b := &p.r.b
	w.creates = append(w.creates, p)
	w.createArgs = append(w.createArgs, b.Code, b.NomorBerkas, b.KodeKlasifikasi, b.KodeLama, b.Uraian, b.UnitPengolah, b.TahunDari, b.TahunSampai,
		b.JumlahItem, b.Tingkat, b.Media, b.Keamanan, b.Kategori, b.Status, fmtDate(ret.PindahOn), fmtDate(ret.AkhirOn), ret.Nasib, b.Note,
		nullText(p.r.extraJSON()), arsip.NomorSortKey(b.NomorBerkas), w.now, w.by, w.now, w.by,
		nullID(p.r.target.placeID()), nullID(p.r.target.boxID()))
	if len(w.creates) == importBatchRows {
		return w.flushCreates()
	}
	return nil
}

func (w *importBatch) update(p *planned, ret arsip.Retensi) error {
	id := p.old.id
	if w.updateIDs[id] {
		if err := w.flushUpdates(); err != nil {
			return err
		}
	}
	if w.updateIDs == nil {
		w.updateIDs = map[int64]bool{}
	}
	w.updateIDs[id] = true
	b := &p.r.b
	w.updates = append(w.updates, p)
	w.updateArgs = append(w.updateArgs, id, b.NomorBerkas, b.KodeKlasifikasi, b.KodeLama, b.Uraian, b.UnitPengolah, b.TahunDari, b.TahunSampai,
		b.JumlahItem, b.Tingkat, b.Media, b.Keamanan, b.Kategori, b.Status, b.Note, nullText(p.r.extraJSON()),
		fmtDate(ret.PindahOn), fmtDate(ret.AkhirOn), ret.Nasib, w.now, w.by, arsip.NomorSortKey(b.NomorBerkas),
		p.r.placeIt, nullID(p.r.target.placeID()), nullID(p.r.target.boxID()))
	if len(w.updates) == importBatchRows {
		return w.flushUpdates()
	}
	return nil
}

func (w *importBatch) flush() error {
	if err := w.flushCreates(); err != nil {
		return err
	}
	if err := w.flushUpdates(); err != nil {
		return err
	}
	return w.flushItems()
}

// flushCreates inserts the pending new files, registers their codes and
// writes their items.
func (w *importBatch) flushCreates() error {
	n := len(w.creates)
	if n == 0 {
		return nil
	}
	batch := w.creates
	rows, err := w.tx.QueryContext(w.ctx, w.sql(berkasInsertCols, berkasInsertRow, " RETURNING id, code", n), w.createArgs...)
	if err != nil {
		return fmt.Errorf("%s: %w", rowSpan(batch), err)
	}
	ids := make(map[string]int64, n)
	for rows.Next() {
		var id int64
		var code string
		if err := rows.Scan(&id, &code); err != nil {
			rows.Close()
			return err
		}
		ids[code] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", rowSpan(batch), err)
	}
	reg := w.createArgs[:0]
	for _, p := range batch {
		id, ok := ids[p.r.b.Code]
		if !ok {
			return fmt.Errorf("row %d: file %s not written", p.r.row, p.r.b.Code)
		}
		reg = append(reg, p.r.b.Code, string(model.CodeBerkas), id)
	}
	if _, err := w.tx.ExecContext(w.ctx, w.sql(registryInsert, registryRow, registryTail, n), reg...); err != nil {
		return fmt.Errorf("%s: %w", rowSpan(batch), err)
	}
	for _, p := range batch {
		if p.items {
			if err := w.addItems(ids[p.r.b.Code], p.r.items); err != nil {
				return err
			}
		}
	}
	clear(w.createArgs[:cap(w.createArgs)])
	w.creates, w.createArgs = w.creates[:0], w.createArgs[:0]
	return w.flushItems()
}

// flushUpdates rewrites the pending matched files and replaces the items
// of those whose items changed.
func (w *importBatch) flushUpdates() error {
	n := len(w.updates)
	if n == 0 {
		return nil
	}
	batch := w.updates
	if _, err := w.tx.ExecContext(w.ctx, w.sql(berkasUpdateHead, berkasUpdateRow, berkasUpdateTail, n), w.updateArgs...); err != nil {
		return fmt.Errorf("%s: %w", rowSpan(batch), err)
	}
	var del []any
	for _, p := range batch {
		if p.items {
			del = append(del, p.old.id)
		}
	}
	if len(del) > 0 {
		q := "DELETE FROM isi_berkas WHERE berkas_id IN (?" + strings.Repeat(",?", len(del)-1) + ")"
		if _, err := w.tx.ExecContext(w.ctx, q, del...); err != nil {
			return err
		}
		for _, p := range batch {
			if p.items {
				if err := w.addItems(p.old.id, p.r.items); err != nil {
					return err
				}
			}
		}
	}
	clear(w.updateArgs[:cap(w.updateArgs)])
	w.updates, w.updateArgs = w.updates[:0], w.updateArgs[:0]
	clear(w.updateIDs)
	return w.flushItems()
}

func (w *importBatch) addItems(id int64, items []arsip.IsiBerkas) error {
	for _, it := range items {
		w.itemArgs = append(w.itemArgs, id, it.NomorItem, it.NomorSurat, fmtDate(it.Tanggal), it.Uraian, it.Tingkat, it.Jumlah, it.Keterangan)
		w.itemCount++
		if w.itemCount == importItemRows {
			if err := w.flushItems(); err != nil {
				return err
			}
		}
	}
	return nil
}

func (w *importBatch) flushItems() error {
	if w.itemCount == 0 {
		return nil
	}
	if _, err := w.tx.ExecContext(w.ctx, w.sql(itemInsert, itemRow, "", w.itemCount), w.itemArgs...); err != nil {
		return err
	}
	w.items += w.itemCount
	clear(w.itemArgs[:cap(w.itemArgs)])
	w.itemArgs, w.itemCount = w.itemArgs[:0], 0
	return nil
}

func nullText(s string) any {
	if s == "" {
		return nil
	}
	return s
}
