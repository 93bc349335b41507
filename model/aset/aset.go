package aset

import (
	"fmt"
	"strings"
	"time"

	"rapi/model"
)

// Aset is one unit of regional property: one chair, one laptop, one car,
// one plot of land. Code is its Rapi label code (A-000123, model.CodeAsset);
// KodeBarang and Register are its official number ("1.3.2.05.01.05.043 /
// 0007"), the register allocated per kode barang when the unit is first
// saved and never given again.
type Aset struct {
	model.Meta
	Code          string
	KodeBarang    Kode
	Register      int    // 1, 2, ...; printed "0001" (FormatRegister); 0 until allocated
	Nama          string // nama/jenis barang
	Merk          string // merk/type
	Ukuran        string // ukuran/CC
	Bahan         string
	Tahun         int    // tahun perolehan (pembelian/pembuatan)
	NomorSeri     string // nomor pabrik / seri
	CaraPerolehan CaraPerolehan
	Harga         int64 // harga perolehan in whole rupiah
	Kondisi       Kondisi
	Status        Status
	RuangID       int64 // a place of kind ruang; 0 = no room (an audit finding)
	Pemegang      Pemegang
	KodeLama      string // the code on an older sticker
	Keterangan    string
	Detail        Detail // the fields of the asset's KIB group

	// Derived when read, not saved.
	RuangCode string // the room's label code
	RuangPath string // "Gedung A › Ruang Rapat Lt.2"

	// Catatan, when set on an update, says why: the mutasi events the
	// update writes (room, holder, condition or status changed) carry it.
	Catatan *Catatan `json:"-"`
}

// Pemegang is the person an asset is handed to (a laptop, a car): with a
// BAST (berita acara serah terima) number and the date since.
type Pemegang struct {
	Nama      string
	NIP       string // 18 digits, stored without spaces
	Jabatan   string
	Sejak     time.Time // zero: not recorded
	NomorBAST string
}

// Empty reports whether no holder is recorded.
func (p Pemegang) Empty() bool { return p.Nama == "" && p.NIP == "" }

// Label is the holder as lists show them: "Budi Santoso (1985...)".
func (p Pemegang) Label() string {
	if p.NIP == "" {
		return p.Nama
	}
	return p.Nama + " (" + p.NIP + ")"
}

// Catatan is the reason and paper of a change that becomes a mutasi.
type Catatan struct {
	Tanggal   time.Time // zero: today
	Alasan    string
	NomorBAST string
	UndoOf    int64 // the mutasi this change takes back (Pindah's undo)
}

// KIB is the asset's group, from its kode barang.
func (a *Aset) KIB() KIB { return a.KodeBarang.KIB() }

// FormatRegister prints a register number as the cards do: 7 -> "0007".
func FormatRegister(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("%04d", n)
}

// ParseRegister reads "0007", "7", " 0007 ".
func ParseRegister(s string) (int, error) {
	t := strings.TrimSpace(s)
	n := 0
	for _, r := range t {
		if r < '0' || r > '9' || n > 99999999 {
			return 0, model.Invalid("register", s, "error.aset_register")
		}
		n = n*10 + int(r-'0')
	}
	if n == 0 {
		return 0, model.Invalid("register", s, "error.aset_register")
	}
	return n, nil
}

// Nomor is the official number: "1.3.2.05.01.05.043 / 0007".
func (a *Aset) Nomor() string {
	if a.Register == 0 {
		return string(a.KodeBarang)
	}
	return string(a.KodeBarang) + " / " + FormatRegister(a.Register)
}

// Normalize trims text, upper-cases codes, writes NIP and nomor polisi in
// their one form and drops the group fields of the other KIB groups.
func (a *Aset) Normalize() {
	a.Code = model.NormalizeCode(a.Code)
	for _, p := range []*string{&a.Nama, &a.Merk, &a.Ukuran, &a.Bahan, &a.NomorSeri, &a.KodeLama, &a.Keterangan,
		&a.Pemegang.Nama, &a.Pemegang.Jabatan, &a.Pemegang.NomorBAST} {
		*p = strings.TrimSpace(*p)
	}
	a.Pemegang.NIP = strings.Join(strings.Fields(a.Pemegang.NIP), "")
	if k, err := ParseKode(string(a.KodeBarang)); err == nil {
		a.KodeBarang = k
	}
	if a.Status == "" {
		a.Status = StatusDigunakan
	}
	if a.Kondisi == "" {
		a.Kondisi = KondisiB
	}
	if a.CaraPerolehan == "" {
		a.CaraPerolehan = PerolehanPengadaan
	}
	a.Detail.normalize(a.KIB())
}

// MinTahun is the earliest year of acquisition accepted.
const MinTahun = 1900

// Validate checks an asset before it is saved; the error is a
// *model.InvalidError naming the field. Whether the kode barang is in the
// list and the room is a ruang is checked by storage, which knows them.
func (a *Aset) Validate() error {
	a.Normalize()
	checks := []func() error{a.validateCode, a.validateWords, a.validateNumbers, a.Pemegang.validate,
		func() error { return a.Detail.validate(a.KIB()) }}
	for _, c := range checks {
		if err := c(); err != nil {
			return err
		}
	}
	return nil
}

func (a *Aset) validateCode() error {
	if a.Code != "" && !model.ValidCode(a.Code) {
		return model.Invalid("code", a.Code, "error.code_format")
	}
	if _, err := ParseKode(string(a.KodeBarang)); err != nil {
		return err
	}
	if !a.KodeBarang.Full() {
		return model.Invalid("kode_barang", string(a.KodeBarang), "error.aset_kode_level")
	}
	if a.KIB() == "" {
		return model.Invalid("kode_barang", string(a.KodeBarang), "error.aset_kode_kib")
	}
	if a.Register < 0 {
		return model.Invalid("register", itoa(a.Register), "error.aset_register")
	}
	if a.Nama == "" {
		return model.Invalid("nama", "", "error.required")
	}
	return nil
}

func (a *Aset) validateWords() error {
	if !a.Kondisi.Valid() {
		return model.Invalid("kondisi", string(a.Kondisi), "value.condition.invalid")
	}
	if !a.Status.Valid() {
		return model.Invalid("status", string(a.Status), "error.aset_status")
	}
	if !a.CaraPerolehan.Valid() {
		return model.Invalid("cara_perolehan", string(a.CaraPerolehan), "error.aset_perolehan")
	}
	return nil
}

func (a *Aset) validateNumbers() error {
	// 0 is an unknown year (old registers leave it blank)
	if a.Tahun != 0 && (a.Tahun < MinTahun || a.Tahun > time.Now().Year()+1) {
		return model.Invalid("tahun", itoa(a.Tahun), "error.aset_tahun")
	}
	if a.Harga < 0 {
		return model.Invalid("harga", model.FormatRupiah(a.Harga), "error.aset_harga")
	}
	return nil
}

func (p *Pemegang) validate() error {
	if p.NIP != "" && !ValidNIP(p.NIP) {
		return model.Invalid("pemegang_nip", p.NIP, "error.aset_nip")
	}
	if p.Nama == "" && (p.NIP != "" || p.Jabatan != "" || p.NomorBAST != "") {
		return model.Invalid("pemegang_nama", "", "error.required")
	}
	return nil
}

// ValidNIP reports whether s is a civil servant's NIP: 18 digits (spaces
// allowed between groups, as printed: "19850312 201001 1 002").
func ValidNIP(s string) bool { return model.ValidNIP(s) }
