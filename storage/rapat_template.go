package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"rapi/model"
	"rapi/model/rapat"
)

// Checklist and run-down templates per kind of meeting, edited by the
// clerks; the tasks and the run-down are JSON lists in their row.

const rapatTemplateCols = metaCols + ", nama, jenis, tugas, susunan"

func scanRapatTemplate(row interface{ Scan(...any) error }) (rapat.Template, error) {
	var t rapat.Template
	var tugas, susunan string
	ms := newMetaScan(&t.Meta)
	err := row.Scan(append(ms.dest(), &t.Nama, &t.Jenis, &tugas, &susunan)...)
	ms.finish()
	if err != nil {
		return t, err
	}
	if err := json.Unmarshal([]byte(tugas), &t.Tugas); err != nil {
		return t, fmt.Errorf("rapat template %d tugas: %w", t.ID, err)
	}
	if err := json.Unmarshal([]byte(susunan), &t.Susunan); err != nil {
		return t, fmt.Errorf("rapat template %d susunan: %w", t.ID, err)
	}
	return t, nil
}

func jsonText(v any) string {
	b, _ := json.Marshal(v) // plain structs: Marshal cannot fail
	return string(b)
}

var rapatTemplateEntity = &entity[rapat.Template]{
	table:  "rapat_template",
	cols:   []string{"nama", "jenis", "tugas", "susunan"},
	values: func(t *rapat.Template) []any { return []any{t.Nama, t.Jenis, jsonText(t.Tugas), jsonText(t.Susunan)} },
	load: func(tx *sql.Tx, id int64) (rapat.Template, error) {
		return scanRapatTemplate(tx.QueryRow("SELECT "+rapatTemplateCols+" FROM rapat_template WHERE id=?", id))
	},
	meta:     func(t *rapat.Template) *model.Meta { return &t.Meta },
	validate: validateRapatTemplate,
}

// validateRapatTemplate tidies a template and checks its name, tasks and run-down.
func validateRapatTemplate(t *rapat.Template) error {
	t.Nama = cleanText(t.Nama)
	t.Jenis = cleanText(t.Jenis)
	if t.Nama == "" {
		return model.Invalid("nama", "", "error.required")
	}
	for i := range t.Tugas {
		t.Tugas[i].Normalize()
		if err := t.Tugas[i].Validate(); err != nil {
			return err
		}
	}
	return validateSusunan(t.Susunan)
}

func validateSusunan(items []rapat.SusunanItem) error {
	for i := range items {
		if err := items[i].Validate(); err != nil {
			return err
		}
		items[i].Urutan = i + 1
	}
	return nil
}

// RapatTemplates lists the templates (not in the bin), by name.
func (s *Store) RapatTemplates(ctx context.Context) ([]rapat.Template, error) {
	var out []rapat.Template
	err := s.read(ctx, "list rapat templates", func(tx *sql.Tx) error {
		rows, err := tx.Query("SELECT " + rapatTemplateCols + " FROM rapat_template WHERE deleted_at IS NULL ORDER BY nama, id")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			t, err := scanRapatTemplate(rows)
			if err != nil {
				return err
			}
			out = append(out, t)
		}
		return rows.Err()
	})
	return out, err
}

// SaveRapatTemplate creates a template (ID 0) or saves one read at
// t.Version. Meetings made from it earlier keep their own checklist.
func (s *Store) SaveRapatTemplate(ctx context.Context, t *rapat.Template) error {
	if t.ID == 0 {
		return rapatTemplateEntity.create(ctx, s, t)
	}
	return rapatTemplateEntity.update(ctx, s, t)
}

// DeleteRapatTemplate moves a template read at version into the bin.
func (s *Store) DeleteRapatTemplate(ctx context.Context, id, version int64) error {
	return rapatTemplateEntity.remove(ctx, s, id, version)
}
