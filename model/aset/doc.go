// Package aset is the asset domain (Barang Milik Daerah) in plain Go: the
// kode barang of Permendagri 108/2016 with its KIB groups, one asset unit
// with the fields of its KIB card, conditions, statuses and ways of
// acquisition, the mutasi events that move an asset between rooms and
// holders, and the stock-taking (sensus) of a room as pure logic. Like
// package model it knows no SQL, no Fyne and no files.
package aset
