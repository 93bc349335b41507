package main

import (
	"bytes"
	"os"
	"strings"
	"text/template"

	"rapi/assets"
	"rapi/model"
)

// explain is err in the words the app uses: a rule a record broke
// (model.Invalid, whose Reason is a message key) or a conflict reads in
// Indonesian, or in English when RAPI_LANG=en; for the rules an admin
// running a command meets, what to do follows. Other errors keep their
// text (paths, SQLite messages), which is what an admin needs.
func explain(err error) string {
	msgs, lerr := assets.Messages(ctlLanguage())
	if lerr != nil {
		return err.Error()
	}
	if ie, ok := model.AsInvalid(err); ok {
		text := fill(msgs, "error.invalid_field", map[string]any{
			"Field": msgOr(msgs, "field."+ie.Field, ie.Field), "Value": ie.Value, "Reason": msgOr(msgs, ie.Reason, ie.Reason),
		})
		if hint, ok := msgs["dayone.ctl.hint."+strings.TrimPrefix(ie.Reason, "error.")]; ok {
			text += "\n" + hint
		}
		return text
	}
	if ce, ok := model.AsConflict(err); ok {
		return fill(msgs, "error.conflict", map[string]any{"By": ce.By, "At": model.FormatDateTime(ce.At.Local())})
	}
	return err.Error()
}

// ctlLanguage is RAPI_LANG when it names a language Rapi speaks, else Indonesian.
func ctlLanguage() string {
	if strings.HasPrefix(strings.ToLower(os.Getenv("RAPI_LANG")), "en") {
		return "en"
	}
	return "id"
}

func msgOr(msgs map[string]string, key, fallback string) string {
	if m, ok := msgs[key]; ok {
		return m
	}
	return fallback
}

// fill is the message key with data filled in, as lang.L does in the app.
func fill(msgs map[string]string, key string, data map[string]any) string {
	t, err := template.New(key).Parse(msgOr(msgs, key, key))
	if err != nil {
		return msgOr(msgs, key, key)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return msgOr(msgs, key, key)
	}
	return b.String()
}
