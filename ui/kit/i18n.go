package kit

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"rapi/model"
)

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
