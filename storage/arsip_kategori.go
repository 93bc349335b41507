package storage

import (
	"context"
	"database/sql"
	"fmt"

	"rapi/model"
	"rapi/model/arsip"
)

// The admin's changes to the file categories (the Kategori tab). Like
// the classification list, every write checks the admin PIN inside its
// own transaction (requireAdmin), so a PIN set on another PC a moment ago
// is honoured.

// KategoriInUseError refuses to delete a category that files still use;
// N is how many (not counting files in the bin).
type KategoriInUseError struct {
	Name string
	N    int
}

func (e *KategoriInUseError) Error() string {
	return fmt.Sprintf("kategori %q is used by %d files", e.Name, e.N)
}

// ArsipKategoriUsage counts the files (not in the bin) of each category, by
// category name. Categories no file uses are absent (count 0).
func (s *Store) ArsipKategoriUsage(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	err := s.read(ctx, "count kategori usage", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx,
			"SELECT kategori, count(*) FROM berkas WHERE kategori<>'' AND deleted_at IS NULL GROUP BY kategori")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var name string
			var n int
			if err := rows.Scan(&name, &n); err != nil {
				return err
			}
			out[name] = n
		}
		return rows.Err()
	})
	return out, err
}

// SaveArsipKategoriAdmin creates (ID 0) or renames/recolours a category with
// the admin PIN. Renaming carries the files along.
func (s *Store) SaveArsipKategoriAdmin(ctx context.Context, k *arsip.Kategori, pin string) error {
	if err := k.Validate(); err != nil {
		return err
	}
	saved := *k
	err := s.write(ctx, "save kategori", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		return s.putKategori(tx, &saved)
	})
	if err == nil {
		*k = saved
	}
	return err
}

// putKategori writes k (inserting when k.ID is 0) and audits the change;
// a rename moves the files of the old name to the new one.
func (s *Store) putKategori(tx *sql.Tx, k *arsip.Kategori) error {
	taken := func(err error) error {
		if isUnique(err, "kategori.name") {
			return model.Invalid("nama", k.Name, "error.arsip_kategori_taken")
		}
		return err
	}
	if k.ID == 0 {
		res, err := tx.Exec("INSERT INTO kategori(name, color) VALUES (?,?)", k.Name, k.Color)
		if err != nil {
			return taken(err)
		}
		k.ID, _ = res.LastInsertId()
		k.Version = 1
		return s.audit(tx, "kategori", k.ID, ActCreate, nil, k)
	}
	if err := checkVersion(tx, "kategori", k.ID, k.Version); err != nil {
		return err
	}
	old, err := loadKategori(tx, k.ID)
	if err != nil {
		return err
	}
	if _, err := tx.Exec("UPDATE kategori SET name=?, color=?, version=version+1, updated_at=?, updated_by=? WHERE id=?",
		k.Name, k.Color, fmtTime(s.now()), s.Actor().Label(), k.ID); err != nil {
		return taken(err)
	}
	k.Version++
	if old.Name != k.Name {
		if _, err := tx.Exec("UPDATE berkas SET kategori=? WHERE kategori=?", k.Name, old.Name); err != nil {
			return err
		}
	}
	return s.audit(tx, "kategori", k.ID, ActUpdate, old, k)
}

// DeleteArsipKategori removes a category with the admin PIN, only when no file
// (outside the bin) uses it; otherwise it returns *KategoriInUseError.
func (s *Store) DeleteArsipKategori(ctx context.Context, id int64, pin string) error {
	return s.write(ctx, "delete kategori", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		old, err := loadKategori(tx, id)
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow("SELECT count(*) FROM berkas WHERE kategori=? AND deleted_at IS NULL", old.Name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return &KategoriInUseError{Name: old.Name, N: n}
		}
		if _, err := tx.Exec("DELETE FROM kategori WHERE id=?", id); err != nil {
			return err
		}
		return s.audit(tx, "kategori", id, ActDelete, old, nil)
	})
}

func loadKategori(tx *sql.Tx, id int64) (arsip.Kategori, error) {
	var k arsip.Kategori
	err := tx.QueryRow("SELECT id, version, name, color FROM kategori WHERE id=?", id).Scan(&k.ID, &k.Version, &k.Name, &k.Color)
	if err == sql.ErrNoRows {
		return k, model.ErrNotFound
	}
	return k, err
}

// ArsipKategori lists the file categories with their colours, by name.
func (s *Store) ArsipKategori(ctx context.Context) ([]arsip.Kategori, error) {
	var out []arsip.Kategori
	err := s.read(ctx, "list kategori", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT id, version, name, color FROM kategori ORDER BY name")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k arsip.Kategori
			if err := rows.Scan(&k.ID, &k.Version, &k.Name, &k.Color); err != nil {
				return err
			}
			out = append(out, k)
		}
		return rows.Err()
	})
	return out, err
}

// SaveArsipKategori creates (ID 0) or renames/recolours (at k.Version) a
// category. Renaming carries the files along.
func (s *Store) SaveArsipKategori(ctx context.Context, k *arsip.Kategori) error {
	if err := k.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save kategori", func(tx *sql.Tx) error { return s.putKategori(tx, k) })
}
