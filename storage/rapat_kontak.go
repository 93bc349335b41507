package storage

import (
	"context"
	"database/sql"
	"strings"

	"rapi/model"
	"rapi/model/rapat"
)

// The contact book the clerks invite from: versioned and audited rows,
// with the groups of each contact in kontak_grup (rewritten on each save).

const kontakCols = metaCols + ", nama, nip, jabatan, pangkat, instansi, telepon"

func scanKontak(row interface{ Scan(...any) error }) (rapat.Kontak, error) {
	var k rapat.Kontak
	ms := newMetaScan(&k.Meta)
	err := row.Scan(append(ms.dest(), &k.Nama, &k.NIP, &k.Jabatan, &k.Pangkat, &k.Instansi, &k.Telepon)...)
	ms.finish()
	return k, err
}

var kontakEntity = &entity[rapat.Kontak]{
	table: "kontak",
	cols:  []string{"nama", "nip", "jabatan", "pangkat", "instansi", "telepon"},
	values: func(k *rapat.Kontak) []any {
		return []any{k.Nama, k.NIP, k.Jabatan, k.Pangkat, k.Instansi, k.Telepon}
	},
	load: func(tx *sql.Tx, id int64) (rapat.Kontak, error) {
		k, err := scanKontak(tx.QueryRow("SELECT "+kontakCols+" FROM kontak WHERE id=?", id))
		if err != nil {
			return k, err
		}
		k.Grup, err = kontakGrupTx(tx, id)
		return k, err
	},
	meta: func(k *rapat.Kontak) *model.Meta { return &k.Meta },
	validate: func(k *rapat.Kontak) error {
		k.Normalize()
		return k.Validate()
	},
	then: func(s *Store, tx *sql.Tx, k, old *rapat.Kontak) error { return writeKontakGrupTx(tx, k.ID, k.Grup) },
}

func kontakGrupTx(tx *sql.Tx, id int64) ([]string, error) {
	rows, err := tx.Query("SELECT nama FROM kontak_grup WHERE kontak_id=? ORDER BY rowid", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var g string
		if err := rows.Scan(&g); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

func writeKontakGrupTx(tx *sql.Tx, id int64, grup []string) error {
	if _, err := tx.Exec("DELETE FROM kontak_grup WHERE kontak_id=?", id); err != nil {
		return err
	}
	for _, g := range grup {
		if _, err := tx.Exec("INSERT OR IGNORE INTO kontak_grup(kontak_id, nama) VALUES (?,?)", id, g); err != nil {
			return err
		}
	}
	return nil
}

// SaveKontak creates a contact (ID 0) or saves one read at k.Version (a
// *model.ConflictError when another PC saved it since).
func (s *Store) SaveKontak(ctx context.Context, k *rapat.Kontak) error {
	if k.ID != 0 {
		return kontakEntity.update(ctx, s, k)
	}
	return kontakEntity.create(ctx, s, k)
}

// DeleteKontak moves a contact read at version into the bin. Meetings it
// was invited to keep their copy of its details.
func (s *Store) DeleteKontak(ctx context.Context, id, version int64) error {
	return kontakEntity.remove(ctx, s, id, version)
}

// KontakFilter narrows the contact book: Text matches name, NIP, jabatan
// or instansi; Grup one group; Limit 0 means all.
type KontakFilter struct {
	Text  string
	Grup  string
	Limit int
}

// Kontaks lists the contacts (not in the bin) matching f, by name.
func (s *Store) Kontaks(ctx context.Context, f KontakFilter) ([]rapat.Kontak, error) {
	where, args := []string{"k.deleted_at IS NULL"}, []any{}
	for _, w := range strings.Fields(f.Text) {
		where = append(where, "instr(lower(k.nama||' '||k.nip||' '||k.jabatan||' '||k.instansi), lower(?)) > 0")
		args = append(args, w)
	}
	if f.Grup != "" {
		where = append(where, "EXISTS (SELECT 1 FROM kontak_grup g WHERE g.kontak_id=k.id AND g.nama=?)")
		args = append(args, f.Grup)
	}
	q := "SELECT k." + strings.ReplaceAll(kontakCols, ", ", ", k.") + " FROM kontak k WHERE " + strings.Join(where, " AND ") + " ORDER BY k.nama, k.id"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	var out []rapat.Kontak
	err := s.read(ctx, "list kontak", func(tx *sql.Tx) error {
		var err error
		out, err = queryKontak(tx, q, args...)
		return err
	})
	return out, err
}

// queryKontak reads contacts and, in one more query, their groups.
func queryKontak(tx *sql.Tx, q string, args ...any) ([]rapat.Kontak, error) {
	rows, err := tx.Query(q, args...)
	if err != nil {
		return nil, err
	}
	var out []rapat.Kontak
	at := map[int64]int{}
	for rows.Next() {
		k, err := scanKontak(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		at[k.ID] = len(out)
		out = append(out, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	g, err := tx.Query("SELECT kontak_id, nama FROM kontak_grup ORDER BY rowid")
	if err != nil {
		return nil, err
	}
	defer g.Close()
	for g.Next() {
		var id int64
		var name string
		if err := g.Scan(&id, &name); err != nil {
			return nil, err
		}
		if i, ok := at[id]; ok {
			out[i].Grup = append(out[i].Grup, name)
		}
	}
	return out, g.Err()
}

// GrupCount is a group of the contact book and how many contacts are in it.
type GrupCount struct {
	Nama string
	N    int
}

// KontakGrups lists the groups with their number of contacts, by name.
func (s *Store) KontakGrups(ctx context.Context) ([]GrupCount, error) {
	var out []GrupCount
	err := s.read(ctx, "list grup", func(tx *sql.Tx) error {
		rows, err := tx.Query(`SELECT min(g.nama), count(*) FROM kontak_grup g JOIN kontak k ON k.id=g.kontak_id
			WHERE k.deleted_at IS NULL GROUP BY g.nama ORDER BY g.nama`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c GrupCount
			if err := rows.Scan(&c.Nama, &c.N); err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	return out, err
}
