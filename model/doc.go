// Package model is the kernel of Rapi's domain in plain Go: actor, meta,
// errors, codes, places, institution, PIN and the Indonesian formats clerks
// read. Each domain (archives in model/arsip, later assets and meetings)
// builds on it in its own package. It knows no SQL, no Fyne
// and no files, so every rule here can be tested on its own.
package model
