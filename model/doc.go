// Package model is Rapi's domain in plain Go: records, their validation,
// codes and the Indonesian formats clerks read. It knows no SQL, no Fyne
// and no files, so every rule here can be tested on its own.
package model
