package ui

import (
	"encoding/json"
	"fmt"
	"io/fs"
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

// Messages merges every "feature.code.json" translation file into one map.
func Messages(code string) (map[string]string, error) {
	files, err := fs.Glob(assets.Translations, "translations/*."+code+".json")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no translations for language %q", code)
	}
	all := map[string]string{}
	for _, f := range files {
		b, err := fs.ReadFile(assets.Translations, f)
		if err != nil {
			return nil, err
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for k, v := range m {
			if _, dup := all[k]; dup {
				return nil, fmt.Errorf("%s: key %q defined twice", f, k)
			}
			all[k] = v
		}
	}
	return all, nil
}

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
