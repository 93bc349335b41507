package sheet

import (
	"strings"
	"text/template"
)

// Translator turns a translation key and its template data into text.
// In the GUI it wraps lang.L; NewTranslator builds one from a flat map
// (assets/translations/sheet.id.json) for the command line and tests.
type Translator func(key string, data map[string]any) string

// NewTranslator makes a Translator from key -> Go template text
// ("baris {{.Row}}"). Unknown keys come back as the key itself.
func NewTranslator(messages map[string]string) Translator {
	cache := map[string]*template.Template{}
	return func(key string, data map[string]any) string {
		msg, ok := messages[key]
		if !ok {
			return key
		}
		if !strings.Contains(msg, "{{") {
			return msg
		}
		t, ok := cache[key]
		if !ok {
			var err error
			if t, err = template.New(key).Parse(msg); err != nil {
				return msg
			}
			cache[key] = t
		}
		var b strings.Builder
		if err := t.Execute(&b, data); err != nil {
			return msg
		}
		return b.String()
	}
}

// Message keys used by Problem.Message.
const (
	msgProblem       = "sheet.problem"        // baris {{.Row}}, kolom "{{.Column}}": "{{.Value}}" {{.Reason}}
	msgProblemEmpty  = "sheet.problem.empty"  // baris {{.Row}}, kolom "{{.Column}}": {{.Reason}}
	msgProblemTable  = "sheet.problem.table"  // kolom "{{.Column}}": {{.Reason}}
	msgProblemNoRows = "sheet.problem.norows" // {{.Reason}}
)

// Reason is the translated reason alone ("bukan tanggal").
func (p Problem) ReasonText(tr Translator) string {
	return tr(p.Reason, map[string]any{"Other": p.Other, "Value": p.Value, "Column": p.Column})
}

// Message is the full sentence for the clerk, e.g.
// `baris 17, kolom "Tanggal": "31/02/2024" bukan tanggal`.
func (p Problem) Message(tr Translator) string {
	data := map[string]any{"Row": p.Row, "Column": p.Column, "Value": p.Value, "Reason": p.ReasonText(tr), "Other": p.Other}
	switch {
	case p.Row == 0 && p.Column == "":
		return tr(msgProblemNoRows, data)
	case p.Row == 0:
		return tr(msgProblemTable, data)
	case p.Value == "":
		return tr(msgProblemEmpty, data)
	}
	return tr(msgProblem, data)
}

// SkipMessage explains a skipped row ("baris 40 dilewati: baris jumlah").
func (s Skip) Message(tr Translator) string {
	return tr("sheet.skip", map[string]any{"Row": s.Row, "Reason": tr(s.Reason, nil), "Text": s.Text})
}
