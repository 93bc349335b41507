package storage

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"strings"

	"rapi/model"
	lbl "rapi/model/label"
)

// StoredTemplate is a label template a clerk added, shared by every PC
// on the database. Built-in templates (lbl.Builtins) are not stored and
// cannot be changed; a clerk copies one under a new name instead.
type StoredTemplate struct {
	model.Meta
	lbl.Template
}

// Reasons (translation keys) for refusing a template.
const (
	ReasonTemplateBuiltin = "print.error.builtin_name"
	ReasonTemplateTaken   = "print.error.name_taken"
)

const templateCols = metaCols + `, name, note, paper, page_width, page_height, label_width, label_height, radius,
	cols, nrows, left_mm, top_mm, hpitch, vpitch`

func scanTemplate(row interface{ Scan(...any) error }) (StoredTemplate, error) {
	var t StoredTemplate
	ms := newMetaScan(&t.Meta)
	var paper string
	err := row.Scan(append(ms.dest(), &t.Name, &t.Note, &paper, &t.PageWidth, &t.PageHeight, &t.LabelWidth,
		&t.LabelHeight, &t.Radius, &t.Columns, &t.Rows, &t.Left, &t.Top, &t.HPitch, &t.VPitch)...)
	ms.finish()
	t.Paper = lbl.Paper(paper)
	return t, err
}

// templateEntity is the label_template table as a versioned entity; a
// name is unique among the templates not in the bin.
var templateEntity = &entity[StoredTemplate]{
	table: "label_template",
	cols: []string{"name", "note", "paper", "page_width", "page_height", "label_width", "label_height", "radius",
		"cols", "nrows", "left_mm", "top_mm", "hpitch", "vpitch"},
	values: func(t *StoredTemplate) []any { return templateArgs(t.Template) },
	load: func(tx *sql.Tx, id int64) (StoredTemplate, error) {
		return scanTemplate(tx.QueryRow("SELECT "+templateCols+" FROM label_template WHERE id=?", id))
	},
	meta:     func(t *StoredTemplate) *model.Meta { return &t.Meta },
	validate: func(t *StoredTemplate) error { return checkTemplate(&t.Template) },
	unique: func(err error, t *StoredTemplate) error {
		if isUnique(err, "label_template.name") {
			return model.Invalid("Name", t.Name, ReasonTemplateTaken)
		}
		return nil
	},
}

// checkTemplate validates t and refuses a built-in's name, so a name
// always picks exactly one template.
func checkTemplate(t *lbl.Template) error {
	t.Name = strings.TrimSpace(t.Name)
	t.Note = strings.TrimSpace(t.Note)
	if err := t.Validate(); err != nil {
		return err
	}
	for _, b := range lbl.Builtins() {
		if strings.EqualFold(b.Name, t.Name) {
			return model.Invalid("Name", t.Name, ReasonTemplateBuiltin)
		}
	}
	return nil
}

func templateArgs(t lbl.Template) []any {
	return []any{t.Name, t.Note, string(t.Paper), t.PageWidth, t.PageHeight, t.LabelWidth, t.LabelHeight, t.Radius,
		t.Columns, t.Rows, t.Left, t.Top, t.HPitch, t.VPitch}
}

// CreateTemplate saves a new template and fills in its id and meta.
func (s *Store) CreateTemplate(ctx context.Context, t *StoredTemplate) error {
	return templateEntity.create(ctx, s, t)
}

// UpdateTemplate saves changes to a template read at t.Version. If someone
// else saved it since, the error is a *model.ConflictError.
func (s *Store) UpdateTemplate(ctx context.Context, t *StoredTemplate) error {
	return templateEntity.update(ctx, s, t)
}

// DeleteTemplate moves a template read at version into the bin.
func (s *Store) DeleteTemplate(ctx context.Context, id, version int64) error {
	return templateEntity.remove(ctx, s, id, version)
}

// RestoreTemplate takes a template out of the bin. It fails as a name
// conflict if a template of the same name was saved meanwhile.
func (s *Store) RestoreTemplate(ctx context.Context, id int64) error {
	err := templateEntity.restore(ctx, s, id)
	if isUnique(err, "label_template.name") {
		return model.Invalid("Name", "", ReasonTemplateTaken)
	}
	return err
}

// Templates lists the stored templates not in the bin, by name.
func (s *Store) Templates(ctx context.Context) ([]StoredTemplate, error) {
	var out []StoredTemplate
	err := s.read(ctx, "list label templates", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+templateCols+" FROM label_template WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			t, err := scanTemplate(rows)
			if err != nil {
				return err
			}
			out = append(out, t)
		}
		return rows.Err()
	})
	return out, err
}

// AllTemplates is every template a clerk can pick: the built-ins first,
// then the stored ones by name.
func (s *Store) AllTemplates(ctx context.Context) ([]lbl.Template, error) {
	stored, err := s.Templates(ctx)
	if err != nil {
		return nil, err
	}
	out := lbl.Builtins()
	for _, t := range stored {
		out = append(out, t.Template)
	}
	return out, nil
}

// FindTemplate returns the built-in or stored template with that name
// (case-insensitive); model.ErrNotFound if there is none.
func (s *Store) FindTemplate(ctx context.Context, name string) (lbl.Template, error) {
	all, err := s.AllTemplates(ctx)
	if err != nil {
		return lbl.Template{}, err
	}
	name = strings.TrimSpace(name)
	for _, t := range all {
		if strings.EqualFold(t.Name, name) {
			return t, nil
		}
	}
	return lbl.Template{}, fmt.Errorf("label template %q: %w", name, model.ErrNotFound)
}

// ImportResult says what an import did.
type ImportResult struct {
	Added   []string // names of the new templates
	Skipped []string // names already taken (built-in or stored), left as they were
}

// ImportGLabels reads a gLabels 3 template file and stores its
// rectangular templates in one transaction. Templates whose name is taken
// are skipped, so importing the same file twice changes nothing.
func (s *Store) ImportGLabels(ctx context.Context, r io.Reader) (ImportResult, error) {
	ts, err := lbl.ParseGLabels(r)
	if err != nil {
		return ImportResult{}, err
	}
	return s.ImportTemplates(ctx, ts)
}

// ImportTemplates stores templates in one transaction, skipping taken names.
func (s *Store) ImportTemplates(ctx context.Context, ts []lbl.Template) (ImportResult, error) {
	for i := range ts {
		if err := ts[i].Validate(); err != nil {
			return ImportResult{}, fmt.Errorf("template %q: %w", ts[i].Name, err)
		}
	}
	var res ImportResult
	err := s.write(ctx, "import label templates", func(tx *sql.Tx) error {
		res = ImportResult{}
		for _, t := range ts {
			st := StoredTemplate{Template: t}
			err := templateEntity.validate(&st)
			if err == nil {
				err = templateEntity.insert(ctx, s, tx, &st, false)
			}
			if ie, ok := model.AsInvalid(err); ok && (ie.Reason == ReasonTemplateBuiltin || ie.Reason == ReasonTemplateTaken) {
				res.Skipped = append(res.Skipped, st.Name)
				continue
			}
			if err != nil {
				return err
			}
			res.Added = append(res.Added, st.Name)
		}
		return nil
	})
	return res, err
}
