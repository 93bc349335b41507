package storage

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"rapi/assets"
)

// Every reason and field an asset error can carry reads in Indonesian and
// English: a clerk never sees a raw key such as "error.aset_nopol".
func TestAsetErrorsAreTranslated(t *testing.T) {
	files, _ := filepath.Glob("aset*.go")
	more, _ := filepath.Glob("../model/aset/*.go")
	reason := regexp.MustCompile(`"(error\.aset_[a-z_]+)"`)
	fieldRe := regexp.MustCompile(`Invalid\("([a-z_]+)"`)
	keys := map[string]bool{}
	for _, f := range append(files, more...) {
		if filepath.Base(f) == "aset_words_test.go" {
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
