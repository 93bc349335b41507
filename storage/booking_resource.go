package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/booking"
)

// Bookable resources (issue 14): a room points at its place, a vehicle at
// its asset in the inventaris, a driver is kept here. One versioned,
// audited row each; the room's or vehicle's label code is its code.

const resourceCols = metaCols + `, jenis, coalesce(place_id,0), coalesce(aset_id,0), code, nama, kategori, kapasitas,
	fasilitas, nip, telepon, jeda_menit, perlu_persetujuan, pengajuan_bebas, aktif`

func scanResource(row interface{ Scan(...any) error }) (booking.Resource, error) {
	var r booking.Resource
	var fasilitas string
	var jeda int64
	ms := newMetaScan(&r.Meta)
	err := row.Scan(append(ms.dest(), &r.Jenis, &r.PlaceID, &r.AsetID, &r.Code, &r.Nama, &r.Kategori, &r.Kapasitas,
		&fasilitas, &r.NIP, &r.Telepon, &jeda, &r.PerluPersetujuan, &r.PengajuanBebas, &r.Aktif)...)
	ms.finish()
	if err != nil {
		return r, err
	}
	r.Jeda = time.Duration(jeda) * time.Minute
	if err := json.Unmarshal([]byte(fasilitas), &r.Fasilitas); err != nil {
		return r, fmt.Errorf("resource %d fasilitas: %w", r.ID, err)
	}
	return r, nil
}

var resourceEntity = &entity[booking.Resource]{
	table: "booking_resource",
	cols: []string{"jenis", "place_id", "aset_id", "code", "nama", "kategori", "kapasitas", "fasilitas", "nip", "telepon",
		"jeda_menit", "perlu_persetujuan", "pengajuan_bebas", "aktif"},
	values: func(r *booking.Resource) []any {
		fas := r.Fasilitas
		if fas == nil {
			fas = []string{}
		}
		return []any{string(r.Jenis), nullID(r.PlaceID), nullID(r.AsetID), r.Code, r.Nama, r.Kategori, r.Kapasitas,
			jsonText(fas), r.NIP, r.Telepon, int64(r.Jeda / time.Minute), r.PerluPersetujuan, r.PengajuanBebas, r.Aktif}
	},
	load: func(tx *sql.Tx, id int64) (booking.Resource, error) {
		return scanResource(tx.QueryRow("SELECT "+resourceCols+" FROM booking_resource WHERE id=?", id))
	},
	meta: func(r *booking.Resource) *model.Meta { return &r.Meta },
	validate: func(r *booking.Resource) error {
		r.Normalize()
		return r.Validate()
	},
	unique: codeTaken(func(err error) bool {
		return isUnique(err, "booking_resource.code") || isUnique(err, "booking_resource.place_id") ||
			isUnique(err, "booking_resource.aset_id")
	}, func(r *booking.Resource) *string { return &r.Code }),
	check: func(s *Store, tx *sql.Tx, r, old *booking.Resource) error { return fillResourceTx(tx, r) },
}

// fillResourceTx checks what a resource points at (a room is a place of
// kind ruang, a vehicle a KIB B asset) and takes its code and name from
// it when the clerk left them empty. A driver without a code gets the
// next SOPIR-NN.
func fillResourceTx(tx *sql.Tx, r *booking.Resource) error {
	var code, nama string
	var err error
	switch r.Jenis {
	case booking.JenisRuang:
		if err := checkRuangTx(tx, r.PlaceID); err != nil {
			return err
		}
		err = tx.QueryRow("SELECT coalesce(code,''), name FROM place WHERE id=?", r.PlaceID).Scan(&code, &nama)
	case booking.JenisKendaraan:
		var kib, merk, nopol string
		err = tx.QueryRow("SELECT code, nama, merk, kib, nopol FROM aset WHERE id=? AND deleted_at IS NULL", r.AsetID).Scan(&code, &nama, &merk, &kib, &nopol)
		if err == sql.ErrNoRows || (err == nil && kib != "B") {
			return model.Invalid("kendaraan", fmt.Sprint(r.AsetID), "error.booking_not_vehicle")
		}
		if merk != "" { // "Toyota HiAce DB 1234 AB" says which car better than "Mini Bus"
			nama = merk
		}
		nama = strings.TrimSpace(nama + " " + nopol)
	case booking.JenisSopir:
		r.PlaceID, r.AsetID = 0, 0
		if r.Code == "" {
			var n int
			err = tx.QueryRow("SELECT count(*) FROM booking_resource WHERE jenis='sopir'").Scan(&n)
			code = fmt.Sprintf("SOPIR-%02d", n+1)
		}
	}
	if err != nil {
		return err
	}
	if r.Code == "" {
		r.Code = code
	}
	if r.Code == "" {
		return model.Invalid("code", "", "error.required")
	}
	if r.Nama == "" {
		r.Nama = nama
	}
	return nil
}

// SaveResource creates a resource (ID 0) or saves one read at r.Version.
// A new resource's name and code may be left empty: the room's or the
// vehicle's are taken.
func (s *Store) SaveResource(ctx context.Context, r *booking.Resource) error {
	r.Code = strings.TrimSpace(r.Code)
	if r.ID != 0 {
		return resourceEntity.update(ctx, s, r)
	}
	// create fills the code and name from the room or vehicle before
	// validating, so it cannot use entity.create (which validates first).
	saved := *r
	err := s.write(ctx, "create booking_resource", func(tx *sql.Tx) error {
		saved = *r
		if err := fillResourceTx(tx, &saved); err != nil {
			return err
		}
		if err := resourceEntity.validate(&saved); err != nil {
			return err
		}
		return resourceEntity.insert(ctx, s, tx, &saved, false)
	})
	if err == nil {
		*r = saved
	}
	return err
}

// ResourceFilter picks resources: of one kind (empty: all), whose name,
// code or category contains Text, inactive ones too when All.
type ResourceFilter struct {
	Jenis booking.Jenis
	Text  string
	All   bool
}

// Resources lists the resources by kind, then name.
func (s *Store) Resources(ctx context.Context, f ResourceFilter) ([]booking.Resource, error) {
	var out []booking.Resource
	err := s.read(ctx, "list resources", func(tx *sql.Tx) error {
		var err error
		out, err = resourcesTx(tx, f)
		return err
	})
	return out, err
}

func resourcesTx(tx *sql.Tx, f ResourceFilter) ([]booking.Resource, error) {
	where, args := []string{"deleted_at IS NULL"}, []any{}
	if f.Jenis != "" {
		where, args = append(where, "jenis=?"), append(args, string(f.Jenis))
	}
	if !f.All {
		where = append(where, "aktif=1")
	}
	if t := strings.TrimSpace(f.Text); t != "" {
		like := "%" + t + "%"
		where, args = append(where, "(nama LIKE ? OR code LIKE ? OR kategori LIKE ?)"), append(args, like, like, like)
	}
	return queryAll(tx, scanResource, "SELECT "+resourceCols+" FROM booking_resource WHERE "+strings.Join(where, " AND ")+
		" ORDER BY CASE jenis WHEN 'ruang' THEN 0 WHEN 'kendaraan' THEN 1 ELSE 2 END, nama", args...)
}

// Resource reads one resource (not deleted).
func (s *Store) Resource(ctx context.Context, id int64) (booking.Resource, error) {
	return s.resourceWhere(ctx, "id=?", id)
}

// ResourceByCode reads the resource with a room's place code, a vehicle's
// A- code or a driver's code (any case).
func (s *Store) ResourceByCode(ctx context.Context, code string) (booking.Resource, error) {
	return s.resourceWhere(ctx, "code=? COLLATE NOCASE", strings.TrimSpace(code))
}

func (s *Store) resourceWhere(ctx context.Context, where string, arg any) (booking.Resource, error) {
	return readValue(ctx, s, "read resource", func(tx *sql.Tx) (booking.Resource, error) {
		return resourceWhereTx(tx, where, arg)
	})
}

func resourceWhereTx(tx *sql.Tx, where string, args ...any) (booking.Resource, error) {
	return queryOne(tx, scanResource, "SELECT "+resourceCols+" FROM booking_resource WHERE deleted_at IS NULL AND "+where, args...)
}

// SavePenutupan closes a resource for a period (ID 0 adds one; otherwise
// the closure is rewritten). Bookings already made stay: the clerk calls
// them; new ones touching the period are refused.
func (s *Store) SavePenutupan(ctx context.Context, p *booking.Penutupan) error {
	p.Alasan = strings.Join(strings.Fields(p.Alasan), " ")
	if err := p.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save penutupan", func(tx *sql.Tx) error {
		if _, err := resourceWhereTx(tx, "id=?", p.ResourceID); err != nil {
			return model.Invalid("resource", fmt.Sprint(p.ResourceID), "error.not_found")
		}
		var before any
		if p.ID == 0 {
			res, err := tx.Exec("INSERT INTO booking_penutupan(resource_id, dari, sampai, alasan, created_at, created_by) VALUES (?,?,?,?,?,?)",
				p.ResourceID, wallText(p.Dari), wallText(p.Sampai), p.Alasan, fmtTime(s.now()), s.Actor().Label())
			if err != nil {
				return err
			}
			p.ID, _ = res.LastInsertId()
		} else {
			old, err := penutupanTx(tx, p.ID)
			if err != nil {
				return err
			}
			before = old
			if _, err := tx.Exec("UPDATE booking_penutupan SET resource_id=?, dari=?, sampai=?, alasan=? WHERE id=?",
				p.ResourceID, wallText(p.Dari), wallText(p.Sampai), p.Alasan, p.ID); err != nil {
				return err
			}
		}
		return s.audit(tx, "booking_penutupan", p.ID, ActUpdate, before, *p)
	})
}

// DeletePenutupan reopens a resource: the closure is marked deleted.
func (s *Store) DeletePenutupan(ctx context.Context, id int64) error {
	return s.write(ctx, "delete penutupan", func(tx *sql.Tx) error {
		old, err := penutupanTx(tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE booking_penutupan SET deleted_at=? WHERE id=?", fmtTime(s.now()), id); err != nil {
			return err
		}
		return s.audit(tx, "booking_penutupan", id, ActDelete, old, nil)
	})
}

func penutupanTx(tx *sql.Tx, id int64) (booking.Penutupan, error) {
	list, err := penutupansTx(tx, "id=?", id)
	if err == nil && len(list) == 0 {
		err = model.ErrNotFound
	}
	if err != nil {
		return booking.Penutupan{}, err
	}
	return list[0], nil
}

// Penutupans lists a resource's closures, earliest first.
func (s *Store) Penutupans(ctx context.Context, resourceID int64) ([]booking.Penutupan, error) {
	var out []booking.Penutupan
	err := s.read(ctx, "list penutupan", func(tx *sql.Tx) error {
		var err error
		out, err = penutupansTx(tx, "resource_id=?", resourceID)
		return err
	})
	return out, err
}

func penutupansTx(tx *sql.Tx, where string, args ...any) ([]booking.Penutupan, error) {
	return queryAll(tx, scanPenutupan, "SELECT id, resource_id, dari, sampai, alasan FROM booking_penutupan WHERE deleted_at IS NULL AND "+
		where+" ORDER BY dari", args...)
}

func scanPenutupan(row scanRow) (booking.Penutupan, error) {
	var p booking.Penutupan
	var dari, sampai string
	err := row.Scan(&p.ID, &p.ResourceID, &dari, &sampai, &p.Alasan)
	p.Dari, p.Sampai = parseWall(dari), parseWall(sampai)
	return p, err
}

// keyBookingApprovers holds the named approvers of bookings, as JSON.
const keyBookingApprovers = "booking_approvers"

// Approvers lists who may approve a booking request without the admin PIN.
func (s *Store) Approvers(ctx context.Context) ([]model.Signer, error) {
	var out []model.Signer
	err := s.read(ctx, "read approvers", func(tx *sql.Tx) error {
		var err error
		out, err = approversTx(tx)
		return err
	})
	return out, err
}

func approversTx(tx *sql.Tx) ([]model.Signer, error) {
	var v string
	if err := getSetting(tx, keyBookingApprovers, &v); err != nil || v == "" {
		return nil, err
	}
	var out []model.Signer
	if err := json.Unmarshal([]byte(v), &out); err != nil {
		return nil, fmt.Errorf("read approvers: %w", err)
	}
	return out, nil
}

// SetApprovers saves the named approvers for every PC (admin PIN required).
func (s *Store) SetApprovers(ctx context.Context, list []model.Signer, pin string) error {
	var keep []model.Signer
	for _, a := range list {
		if err := a.Validate("approver", "nip"); err != nil {
			return err
		}
		if a.Nama != "" {
			keep = append(keep, a)
		}
	}
	return s.write(ctx, "save approvers", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		return s.putSetting(tx, keyBookingApprovers, jsonText(keep), keep)
	})
}
