package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"rapi/assets"
	"rapi/model/rapat"
)

// The meetings' shared settings (the kinds of meeting, the time zone
// word) and the seed: the kinds and three templates from
// assets/seed/rapat_templates.json, put in once by the migration and
// edited by the clerks after.

const (
	keyRapatJenis = "rapat_jenis"
	keyRapatZona  = "rapat_zona"
)

func cleanText(s string) string { return strings.Join(strings.Fields(s), " ") }

// RapatJenis lists the kinds of meeting the clerks choose from.
func (s *Store) RapatJenis(ctx context.Context) ([]string, error) {
	var out []string
	err := s.read(ctx, "read rapat jenis", func(tx *sql.Tx) error {
		var v string
		if err := getSetting(tx, keyRapatJenis, &v); err != nil || v == "" {
			return err
		}
		return json.Unmarshal([]byte(v), &out)
	})
	return out, err
}

// SetRapatJenis replaces the list of kinds (tidied, duplicates dropped).
// Meetings keep the kind they were given.
func (s *Store) SetRapatJenis(ctx context.Context, names []string) error {
	clean := cleanNames(names)
	return s.write(ctx, "set rapat jenis", func(tx *sql.Tx) error {
		return s.putSetting(tx, keyRapatJenis, jsonText(clean), clean)
	})
}

// cleanNames tidies a list of names typed by clerks, dropping empty ones
// and repeats in any case.
func cleanNames(in []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, n := range in {
		n = cleanText(n)
		if k := strings.ToLower(n); n != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// RapatZona is the time zone word printed after meeting times (WIB until set).
func (s *Store) RapatZona(ctx context.Context) (rapat.Zona, error) {
	var z rapat.Zona
	err := s.read(ctx, "read rapat zona", func(tx *sql.Tx) error { return rapatZonaTx(tx, &z) })
	return z, err
}

func rapatZonaTx(tx *sql.Tx, z *rapat.Zona) error {
	var v string
	if err := getSetting(tx, keyRapatZona, &v); err != nil {
		return err
	}
	var err error
	*z, err = rapat.ParseZona(v)
	return err
}

// SetRapatZona sets the office's time zone word; new meetings take it.
func (s *Store) SetRapatZona(ctx context.Context, z rapat.Zona) error {
	z, err := rapat.ParseZona(string(z))
	if err != nil {
		return err
	}
	return s.write(ctx, "set rapat zona", func(tx *sql.Tx) error {
		return s.putSetting(tx, keyRapatZona, string(z), string(z))
	})
}

// rapatSeed is assets/seed/rapat_templates.json: durations in whole
// minutes and due dates from the phase, so the file stays easy to edit.
type rapatSeed struct {
	Jenis     []string `json:"jenis"`
	Templates []struct {
		Nama  string `json:"nama"`
		Jenis string `json:"jenis"`
		Tugas []struct {
			Fase       rapat.Fase `json:"fase"`
			Uraian     string     `json:"uraian"`
			Petugas    string     `json:"petugas"`
			Jumlah     int        `json:"jumlah"`
			PerPeserta bool       `json:"per_peserta"`
			Satuan     string     `json:"satuan"`
		} `json:"tugas"`
		Susunan []struct {
			Uraian  string `json:"uraian"`
			Menit   int    `json:"menit"`
			Petugas string `json:"petugas"`
		} `json:"susunan"`
	} `json:"templates"`
}

// SeedRapatTemplates reads the kinds and templates shipped with Rapi.
func SeedRapatTemplates() ([]string, []rapat.Template, error) {
	b, err := assets.Seed.ReadFile("seed/rapat_templates.json")
	if err != nil {
		return nil, nil, err
	}
	var seed rapatSeed
	if err := json.Unmarshal(b, &seed); err != nil {
		return nil, nil, fmt.Errorf("seed rapat templates: %w", err)
	}
	var out []rapat.Template
	for _, st := range seed.Templates {
		t := rapat.Template{Nama: st.Nama, Jenis: st.Jenis}
		for _, g := range st.Tugas {
			t.Tugas = append(t.Tugas, rapat.Tugas{Fase: g.Fase, Uraian: g.Uraian, Petugas: g.Petugas, Jumlah: g.Jumlah,
				PerPeserta: g.PerPeserta, Satuan: g.Satuan})
		}
		for _, it := range st.Susunan {
			t.Susunan = append(t.Susunan, rapat.SusunanItem{Uraian: it.Uraian, Durasi: time.Duration(it.Menit) * time.Minute, Petugas: it.Petugas})
		}
		if err := validateRapatTemplate(&t); err != nil {
			return nil, nil, fmt.Errorf("seed rapat template %q: %w", t.Nama, err)
		}
		out = append(out, t)
	}
	return seed.Jenis, out, nil
}

func init() {
	seedSteps[rapatSchema] = func(s *Store, tx *sql.Tx) error { return s.seedRapat(tx) }
}

func (s *Store) seedRapat(tx *sql.Tx) error {
	jenis, templates, err := SeedRapatTemplates()
	if err != nil {
		return err
	}
	if _, err := tx.Exec("INSERT INTO setting(key, value) VALUES (?,?) ON CONFLICT(key) DO NOTHING", keyRapatJenis, jsonText(jenis)); err != nil {
		return err
	}
	now := fmtTime(s.now())
	for _, t := range templates {
		if _, err := tx.Exec(`INSERT INTO rapat_template(nama, jenis, tugas, susunan, created_at, created_by, updated_at, updated_by)
			VALUES (?,?,?,?,?,'seed',?,'seed')`, t.Nama, t.Jenis, jsonText(t.Tugas), jsonText(t.Susunan), now, now); err != nil {
			return err
		}
	}
	return nil
}
