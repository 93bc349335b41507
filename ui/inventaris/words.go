package inventaris

import (
	"fyne.io/fyne/v2/lang"

	"rapi/model/aset"
)

// The register's words (kondisi, status, cara perolehan, KIB groups, kinds
// of mutasi) are official Indonesian terms, printed as such on the KIB and
// KIR; on screen they go through the translations like every other word,
// the Indonesian text being the official one.

func kondisiName(k aset.Kondisi) string         { return word("kondisi", string(k), k.Name()) }
func statusName(s aset.Status) string           { return word("status", string(s), s.Name()) }
func perolehanName(c aset.CaraPerolehan) string { return word("perolehan", string(c), c.Name()) }
func kibName(g aset.KIB) string                 { return word("kib", string(g), g.Name()) }
func mutasiName(j aset.JenisMutasi) string      { return word("mutasi", string(j), j.Name()) }

// word is the translation of inv.word.<group>.<value>, or the official
// Indonesian name when the translations lack it.
func word(group, value, official string) string {
	key := "inv.word." + group + "." + value
	if s := lang.L(key); s != key {
		return s
	}
	return official
}
