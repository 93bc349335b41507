package ui

import (
	"encoding/json"

	"fyne.io/fyne/v2/lang"

	"rapi/assets"
)

// Languages Rapi speaks, Indonesian first.
var Languages = []string{"id", "en"}

// SetLanguage makes code ("id" or "en") the language of every lang.L call.
//
// Fyne picks translations by matching the system locale, and a clerk's PC
// may well be set to English while the office wants Indonesian. So the
// chosen language's messages are registered under the system locale's own
// tag, which the matcher then picks exactly. Every key exists in both
// languages (a test checks), so switching replaces every message.
func SetLanguage(code string) error {
	msgs, err := Messages(code)
	if err != nil {
		return err
	}
	data, err := json.Marshal(msgs)
	if err != nil {
		return err
	}
	return lang.AddTranslationsForLocale(data, lang.SystemLocale())
}

// Messages is every message of language code (see assets.Messages).
func Messages(code string) (map[string]string, error) { return assets.Messages(code) }
