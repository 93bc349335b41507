//go:build !windows

package cetak

// canPrintDirectly: only Windows has a shell "print" verb Rapi can use.
const canPrintDirectly = false

// printFile opens the PDF in the default viewer, whose print button does
// the rest (there is no shell "print" verb outside Windows).
func (a *Cetak) printFile(path string) error { return a.openFile(path) }
