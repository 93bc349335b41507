package storage

import (
	"database/sql"

	"rapi/model"
	"rapi/model/arsip"
)

// recomputeRetensi brings the retention dates of the files filed under
// code, or under a code below it that takes its JRA, in line with the
// classification list as it now stands. It runs in the transaction that
// changed the list, so the dates never disagree with the JRA a clerk sees.
// Files with manual dates keep them. One audit row counts the files moved.
func (s *Store) recomputeRetensi(tx *sql.Tx, code string) error {
	type row struct {
		id           int64
		kode         string
		year         int
		pindah, akhr string
		nasib        string
	}
	rows, err := tx.Query(`SELECT id, kode, tahun_sampai, coalesce(pindah_on,''), coalesce(akhir_on,''), nasib
		FROM berkas WHERE deleted_at IS NULL AND retensi_manual = 0 AND (kode = ? OR kode LIKE ? || '.%')`, code, code)
	if err != nil {
		return err
	}
	var files []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.kode, &r.year, &r.pindah, &r.akhr, &r.nasib); err != nil {
			rows.Close()
			return err
		}
		files = append(files, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	jras := map[string]arsip.JRA{}
	changed := 0
	for _, f := range files {
		jra, ok := jras[f.kode]
		if !ok {
			k, err := klasFor(tx, f.kode)
			if err == model.ErrNotFound {
				continue // no listed code above it: nothing to follow
			}
			if err != nil {
				return err
			}
			jra, jras[f.kode] = k.JRA, k.JRA
		}
		b := arsip.Berkas{TahunSampai: f.year}
		_ = b.ResolveRetensi(jra) // a JRA counted from an event leaves the dates unknown
		pindah, akhir := fmtDate(b.Retensi.PindahOn), fmtDate(b.Retensi.AkhirOn)
		if str(pindah) == f.pindah && str(akhir) == f.akhr && string(b.Retensi.Nasib) == f.nasib {
			continue
		}
		if _, err := tx.Exec("UPDATE berkas SET pindah_on=?, akhir_on=?, nasib=? WHERE id=?",
			pindah, akhir, b.Retensi.Nasib, f.id); err != nil {
			return err
		}
		changed++
	}
	if changed == 0 {
		return nil
	}
	return s.audit(tx, "klasifikasi", 0, "retensi", nil, map[string]any{"code": code, "berkas": changed})
}

// str is a nullable date column's text ("" for NULL).
func str(v any) string {
	if v == nil {
		return ""
	}
	return v.(string)
}
