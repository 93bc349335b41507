package storage

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"rapi/assets"
)

// Every field and reason the meetings' errors name has id and en text, so
// a clerk never sees a key.
func TestRapatErrorsAreTranslated(t *testing.T) {
	files, _ := filepath.Glob("rapat*.go")
	more, _ := filepath.Glob("../model/rapat/*.go")
	reason := regexp.MustCompile(`"(error\.[a-z_]+)"`)
	fieldRe := regexp.MustCompile(`Invalid\("([a-z_]+)"`)
	keys := map[string]bool{}
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		must(t, err)
		for _, m := range reason.FindAllStringSubmatch(string(b), -1) {
			keys[m[1]] = true
		}
		for _, m := range fieldRe.FindAllStringSubmatch(string(b), -1) {
			keys["field."+m[1]] = true
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
				t.Errorf("%s: no text for %q", lang, k)
			}
		}
	}
}
