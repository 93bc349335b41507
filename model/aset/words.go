package aset

import (
	"strconv"
	"strings"

	"rapi/model"
	"rapi/model/value"
)

func itoa(n int) string { return strconv.Itoa(n) }

// Kondisi is an asset's condition: B (Baik), RR (Rusak Ringan, which the
// KIR calls KB, Kurang Baik) or RB (Rusak Berat).
type Kondisi string

// The three conditions, stored as these letters.
const (
	KondisiB  Kondisi = "B"
	KondisiRR Kondisi = "RR"
	KondisiRB Kondisi = "RB"
)

// Kondisis lists the conditions, best first.
var Kondisis = []Kondisi{KondisiB, KondisiRR, KondisiRB}

// Valid reports whether k is one of Kondisis.
func (k Kondisi) Valid() bool { return k == KondisiB || k == KondisiRR || k == KondisiRB }

// Name is the condition in words: "Baik", "Rusak Ringan", "Rusak Berat".
func (k Kondisi) Name() string {
	switch k {
	case KondisiB:
		return "Baik"
	case KondisiRR:
		return "Rusak Ringan"
	case KondisiRB:
		return "Rusak Berat"
	}
	return ""
}

// KIR is the condition as the KIR's three columns head it: B, KB, RB.
func (k Kondisi) KIR() string {
	if k == KondisiRR {
		return "KB"
	}
	return string(k)
}

// ParseKondisi reads "B", "Baik", "KB", "Kurang Baik", "RR", "Rusak
// Ringan", "RB", "Rusak Berat" in any case (see value.ParseCondition).
func ParseKondisi(s string) (Kondisi, error) {
	c, err := value.ParseCondition(s)
	if err != nil {
		return "", model.Invalid("kondisi", s, value.Reason(err))
	}
	return Kondisi(c), nil
}

// Status is what is happening to an asset.
type Status string

// The statuses of an asset.
const (
	StatusDigunakan Status = "digunakan"
	StatusDipinjam  Status = "dipinjam"
	StatusPerbaikan Status = "dalam_perbaikan"
	StatusUsulHapus Status = "usul_hapus"
	StatusDihapus   Status = "dihapus"
)

// Statuses lists the statuses in the order a clerk picks them.
var Statuses = []Status{StatusDigunakan, StatusDipinjam, StatusPerbaikan, StatusUsulHapus, StatusDihapus}

var statusNames = map[Status]string{
	StatusDigunakan: "Digunakan", StatusDipinjam: "Dipinjam", StatusPerbaikan: "Dalam Perbaikan",
	StatusUsulHapus: "Usul Hapus", StatusDihapus: "Dihapus",
}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool { return statusNames[s] != "" }

// Name is the status in words ("Dalam Perbaikan").
func (s Status) Name() string { return statusNames[s] }

// ParseStatus reads a status by its name or its stored value, any case.
func ParseStatus(s string) (Status, error) {
	f := value.Fold(s)
	for st, name := range statusNames {
		if f == value.Fold(name) || f == value.Fold(string(st)) || strings.ReplaceAll(f, " ", "_") == string(st) {
			return st, nil
		}
	}
	if f == "perbaikan" {
		return StatusPerbaikan, nil
	}
	return "", model.Invalid("status", s, "error.aset_status")
}

// CaraPerolehan is how the asset was acquired (the KIB's Asal-usul).
type CaraPerolehan string

// The ways of acquisition on the KIB cards.
const (
	PerolehanPengadaan     CaraPerolehan = "pengadaan"
	PerolehanHibah         CaraPerolehan = "hibah"
	PerolehanTukarMenukar  CaraPerolehan = "tukar_menukar"
	PerolehanInventarisasi CaraPerolehan = "hasil_inventarisasi"
	PerolehanLainnya       CaraPerolehan = "lainnya"
)

// CaraPerolehans lists them in the order of the cards.
var CaraPerolehans = []CaraPerolehan{PerolehanPengadaan, PerolehanHibah, PerolehanTukarMenukar, PerolehanInventarisasi, PerolehanLainnya}

var perolehanNames = map[CaraPerolehan]string{
	PerolehanPengadaan: "Pengadaan", PerolehanHibah: "Hibah", PerolehanTukarMenukar: "Tukar Menukar",
	PerolehanInventarisasi: "Hasil Inventarisasi", PerolehanLainnya: "Lainnya",
}

// perolehanWords are what registers write in the Asal-usul column.
var perolehanWords = map[string]CaraPerolehan{
	"pengadaan": PerolehanPengadaan, "pembelian": PerolehanPengadaan, "beli": PerolehanPengadaan,
	"apbd": PerolehanPengadaan, "pengadaan apbd": PerolehanPengadaan, "pembelian apbd": PerolehanPengadaan,
	"apbn": PerolehanPengadaan, "dak": PerolehanPengadaan,
	"hibah": PerolehanHibah, "sumbangan": PerolehanHibah,
	"tukar menukar": PerolehanTukarMenukar, "tukar": PerolehanTukarMenukar, "tukar guling": PerolehanTukarMenukar,
	"hasil inventarisasi": PerolehanInventarisasi, "inventarisasi": PerolehanInventarisasi, "sensus": PerolehanInventarisasi,
	"lainnya": PerolehanLainnya, "lain lain": PerolehanLainnya, "lain": PerolehanLainnya,
	"mutasi masuk": PerolehanLainnya, "reklasifikasi": PerolehanLainnya, "kapitalisasi": PerolehanLainnya,
}

// Valid reports whether c is one of CaraPerolehans.
func (c CaraPerolehan) Valid() bool { return perolehanNames[c] != "" }

// Name is the word printed on the cards ("Tukar Menukar").
func (c CaraPerolehan) Name() string { return perolehanNames[c] }

// ParseCaraPerolehan reads the words registers use: "Pengadaan",
// "Pembelian", "APBD", "Hibah", "Tukar Menukar", "Hasil Inventarisasi",
// "Lain-lain", "Mutasi Masuk" ... in any case and punctuation.
func ParseCaraPerolehan(s string) (CaraPerolehan, error) {
	f := value.Fold(s)
	if f == "" {
		return "", model.Invalid("cara_perolehan", s, "error.required")
	}
	if c, ok := perolehanWords[f]; ok {
		return c, nil
	}
	if c := CaraPerolehan(strings.ReplaceAll(f, " ", "_")); c.Valid() {
		return c, nil
	}
	return "", model.Invalid("cara_perolehan", s, "error.aset_perolehan")
}
