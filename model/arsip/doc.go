// Package arsip is the archive domain in plain Go: files (berkas) and their
// items, boxes, the classification scheme with its retention (JRA), loans,
// categories, and the official words the lists and registers use. It builds
// on the kernel in package model (actor, meta, errors, codes, places) and,
// like it, knows no SQL, no Fyne and no files.
package arsip
