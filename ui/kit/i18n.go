package kit

import (
	"encoding/json"
	"strings"

	"fyne.io/fyne/v2/lang"

	"rapi/assets"
	"rapi/model"
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

// T translates key with optional template data; a shorthand kept for
// places where a message is chosen at run time (error reasons).
func T(key string, data ...any) string {
	if strings.TrimSpace(key) == "" {
		return ""
	}
	return lang.L(key, data...)
}

// Ln is lang.L for messages that carry data: whole numbers in it are
// written the Indonesian way ("1.285 berkas"), as every count a clerk
// reads must be. Other values pass through unchanged.
func Ln(key string, data map[string]any) string {
	shown := make(map[string]any, len(data))
	for k, v := range data {
		switch n := v.(type) {
		case int:
			shown[k] = model.FormatInt(int64(n))
		case int64:
			shown[k] = model.FormatInt(n)
		default:
			shown[k] = v
		}
	}
	return lang.L(key, shown)
}

// Translate is sheet's Translator over the app's messages: a workbook's
// problems read in the clerk's language.
func Translate(key string, data map[string]any) string {
	if data == nil {
		return lang.L(key)
	}
	return lang.L(key, data)
}

// MaxProblemsShown is how many problems an import's preview lists.
const MaxProblemsShown = 10
