package storage

import (
	"regexp"
	"testing"
)

// Every reason and field an asset error can carry reads in Indonesian and
// English: a clerk never sees a raw key such as "error.aset_nopol".
func TestAsetErrorsAreTranslated(t *testing.T) {
	assertErrorsTranslated(t, regexp.MustCompile(`"(error\.aset_[a-z_]+)"`), "aset*.go", "../model/aset/*.go")
}
