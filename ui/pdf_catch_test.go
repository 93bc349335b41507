package ui

import (
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// pdfCatcher stands in for the PDF viewer: the papers the app lays out
// land in a temp folder, what the app asks to open is noted, and a paper
// is read back with pdftotext as a clerk would read it.
type pdfCatcher struct {
	dir    string
	opened []string
}

// catchPDFs skips the test where pdftotext is missing, else puts the
// app's temporary PDFs in a fresh folder and catches their opening until
// the test ends.
func catchPDFs(t *testing.T) *pdfCatcher {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	c := &pdfCatcher{dir: t.TempDir()}
	t.Setenv("TMPDIR", c.dir)
	old := openURL
	t.Cleanup(func() { openURL = old })
	openURL = func(_ fyne.App, u *url.URL) error { c.opened = append(c.opened, u.Path); return nil }
	return c
}

// text is the text of the one paper named like pattern, which must be
// the one the app opened; what names it in the failure.
func (c *pdfCatcher) text(t *testing.T, pattern, what string) string {
	t.Helper()
	pdfs, _ := filepath.Glob(filepath.Join(c.dir, pattern))
	if len(pdfs) != 1 || len(c.opened) != 1 || !strings.HasSuffix(c.opened[0], filepath.Base(pdfs[0])) {
		t.Fatalf("%s PDFs %v, opened %v", what, pdfs, c.opened)
	}
	out, err := exec.Command("pdftotext", "-layout", pdfs[0], "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// wantIn fails the test for each of wants the paper's text lacks.
func wantIn(t *testing.T, text, what string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(text, want) {
			t.Errorf("the %s lacks %q:\n%s", what, want, text)
		}
	}
}
