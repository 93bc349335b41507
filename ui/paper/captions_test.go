package paper

import (
	"encoding/json"
	"os"
	"testing"

	"rapi/model/label"
)

func readTranslations(t *testing.T, lang string) map[string]string {
	t.Helper()
	b, err := os.ReadFile("../../assets/translations/label." + lang + ".json")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("label.%s.json: %v", lang, err)
	}
	return m
}

// A clerk must see every key translated in both languages, and the
// Indonesian fallback printed without a translator must be the same text.
func TestTranslationsComplete(t *testing.T) {
	id, en := readTranslations(t, "id"), readTranslations(t, "en")
	for k := range id {
		if en[k] == "" {
			t.Errorf("%s missing in label.en.json", k)
		}
	}
	for k := range en {
		if id[k] == "" {
			t.Errorf("%s missing in label.id.json", k)
		}
	}
	for k, v := range captionsID {
		if id[k] != v {
			t.Errorf("%s: fallback %q, label.id.json %q", k, v, id[k])
		}
	}
	keys := []string{label.ReasonRequired, label.ReasonPositive, label.ReasonNegative, label.ReasonPaper,
		label.ReasonPitchSmall, label.ReasonTooWide, label.ReasonTooTall, label.ReasonRadius}
	for _, tpl := range label.Builtins() {
		keys = append(keys, tpl.Note)
	}
	for _, k := range keys {
		if id[k] == "" || en[k] == "" {
			t.Errorf("%s not translated", k)
		}
	}
}
