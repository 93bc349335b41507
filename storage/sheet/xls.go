package sheet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Excel 97-2003 (.xls) workbooks are still common in offices. No
// well-kept Go library reads them reliably (cells, dates, merges), so Rapi
// does not guess at them: it says how to convert them, and converts them
// with LibreOffice where it is installed.

// ErrXLS says the file is an Excel 97-2003 workbook (translation key MsgXLS).
var ErrXLS = errors.New("Excel 97-2003 workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx")

// MsgXLS is the clerk's explanation of ErrXLS (Path: the file).
const MsgXLS = "sheet.xls"

// IsXLS reports whether file is an Excel 97-2003 workbook: by its name, or
// by the OLE signature such files start with whatever they are called.
func IsXLS(file string) bool {
	if strings.EqualFold(filepath.Ext(file), ".xls") {
		return true
	}
	f, err := os.Open(file)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 8)
	n, _ := f.Read(head)
	return n == 8 && string(head) == "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
}

// CanConvertXLS reports whether LibreOffice is installed to convert .xls files.
func CanConvertXLS() bool {
	_, err := exec.LookPath("soffice")
	return err == nil
}

// ConvertXLS converts an .xls workbook to .xlsx next to it with
// LibreOffice (soffice --headless --convert-to xlsx) and returns the new
// file's path. The original is left as it was.
func ConvertXLS(ctx context.Context, file string) (string, error) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		return "", fmt.Errorf("LibreOffice (soffice) is not installed: %w", ErrXLS)
	}
	dir := filepath.Dir(file)
	profile, err := os.MkdirTemp("", "rapi-soffice-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	// A profile of its own: a LibreOffice the clerk has open does not block it.
	cmd := exec.CommandContext(ctx, soffice, "--headless", "-env:UserInstallation=file://"+filepath.ToSlash(profile),
		"--convert-to", "xlsx", "--outdir", dir, file)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("soffice: %v: %s", err, strings.TrimSpace(string(out)))
	}
	out := strings.TrimSuffix(file, filepath.Ext(file)) + ".xlsx"
	if _, err := os.Stat(out); err != nil {
		return "", fmt.Errorf("soffice wrote no %s: %w", filepath.Base(out), err)
	}
	return out, nil
}
