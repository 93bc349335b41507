package storage

import (
	"context"
	"database/sql"
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
