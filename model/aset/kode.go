package aset

import (
	"strings"

	"rapi/model"
)

// Kode is a kode barang in its canonical dotted form,
// "1.3.2.05.01.05.043", or one of its upper levels ("1.3.2" is a jenis,
// "1.3.2.05" an objek). The zero value is no code.
type Kode string

// kodeWidths are the digits of each of the seven levels (Permendagri
// 108/2016, Lampiran: akun, kelompok, jenis, objek, rincian objek, sub
// rincian objek, sub-sub rincian objek): 1.1.1.2.2.2.3, twelve digits in all.
var kodeWidths = [7]int{1, 1, 1, 2, 2, 2, 3}

// KodeLevels is how many levels a full kode barang has.
const KodeLevels = 7

// ParseKode reads a kode barang as registers write it: with dots
// ("1.3.2.05.01.05.043", or "1.3.2.5.1.5.43" with the zeros left out),
// or as the twelve digits without dots ("132050105043"), spaces anywhere
// ("1 3 2 05 01 05 043", "1320501050 43"). Upper levels parse too
// ("1.3.2", "13205"). Anything else is a *model.InvalidError on field
// "kode_barang".
func ParseKode(s string) (Kode, error) {
	t := strings.TrimSpace(s)
	bad := model.Invalid("kode_barang", s, "error.aset_kode_format")
	if t == "" {
		return "", model.Invalid("kode_barang", s, "error.required")
	}
	for _, r := range t {
		if !(r >= '0' && r <= '9' || r == '.' || r == ' ') {
			return "", bad
		}
	}
	if strings.Contains(t, ".") {
		return parseDotted(t, bad)
	}
	return parseDigits(strings.ReplaceAll(t, " ", ""), bad)
}

// parseDotted reads levels separated by dots, each at most its width;
// shorter levels are padded with zeros ("5" -> "05").
func parseDotted(t string, bad error) (Kode, error) {
	parts := strings.Split(strings.ReplaceAll(t, " ", ""), ".")
	if len(parts) > KodeLevels {
		return "", bad
	}
	for i, p := range parts {
		if p == "" || len(p) > kodeWidths[i] {
			return "", bad
		}
		parts[i] = strings.Repeat("0", kodeWidths[i]-len(p)) + p
	}
	return Kode(strings.Join(parts, ".")), nil
}

// parseDigits reads the digits of whole levels without dots.
func parseDigits(d string, bad error) (Kode, error) {
	var parts []string
	for i := 0; i < KodeLevels && d != ""; i++ {
		if len(d) < kodeWidths[i] {
			return "", bad
		}
		parts = append(parts, d[:kodeWidths[i]])
		d = d[kodeWidths[i]:]
	}
	if d != "" || len(parts) == 0 {
		return "", bad
	}
	return Kode(strings.Join(parts, ".")), nil
}

// String is the dotted form.
func (k Kode) String() string { return string(k) }

// Level is how many levels the code has: 7 for a full kode barang, 3 for
// a jenis, 0 for none.
func (k Kode) Level() int {
	if k == "" {
		return 0
	}
	return strings.Count(string(k), ".") + 1
}

// Full reports whether k names an item (all seven levels), as an asset's
// kode barang must.
func (k Kode) Full() bool { return k.Level() == KodeLevels }

// Digits is the code without dots, as some registers print it.
func (k Kode) Digits() string { return strings.ReplaceAll(string(k), ".", "") }

// Parent is the code one level up ("" for an akun).
func (k Kode) Parent() Kode {
	i := strings.LastIndexByte(string(k), '.')
	if i < 0 {
		return ""
	}
	return k[:i]
}

// Jenis is the first three levels ("1.3.2"), which say the KIB group.
func (k Kode) Jenis() Kode {
	parts := strings.SplitN(string(k), ".", 4)
	if len(parts) < 3 {
		return ""
	}
	return Kode(strings.Join(parts[:3], "."))
}

// Under reports whether k is prefix or a code below it.
func (k Kode) Under(prefix Kode) bool {
	return prefix == "" || k == prefix || strings.HasPrefix(string(k), string(prefix)+".")
}

// KIB is the group of the Kartu Inventaris Barang an asset is booked on.
type KIB string

// The six KIB groups (jenis 1.3.1 to 1.3.6).
const (
	KIBA KIB = "A" // Tanah
	KIBB KIB = "B" // Peralatan dan Mesin
	KIBC KIB = "C" // Gedung dan Bangunan
	KIBD KIB = "D" // Jalan, Irigasi dan Jaringan
	KIBE KIB = "E" // Aset Tetap Lainnya
	KIBF KIB = "F" // Konstruksi Dalam Pengerjaan
)

// KIBs lists the groups in order.
var KIBs = []KIB{KIBA, KIBB, KIBC, KIBD, KIBE, KIBF}

var kibNames = map[KIB]string{
	KIBA: "Tanah", KIBB: "Peralatan dan Mesin", KIBC: "Gedung dan Bangunan",
	KIBD: "Jalan, Irigasi dan Jaringan", KIBE: "Aset Tetap Lainnya", KIBF: "Konstruksi Dalam Pengerjaan",
}

// Valid reports whether g is one of KIBs.
func (g KIB) Valid() bool { return kibNames[g] != "" }

// Name is the group's official name ("Peralatan dan Mesin").
func (g KIB) Name() string { return kibNames[g] }

// Jenis is the jenis code of the group: KIBB.Jenis() is "1.3.2".
func (g KIB) Jenis() Kode {
	for i, x := range KIBs {
		if x == g {
			return Kode("1.3." + string(rune('1'+i)))
		}
	}
	return ""
}

// ParseKIB reads "A".."F", "KIB B", "kib-b".
func ParseKIB(s string) (KIB, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(t, "KIB"), " -_"))
	if g := KIB(t); g.Valid() {
		return g, nil
	}
	return "", model.Invalid("kib", s, "error.aset_kib")
}

// KIB is the group of the code: jenis 1.3.1 is KIB A ... 1.3.6 KIB F; ""
// for a code outside the fixed assets (or above jenis level).
func (k Kode) KIB() KIB {
	j := k.Jenis()
	if len(j) != 5 || j[:4] != "1.3." {
		return ""
	}
	n := int(j[4] - '1')
	if n < 0 || n >= len(KIBs) {
		return ""
	}
	return KIBs[n]
}

// KodeBarang is one row of the kode barang list: a code at any level
// with its name, the useful life of the items under it (0: not set, use
// the parent's), and whether its row could be checked against the
// Permendagri's appendix (a seed row that could not is marked so an admin
// looks at it).
type KodeBarang struct {
	model.Meta
	Kode        Kode
	Nama        string
	MasaManfaat int // years; 0 = not set here
	Verified    bool
	Note        string
}

// Validate checks a row of the list; the error names the field.
func (k *KodeBarang) Validate() error {
	k.Nama = strings.TrimSpace(k.Nama)
	k.Note = strings.TrimSpace(k.Note)
	kode, err := ParseKode(string(k.Kode))
	if err != nil {
		return err
	}
	k.Kode = kode
	if k.Nama == "" {
		return model.Invalid("nama", "", "error.required")
	}
	if k.MasaManfaat < 0 || k.MasaManfaat > 100 {
		return model.Invalid("masa_manfaat", itoa(k.MasaManfaat), "error.aset_masa_manfaat")
	}
	return nil
}
