package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"rapi/model"
)

// Keys of the shared settings every PC on the database sees.
const (
	keyInstitution = "institution"
	keyAdminPIN    = "admin_pin"
)

// Setting reads one shared setting; a missing key gives "".
func (s *Store) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := s.read(ctx, "read setting", func(tx *sql.Tx) error {
		return getSetting(tx, key, &v)
	})
	return v, err
}

func getSetting(tx *sql.Tx, key string, v *string) error {
	err := tx.QueryRow("SELECT value FROM setting WHERE key=?", key).Scan(v)
	if err == sql.ErrNoRows {
		*v = ""
		return nil
	}
	return err
}

func (s *Store) putSetting(tx *sql.Tx, key, value string, auditValue any) error {
	var before string
	if err := getSetting(tx, key, &before); err != nil {
		return err
	}
	if _, err := tx.Exec("INSERT INTO setting(key, value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value", key, value); err != nil {
		return err
	}
	if auditValue == nil { // secrets are audited as changed, not shown
		return s.audit(tx, "setting:"+key, 0, ActSetting, nil, nil)
	}
	return s.audit(tx, "setting:"+key, 0, ActSetting, before, auditValue)
}

// requireAdmin checks the admin PIN inside a transaction. While no PIN
// has been set, everything is allowed: the first clerk sets it up.
func (s *Store) requireAdmin(tx *sql.Tx, pin string) error {
	var hash string
	if err := getSetting(tx, keyAdminPIN, &hash); err != nil {
		return err
	}
	if hash != "" && !model.CheckPIN(hash, pin) {
		return model.ErrPIN
	}
	return nil
}

// HasAdminPIN reports whether an admin PIN guards this database.
func (s *Store) HasAdminPIN(ctx context.Context) (bool, error) {
	h, err := s.Setting(ctx, keyAdminPIN)
	return h != "", err
}

// CheckAdminPIN reports whether pin opens admin actions.
func (s *Store) CheckAdminPIN(ctx context.Context, pin string) error {
	return s.read(ctx, "check admin PIN", func(tx *sql.Tx) error { return s.requireAdmin(tx, pin) })
}

// SetAdminPIN replaces the admin PIN; oldPIN must match the current one.
func (s *Store) SetAdminPIN(ctx context.Context, oldPIN, newPIN string) error {
	hash, err := model.HashPIN(newPIN)
	if err != nil {
		return err
	}
	return s.write(ctx, "set admin PIN", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, oldPIN); err != nil {
			return err
		}
		return s.putSetting(tx, keyAdminPIN, hash, nil)
	})
}

// Institution reads the header printed on forms.
func (s *Store) Institution(ctx context.Context) (model.Institution, error) {
	var inst model.Institution
	v, err := s.Setting(ctx, keyInstitution)
	if err != nil || v == "" {
		return inst, err
	}
	if err := json.Unmarshal([]byte(v), &inst); err != nil {
		return inst, fmt.Errorf("read institution: %w", err)
	}
	return inst, nil
}

// SetInstitution saves the header for every PC (admin PIN required).
func (s *Store) SetInstitution(ctx context.Context, inst model.Institution, pin string) error {
	b, err := json.Marshal(inst)
	if err != nil {
		return err
	}
	return s.write(ctx, "save institution", func(tx *sql.Tx) error {
		if err := s.requireAdmin(tx, pin); err != nil {
			return err
		}
		return s.putSetting(tx, keyInstitution, string(b), inst)
	})
}
