package sheet

import (
	"strings"
	"testing"

	"rapi/model/value"
)

// Every reason and visible string has an Indonesian and an English text.
func TestTranslationsComplete(t *testing.T) {
	keys := append([]string{ReasonRequired, ReasonDuplicate, ReasonNoRows, ReasonNoHeader,
		SkipTotal, SkipSection, SkipHeaderAgain, SkipFooter, SkipNumbering, SkipAfterLast,
		msgProblem, msgProblemEmpty, msgProblemTable, msgProblemNoRows, "sheet.skip", WhyExact, WhySynonym, WhySimilar,
		WhyFallback, WhyValues, WhySaved, WhyGiven,
		"sheet.errors.reason_column", "sheet.errors.title"}, value.Reasons...)
	for _, lang := range []string{"id", "en"} {
		tr := loadTranslator(t, lang)
		for _, k := range keys {
			if got := tr(k, map[string]any{}); got == k || strings.TrimSpace(got) == "" {
				t.Errorf("%s: no text for %q", lang, k)
			}
		}
	}
}
