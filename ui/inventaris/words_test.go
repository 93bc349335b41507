package inventaris

import (
	"testing"

	"rapi/model/aset"
	"rapi/ui/kit"
)

// A clerk who chose English reads the register's words in English, and
// every word has both languages (the Indonesian being the official term).
func TestRegisterWordsFollowTheLanguage(t *testing.T) {
	t.Cleanup(func() { kit.SetLanguage("id") })
	every := func() []string {
		var out []string
		for _, k := range aset.Kondisis {
			out = append(out, kondisiName(k))
		}
		for _, s := range aset.Statuses {
			out = append(out, statusName(s))
		}
		for _, c := range aset.CaraPerolehans {
			out = append(out, perolehanName(c))
		}
		for _, g := range aset.KIBs {
			out = append(out, kibName(g))
		}
		for _, j := range []aset.JenisMutasi{aset.MutasiPindahRuang, aset.MutasiGantiPemegang, aset.MutasiUbahKondisi, aset.MutasiUbahStatus} {
			out = append(out, mutasiName(j))
		}
		return out
	}
	if err := kit.SetLanguage("id"); err != nil {
		t.Fatal(err)
	}
	id := every()
	if err := kit.SetLanguage("en"); err != nil {
		t.Fatal(err)
	}
	en := every()
	for i := range id {
		if id[i] == "" || id[i] == en[i] {
			t.Errorf("word %d reads %q in Indonesian and %q in English", i, id[i], en[i])
		}
	}
	if kondisiName(aset.KondisiRB) != "Heavily damaged" {
		t.Errorf("RB in English: %q", kondisiName(aset.KondisiRB))
	}
	kit.SetLanguage("id")
	if kondisiName(aset.KondisiRB) != aset.KondisiRB.Name() {
		t.Errorf("RB in Indonesian is not the official %q: %q", aset.KondisiRB.Name(), kondisiName(aset.KondisiRB))
	}
}
