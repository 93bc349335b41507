package storage

import (
	"context"
	"database/sql"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

// retensiWhere is the condition for files waiting for action a on day asOf.
func retensiWhere(a arsip.RetensiAction) string {
	switch a {
	case arsip.RetensiPindah:
		return "status = 'aktif' AND pindah_on <= ?"
	case arsip.RetensiSerah:
		return "status = 'inaktif' AND akhir_on <= ? AND nasib = 'permanen'"
	case arsip.RetensiNilai:
		return "status = 'inaktif' AND akhir_on <= ? AND nasib = 'dinilai_kembali'"
	}
	return "status = 'inaktif' AND akhir_on <= ? AND nasib = 'musnah'"
}

// RetensiList is a retention work list as of a day: for RetensiPindah the
// active files whose active period is over (usul pindah); for
// RetensiMusnah / RetensiSerah / RetensiNilai the inactive files whose
// inactive period is over and whose disposition is destroy / hand over /
// re-appraise (usul musnah, serah permanen). Oldest due first, one page
// at a time, with the total.
func (s *Store) RetensiList(ctx context.Context, a arsip.RetensiAction, asOf time.Time, p Page) (BerkasPage, error) {
	if p.Limit <= 0 {
		p.Limit = 50
	}
	where, order := retensiQuery(a)
	day := asOf.Format(dateLayout)
	var out BerkasPage
	err := s.read(ctx, "list retensi", func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM berkas WHERE "+where, day).Scan(&out.Total); err != nil {
			return err
		}
		var err error
		out.Rows, err = queryBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas WHERE "+where+" ORDER BY "+order+" LIMIT ? OFFSET ?",
			day, p.Limit, p.Offset)
		return err
	})
	return out, err
}

// retensiQuery is the condition and the order (oldest due first) of the
// work list for action a; its one argument is the day.
func retensiQuery(a arsip.RetensiAction) (where, order string) {
	col := "akhir_on"
	if a == arsip.RetensiPindah {
		col = "pindah_on"
	}
	return "deleted_at IS NULL AND " + retensiWhere(a), col + ", kode, id"
}

// eachRetensi streams the whole work list for action a on asOf through fn
// (until fn returns false) in one read transaction: a usul pindah or usul
// musnah that gets signed is one snapshot, even while another PC applies
// a retention action, and no query is made per file.
func (s *Store) eachRetensi(ctx context.Context, a arsip.RetensiAction, asOf time.Time, f BerkasFilter,
	fn func(b *arsip.Berkas) bool) error {
	where, order := retensiQuery(a)
	f.Status = "" // the work list is of its own status
	return s.read(ctx, "list retensi", func(tx *sql.Tx) error {
		fwhere, args, err := f.where(ctx, tx)
		if err != nil {
			return err
		}
		return streamBerkas(ctx, tx, "SELECT "+berkasCols+" FROM berkas b WHERE "+where+" AND "+fwhere+" ORDER BY "+order,
			append([]any{asOf.Format(dateLayout)}, args...), fn)
	})
}

// RetensiCounts says how many files wait for each action on day asOf (for Beranda).
func (s *Store) RetensiCounts(ctx context.Context, asOf time.Time) (map[arsip.RetensiAction]int, error) {
	out := map[arsip.RetensiAction]int{}
	err := s.read(ctx, "count retensi", func(tx *sql.Tx) error {
		for _, a := range []arsip.RetensiAction{arsip.RetensiPindah, arsip.RetensiMusnah, arsip.RetensiSerah, arsip.RetensiNilai} {
			var n int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM berkas WHERE deleted_at IS NULL AND "+retensiWhere(a), asOf.Format(dateLayout)).Scan(&n); err != nil {
				return err
			}
			out[a] = n
		}
		return nil
	})
	return out, err
}

// ApplyRetensi records a retention action with its berita acara and moves
// each listed file to the action's status (Aktif -> Inaktif for a move,
// Inaktif -> Musnah / Permanen for destruction / hand-over). Nothing is
// deleted: the file stays listed with its new status. Every file must have
// the status the action starts from and must not be on loan; otherwise
// nothing changes and the error names the file's code.
func (s *Store) ApplyRetensi(ctx context.Context, a *arsip.RetensiAksi) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "apply retensi", func(tx *sql.Tx) error {
		now, by := fmtTime(s.now()), s.Actor().Label()
		res, err := tx.Exec("INSERT INTO retensi_aksi(action, berita_acara, tanggal, note, created_at, created_by) VALUES (?,?,?,?,?,?)",
			a.Action, a.BeritaAcara, fmtDate(a.Tanggal), a.Note, now, by)
		if err != nil {
			return err
		}
		a.ID, _ = res.LastInsertId()
		a.CreatedAt, a.CreatedBy = parseTime(now), by
		from, to := a.Action.From(), a.Action.To()
		for _, id := range a.BerkasIDs {
			var code string
			var st arsip.Status
			var loan int64
			err := tx.QueryRow("SELECT code, status, coalesce(on_loan_id,0) FROM berkas WHERE id=? AND deleted_at IS NULL", id).Scan(&code, &st, &loan)
			if err != nil {
				return err
			}
			if st != from {
				return model.Invalid("berkas", code, "error.arsip_retensi_status")
			}
			if loan != 0 && a.Action != arsip.RetensiNilai {
				return model.Invalid("berkas", code, "error.arsip_on_loan")
			}
			if _, err := tx.Exec("UPDATE berkas SET status=?, version=version+1, updated_at=?, updated_by=? WHERE id=?", to, now, by, id); err != nil {
				return err
			}
			if _, err := tx.Exec("INSERT INTO retensi_aksi_berkas(aksi_id, berkas_id, from_status, to_status) VALUES (?,?,?,?)", a.ID, id, from, to); err != nil {
				return err
			}
			if err := s.audit(tx, "berkas", id, string(a.Action),
				map[string]any{"status": from},
				map[string]any{"status": to, "berita_acara": a.BeritaAcara, "aksi_id": a.ID}); err != nil {
				return err
			}
		}
		return nil
	})
}

// RetensiHistory lists the retention actions applied to a file, oldest first.
func (s *Store) RetensiHistory(ctx context.Context, berkasID int64) ([]arsip.RetensiAksi, error) {
	var out []arsip.RetensiAksi
	err := s.read(ctx, "read retensi history", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT a.id, a.action, a.berita_acara, a.tanggal, a.note, a.created_at, a.created_by
			FROM retensi_aksi a JOIN retensi_aksi_berkas x ON x.aksi_id = a.id WHERE x.berkas_id=? ORDER BY a.id`, berkasID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var a arsip.RetensiAksi
			var tgl, at string
			if err := rows.Scan(&a.ID, &a.Action, &a.BeritaAcara, &tgl, &a.Note, &at, &a.CreatedBy); err != nil {
				return err
			}
			a.Tanggal, a.CreatedAt, a.BerkasIDs = parseDate(tgl), parseTime(at), []int64{berkasID}
			out = append(out, a)
		}
		return rows.Err()
	})
	return out, err
}
