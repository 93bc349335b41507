package storage

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"rapi/model/arsip"
)

// The filter line of an official list: a printed or exported list that
// keeps only some files says which, under its title, so a signed paper
// of 12 files is never read as the whole archive.

// FilterLine is the line under a list's title that says what f and the
// search text keep ("Filter: tahun 2020–2023 · unit pengolah Subbagian
// Umum · klasifikasi 000.1 · tempat Gedung B › Rak 3"), or "" when the
// list is not narrowed. The list's own status is not repeated.
func (s *Store) FilterLine(ctx context.Context, list ArsipList, text string, f BerkasFilter) (string, error) {
	var parts []string
	if t := strings.TrimSpace(text); t != "" {
		parts = append(parts, "pencarian “"+t+"”")
	}
	if f.Year != 0 {
		y := strconv.Itoa(f.Year)
		if f.YearTo > f.Year {
			y += "–" + strconv.Itoa(f.YearTo)
		}
		parts = append(parts, "tahun "+y)
	}
	if u := strings.TrimSpace(f.Unit); u != "" {
		parts = append(parts, "unit pengolah "+u)
	}
	if k := arsip.NormalizeKlasifikasiCode(f.KodePrefix); k != "" {
		parts = append(parts, "klasifikasi "+k)
	}
	if f.Status != "" && list == ListBerkas {
		parts = append(parts, "status "+f.Status.Official())
	}
	if f.Kategori != "" {
		parts = append(parts, "kategori "+f.Kategori)
	}
	if f.PlaceID != 0 {
		path, err := s.placePath(ctx, f.PlaceID)
		if err != nil {
			return "", err
		}
		parts = append(parts, "tempat "+path)
	}
	if f.BoksID != 0 {
		var nomor string
		err := s.read(ctx, "boks nomor", func(tx *sql.Tx) error {
			return tx.QueryRowContext(ctx, "SELECT nomor FROM boks WHERE id = ?", f.BoksID).Scan(&nomor)
		})
		if err != nil {
			return "", err
		}
		parts = append(parts, "boks "+nomor)
	}
	if len(parts) == 0 {
		return "", nil
	}
	return "Filter: " + strings.Join(parts, " · "), nil
}

// placePath is the full path of place id ("Gedung B › Rak 3").
func (s *Store) placePath(ctx context.Context, id int64) (string, error) {
	var path string
	err := s.read(ctx, "place path", func(tx *sql.Tx) error {
		paths, err := placePaths(ctx, tx)
		path = paths[id]
		return err
	})
	return path, err
}
