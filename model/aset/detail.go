package aset

import (
	"strings"
	"time"

	"rapi/model"
	"rapi/model/value"
)

// Detail holds the fields of an asset's KIB card beyond the common ones;
// only the group of the asset's kode barang is kept (Normalize drops the
// others), so a chair carries no land certificate.
type Detail struct {
	A *Tanah      `json:",omitempty"`
	B *Mesin      `json:",omitempty"`
	C *Gedung     `json:",omitempty"`
	D *Jalan      `json:",omitempty"`
	E *Lainnya    `json:",omitempty"`
	F *Konstruksi `json:",omitempty"`
}

// Tanah is KIB A: land.
type Tanah struct {
	Luas              float64 // m²
	Alamat            string
	StatusHak         string // Hak Pakai, Hak Pengelolaan, ...
	SertifikatNomor   string
	SertifikatTanggal time.Time
	Penggunaan        string
}

// Mesin is KIB B: equipment and machines, vehicles with their papers.
type Mesin struct {
	NomorRangka string
	NomorMesin  string
	NomorPolisi string // "DB 1234 AB"
	NomorBPKB   string
}

// Gedung is KIB C: buildings.
type Gedung struct {
	Bertingkat     bool
	Beton          bool
	LuasLantai     float64 // m²
	Alamat         string
	DokumenNomor   string
	DokumenTanggal time.Time
	LuasTanah      float64 // m²
	StatusTanah    string
	KodeTanah      string // the kode barang + register of the land it stands on
}

// Jalan is KIB D: roads, irrigation and networks.
type Jalan struct {
	Konstruksi     string
	Panjang        float64 // km
	Lebar          float64 // m
	Luas           float64 // m²
	Alamat         string
	DokumenNomor   string
	DokumenTanggal time.Time
	StatusTanah    string
	KodeTanah      string
}

// Lainnya is KIB E: books, works of art, animals and plants.
type Lainnya struct {
	BukuJudul       string // judul / pencipta
	BukuSpesifikasi string
	SeniAsal        string // asal daerah
	SeniPencipta    string
	SeniBahan       string
	HewanJenis      string // hewan / tumbuhan: jenis
	HewanUkuran     string
}

// Konstruksi is KIB F: construction in progress.
type Konstruksi struct {
	Bangunan       string // P (permanen), SP (semi permanen), D (darurat)
	Bertingkat     bool
	Beton          bool
	Luas           float64 // m²
	Alamat         string
	DokumenNomor   string
	DokumenTanggal time.Time
	TanggalMulai   time.Time
	StatusTanah    string
	KodeTanah      string
	NilaiKontrak   int64 // rupiah
}

// NomorPolisi is the vehicle's plate, "" when the asset has none.
func (d Detail) NomorPolisi() string {
	if d.B == nil {
		return ""
	}
	return d.B.NomorPolisi
}

// normalize keeps only group g's fields and trims text.
func (d *Detail) normalize(g KIB) {
	keep := *d
	*d = Detail{}
	switch g {
	case KIBA:
		d.A = keep.A
	case KIBB:
		d.B = keep.B
		if d.B != nil {
			d.B.NomorRangka = strings.ToUpper(strings.TrimSpace(d.B.NomorRangka))
			d.B.NomorMesin = strings.ToUpper(strings.TrimSpace(d.B.NomorMesin))
			d.B.NomorBPKB = strings.ToUpper(strings.TrimSpace(d.B.NomorBPKB))
			if n, err := ParseNomorPolisi(d.B.NomorPolisi); err == nil {
				d.B.NomorPolisi = n
			}
			if *d.B == (Mesin{}) {
				d.B = nil
			}
		}
	case KIBC:
		d.C = keep.C
	case KIBD:
		d.D = keep.D
	case KIBE:
		d.E = keep.E
	case KIBF:
		d.F = keep.F
	}
}

func (d *Detail) validate(g KIB) error {
	if d.B != nil && d.B.NomorPolisi != "" {
		if _, err := ParseNomorPolisi(d.B.NomorPolisi); err != nil {
			return err
		}
	}
	for _, v := range []struct {
		field string
		n     float64
	}{{"luas", luas(d)}, {"panjang", panjang(d)}} {
		if v.n < 0 {
			return model.Invalid(v.field, "", "error.aset_negative")
		}
	}
	if d.F != nil && d.F.NilaiKontrak < 0 {
		return model.Invalid("nilai_kontrak", model.FormatRupiah(d.F.NilaiKontrak), "error.aset_harga")
	}
	return nil
}

func luas(d *Detail) float64 {
	switch {
	case d.A != nil:
		return d.A.Luas
	case d.C != nil:
		return min(d.C.LuasLantai, d.C.LuasTanah)
	case d.D != nil:
		return min(d.D.Luas, d.D.Lebar)
	case d.F != nil:
		return d.F.Luas
	}
	return 0
}

func panjang(d *Detail) float64 {
	if d.D != nil {
		return d.D.Panjang
	}
	return 0
}

// ParseNomorPolisi reads a vehicle plate as "DB 1234 AB": one or two
// letters of the region, 1 to 4 digits, and 0 to 3 letters, with or
// without spaces ("db1234ab", "DB-1234-AB"). Official red plates add
// nothing new to the shape. It returns the plate in that spaced form.
func ParseNomorPolisi(s string) (string, error) {
	bad := model.Invalid("nomor_polisi", s, "error.aset_nopol")
	t := strings.ToUpper(strings.TrimSpace(s))
	var groups []string
	var cur []rune
	kind := 0 // 1 letters, 2 digits
	flush := func() {
		if len(cur) > 0 {
			groups = append(groups, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range t {
		k := 0
		switch {
		case r >= 'A' && r <= 'Z':
			k = 1
		case r >= '0' && r <= '9':
			k = 2
		case r == ' ' || r == '-' || r == '.':
			flush()
			kind = 0
			continue
		default:
			return "", bad
		}
		if k != kind {
			flush()
			kind = k
		}
		cur = append(cur, r)
	}
	flush()
	if len(groups) < 2 || len(groups) > 3 || !letters(groups[0], 1, 2) || !digits(groups[1], 1, 4) ||
		(len(groups) == 3 && !letters(groups[2], 1, 3)) {
		return "", bad
	}
	return strings.Join(groups, " "), nil
}

func letters(s string, lo, hi int) bool {
	return len(s) >= lo && len(s) <= hi && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

func digits(s string, lo, hi int) bool {
	return len(s) >= lo && len(s) <= hi && strings.Trim(s, "0123456789") == ""
}

// bangunanWords are what KIB F's "Bangunan (P, SP, D)" column holds, folded.
var bangunanWords = map[string]string{"p": "P", "permanen": "P", "sp": "SP", "semi permanen": "SP",
	"semipermanen": "SP", "semi": "SP", "d": "D", "darurat": "D"}

// ParseBangunan reads KIB F's kind of building, as the letters or the
// words: P (permanen), SP (semi permanen) or D (darurat).
func ParseBangunan(s string) (string, error) {
	if b, ok := bangunanWords[value.Fold(s)]; ok {
		return b, nil
	}
	return "", model.Invalid("bangunan", s, "error.aset_bangunan")
}
