package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"rapi/model"
)

// keyKodeLokasi is the institution's kode lokasi, printed on every KIB,
// KIR and asset sticker (above the kode barang and register).
const keyKodeLokasi = "aset_kode_lokasi"

// KodeLokasi reads the institution's kode lokasi ("" until an admin sets it).
func (s *Store) KodeLokasi(ctx context.Context) (string, error) {
	return s.Setting(ctx, keyKodeLokasi)
}

// SetKodeLokasi saves the kode lokasi for every PC (admin PIN required).
// It is digits, dots and spaces as the province numbers its units
// ("12.01.01.03.01"), at most 40 characters.
func (s *Store) SetKodeLokasi(ctx context.Context, kode, pin string) error {
	kode = strings.Join(strings.Fields(kode), " ")
	if len(kode) > 40 || strings.Trim(kode, "0123456789. ") != "" {
		return model.Invalid("kode_lokasi", kode, "error.aset_kode_lokasi")
	}
	return s.write(ctx, "save kode lokasi", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		return s.putSetting(tx, keyKodeLokasi, kode, kode)
	})
}

// keyAsetSigners holds who sign the inventaris papers, as JSON.
const keyAsetSigners = "aset_signers"

// AsetSigners reads the Pengurus Barang and the head of the unit (both
// empty until an admin sets them: the papers then keep dotted lines).
func (s *Store) AsetSigners(ctx context.Context) (model.AsetSigners, error) {
	var out model.AsetSigners
	v, err := s.Setting(ctx, keyAsetSigners)
	if err != nil || v == "" {
		return out, err
	}
	if err := json.Unmarshal([]byte(v), &out); err != nil {
		return out, fmt.Errorf("read aset signers: %w", err)
	}
	return out, nil
}

// SetAsetSigners saves the signers for every PC (admin PIN required); a
// bad NIP is refused naming its field and nothing is saved.
func (s *Store) SetAsetSigners(ctx context.Context, sig model.AsetSigners, pin string) error {
	if err := sig.Validate(); err != nil {
		return err
	}
	b, err := json.Marshal(sig)
	if err != nil {
		return err
	}
	return s.write(ctx, "save aset signers", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		return s.putSetting(tx, keyAsetSigners, string(b), sig)
	})
}

// RuangPJ reads the penanggung jawab of room id and the room's version
// (for SetRuangPJ).
func (s *Store) RuangPJ(ctx context.Context, id int64) (model.Signer, int64, error) {
	var pj model.Signer
	var version int64
	err := s.read(ctx, "read penanggung jawab", func(tx *sql.Tx) error {
		var err error
		pj, version, err = ruangPJTx(tx, id)
		return err
	})
	return pj, version, err
}

func ruangPJTx(tx *sql.Tx, id int64) (model.Signer, int64, error) {
	var pj model.Signer
	var version int64
	err := tx.QueryRow("SELECT pj_nama, pj_nip, version FROM place WHERE id=? AND kind=? AND deleted_at IS NULL", id, model.PlaceRuang).
		Scan(&pj.Nama, &pj.NIP, &version)
	if err == sql.ErrNoRows {
		return pj, 0, model.ErrNotFound
	}
	return pj, version, err
}

// SetRuangPJ saves the penanggung jawab of room id, read at version (a
// *model.ConflictError when another PC changed the room since).
func (s *Store) SetRuangPJ(ctx context.Context, id, version int64, pj model.Signer) error {
	pj.Jabatan = "" // the KIR prints the room's title, not the person's
	if err := pj.Validate("pj_nama", "pj_nip"); err != nil {
		return err
	}
	return s.write(ctx, "save penanggung jawab", func(tx *sql.Tx) error {
		old, _, err := ruangPJTx(tx, id)
		if err != nil {
			return err
		}
		if err := checkVersion(tx, "place", id, version); err != nil {
			return err
		}
		_, err = tx.Exec("UPDATE place SET pj_nama=?, pj_nip=?, version=version+1, updated_at=?, updated_by=? WHERE id=?",
			pj.Nama, pj.NIP, fmtTime(s.now()), s.Actor().Label(), id)
		if err != nil {
			return err
		}
		return s.audit(tx, "place", id, ActUpdate, old, pj)
	})
}
