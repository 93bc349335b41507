package storage

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"rapi/assets"
)

// Every field and reason the meetings' errors name has id and en text, so
// a clerk never sees a key.
func TestRapatErrorsAreTranslated(t *testing.T) {
	assertErrorsTranslated(t, regexp.MustCompile(`"(error\.[a-z_]+)"`), "rapat*.go", "../model/rapat/*.go")
}

// assertErrorsTranslated checks that the reasons (matched by reason) and
// the fields of model.Invalid written in the files of globs have text in
// Indonesian and English.
func assertErrorsTranslated(t *testing.T, reason *regexp.Regexp, globs ...string) {
	t.Helper()
	fieldRe := regexp.MustCompile(`Invalid\("([a-z_]+)"`)
	keys := map[string]bool{}
	for _, g := range globs {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			if strings.HasSuffix(f, "_words_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			must(t, err)
			for _, m := range reason.FindAllStringSubmatch(string(b), -1) {
				keys[m[1]] = true
			}
			for _, m := range fieldRe.FindAllStringSubmatch(string(b), -1) {
				keys["field."+m[1]] = true
			}
		}
	}
	if len(keys) < 20 {
		t.Fatalf("only %d keys found: the scan is broken", len(keys))
	}
	for _, lang := range []string{"id", "en"} {
		msgs, err := assets.Messages(lang)
		must(t, err)
		for k := range keys {
			if msgs[k] == "" {
				t.Errorf("%s: no %s text for %q", lang, lang, k)
			}
		}
	}
}
