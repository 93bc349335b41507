//go:build windows

package cetak

import (
	"golang.org/x/sys/windows"
)

// canPrintDirectly: Windows hands a PDF to its default handler's "print" verb.
const canPrintDirectly = true

// printFile asks Windows to print path through the PDF handler's "print"
// verb (Acrobat Reader, Foxit, SumatraPDF ...). Without a handler that
// offers it, the file is opened instead so the clerk can print it there.
func (a *Cetak) printFile(path string) error {
	verb, _ := windows.UTF16PtrFromString("print")
	file, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return err
	}
	if err := windows.ShellExecute(0, verb, file, nil, nil, windows.SW_HIDE); err != nil {
		return a.openFile(path)
	}
	return nil
}
