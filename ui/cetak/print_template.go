package cetak

import (
	"bytes"
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"rapi/model"
	"rapi/model/label"
	rstore "rapi/storage"
	"rapi/ui/kit"
)

// The label sheet editor: pick, edit, save, delete and import templates.

// tplField is one measurement of the template editor. Name is the
// label.Template field its validation errors name.
type tplField struct {
	name  string
	key   string // translation key of its label
	entry *kit.Entry
	int   bool
}

// loadTemplates reads the stored templates and selects want (or the first).
func (p *printPage) loadTemplates(want string) {
	s := p.app.Store()
	p.app.Go(func() {
		var stored []rstore.StoredTemplate
		var err error
		if s != nil {
			stored, err = s.Templates(context.Background())
		}
		p.app.Do(func() {
			if err != nil {
				p.app.ShowError(err)
			}
			p.templates = label.Builtins()
			p.stored = map[string]rstore.StoredTemplate{}
			for _, t := range stored {
				p.templates = append(p.templates, t.Template)
				p.stored[t.Name] = t
			}
			names := make([]string, len(p.templates))
			sel := 0
			for i, t := range p.templates {
				names[i] = t.Name
				if t.Name == want {
					sel = i
				}
			}
			p.picker.Options = names
			p.picker.SetSelectedIndex(sel) // fills the editor through onPick
		})
	})
}

func (p *printPage) onPick(name string) {
	for _, t := range p.templates {
		if t.Name == name {
			p.fill(t)
			return
		}
	}
}

// fill shows a template in the editor.
func (p *printPage) fill(t label.Template) {
	p.filling = true
	p.tplName.SetText(t.Name)
	p.tplNote.SetText(lang.L(t.Note))
	for i, pc := range paperChoices {
		if pc == t.Paper {
			p.paperSel.SetSelectedIndex(i)
		}
	}
	vals := map[string]float64{"PageWidth": t.PageWidth, "PageHeight": t.PageHeight, "LabelWidth": t.LabelWidth,
		"LabelHeight": t.LabelHeight, "Radius": t.Radius, "Columns": float64(t.Columns), "Rows": float64(t.Rows),
		"Left": t.Left, "Top": t.Top, "HPitch": t.HPitch, "VPitch": t.VPitch}
	for _, f := range p.fields {
		f.entry.SetText(fmtMM(vals[f.name]))
	}
	p.filling = false
	p.refreshPreview()
}

// fieldError names the field a clerk must correct, in their language.
type fieldError struct {
	label  string
	reason string
}

func (e *fieldError) Error() string { return e.label + ": " + e.reason }

func (p *printPage) fieldLabel(name string) string {
	switch name {
	case "Name":
		return lang.L("print.field.name")
	case "Paper":
		return lang.L("print.field.paper")
	}
	for _, f := range p.fields {
		if f.name == name {
			return lang.L(f.key)
		}
	}
	return name
}

// template reads the editor into a template, validated; a problem comes
// back as a *fieldError naming the field.
func (p *printPage) template() (label.Template, error) {
	t := label.Template{Name: strings.TrimSpace(p.tplName.Text), Note: strings.TrimSpace(p.tplNote.Text)}
	if i := p.paperSel.SelectedIndex(); i >= 0 {
		t.Paper = paperChoices[i]
	}
	if w, h, ok := label.PaperSize(t.Paper); ok {
		t.PageWidth, t.PageHeight = w, h
	}
	nums := map[string]*float64{"PageWidth": &t.PageWidth, "PageHeight": &t.PageHeight, "LabelWidth": &t.LabelWidth,
		"LabelHeight": &t.LabelHeight, "Radius": &t.Radius, "Left": &t.Left, "Top": &t.Top, "HPitch": &t.HPitch, "VPitch": &t.VPitch}
	for _, f := range p.fields {
		if (f.name == "PageWidth" || f.name == "PageHeight") && t.Paper != label.PaperCustom {
			continue
		}
		v, ok := parseNumber(f.entry.Text)
		if !ok {
			return t, &fieldError{lang.L(f.key), kit.Ln("print.error.number", map[string]any{"Value": f.entry.Text})}
		}
		if f.int {
			if v != float64(int(v)) {
				return t, &fieldError{lang.L(f.key), lang.L("print.error.whole")}
			}
			if f.name == "Columns" {
				t.Columns = int(v)
			} else {
				t.Rows = int(v)
			}
			continue
		}
		*nums[f.name] = v
	}
	if t.Paper == label.PaperRoll {
		t.Columns, t.Rows = 1, 1
	}
	if err := t.Validate(); err != nil {
		if ie, ok := model.AsInvalid(err); ok {
			return t, &fieldError{p.fieldLabel(ie.Field), kit.T(ie.Reason)}
		}
		return t, err
	}
	return t, nil
}

func (p *printPage) templateCard() fyne.CanvasObject {
	form := widget.NewForm(widget.NewFormItem(lang.L("print.field.template"), p.picker),
		widget.NewFormItem(lang.L("print.field.name"), p.tplName),
		widget.NewFormItem(lang.L("print.field.note"), p.tplNote),
		widget.NewFormItem(lang.L("print.field.paper"), p.paperSel))
	for _, f := range p.fields {
		form.Append(lang.L(f.key), f.entry)
	}
	save := widget.NewButton(lang.L("print.template.save"), p.onSaveTemplate)
	del := widget.NewButton(lang.L("print.template.delete"), p.onDeleteTemplate)
	imp := widget.NewButton(lang.L("print.template.import"), p.onImport)
	// The help is a wrapping label, not the card's subtitle: a subtitle
	// never wraps and would push the preview off a 1280-pixel screen.
	help := widget.NewLabel(lang.L("print.template_help"))
	help.Wrapping = fyne.TextWrapWord
	return widget.NewCard(lang.L("print.template"), "",
		container.NewVBox(help, form, container.NewHBox(save, del, imp)))
}

// onSaveTemplate saves the editor: changes to the stored template of that
// name, or a new template. A built-in's name is refused by storage, so a
// clerk copies a built-in by giving it a new name.
func (p *printPage) onSaveTemplate() {
	t, err := p.template()
	if err != nil {
		p.app.ShowError(err)
		return
	}
	s := p.app.Store()
	st, existing := p.stored[t.Name]
	st.Template = t
	p.app.Go(func() {
		var err error
		if existing {
			err = s.UpdateTemplate(context.Background(), &st)
		} else {
			err = s.CreateTemplate(context.Background(), &st)
		}
		p.app.Do(func() {
			if err != nil {
				p.showTemplateError(err)
				return
			}
			p.app.prefs().SetLastTemplate(st.Name)
			p.loadTemplates(st.Name)
			p.app.ShowInfo(lang.L("print.template"), kit.Ln("print.template.saved", map[string]any{"Name": st.Name}))
		})
	})
}

func (p *printPage) showTemplateError(err error) {
	if ie, ok := model.AsInvalid(err); ok {
		err = &fieldError{p.fieldLabel(ie.Field), kit.T(ie.Reason)}
		p.problem.SetText(err.Error())
	}
	p.app.ShowError(err)
}

func (p *printPage) onDeleteTemplate() {
	st, ok := p.stored[strings.TrimSpace(p.tplName.Text)]
	if !ok {
		p.app.ShowInfo(lang.L("print.template"), lang.L("print.template.builtin"))
		return
	}
	s := p.app.Store()
	dialog.ShowConfirm(lang.L("print.template.delete"), kit.Ln("print.template.delete_ask", map[string]any{"Name": st.Name}),
		func(yes bool) {
			if !yes {
				return
			}
			p.app.Go(func() {
				err := s.DeleteTemplate(context.Background(), st.ID, st.Version)
				p.app.Do(func() {
					if err != nil {
						p.app.ShowError(err)
						return
					}
					p.loadTemplates("")
				})
			})
		}, p.app.Window())
}

func (p *printPage) onImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			p.app.ShowError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(r); err != nil {
			p.app.ShowError(err)
			return
		}
		p.importGLabels(buf.Bytes())
	}, p.app.Window())
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xml", ".template"}))
	d.Show()
}

// importGLabels stores the templates of a gLabels file and reports what
// it added and skipped.
func (p *printPage) importGLabels(data []byte) {
	s := p.app.Store()
	p.app.Go(func() {
		res, err := s.ImportGLabels(context.Background(), bytes.NewReader(data))
		p.app.Do(func() {
			if err != nil {
				p.app.ShowError(err)
				return
			}
			want := ""
			if len(res.Added) > 0 {
				want = res.Added[0]
			}
			p.loadTemplates(want)
			p.app.ShowInfo(lang.L("print.template.import"), lang.L("print.template.imported",
				map[string]any{"Added": len(res.Added), "Skipped": len(res.Skipped)}))
		})
	})
}

// --- printer ---------------------------------------------------------------
