package arsip

import (
	"rapi/model"
	"strconv"
	"strings"
	"time"
)

// Status is where a file stands in its life.
type Status string

// File statuses. Dipinjam is shown while a loan is open; the stored status
// underneath stays what it was (Aktif or Inaktif).
const (
	StatusAktif    Status = "aktif"
	StatusInaktif  Status = "inaktif"
	StatusDipinjam Status = "dipinjam"
	StatusMusnah   Status = "musnah"
	StatusPermanen Status = "permanen" // handed over to the provincial archive
)

// Statuses lists the statuses in the order a clerk filters by them.
var Statuses = []Status{StatusAktif, StatusInaktif, StatusDipinjam, StatusMusnah, StatusPermanen}

// Valid reports whether st is a known status.
func (st Status) Valid() bool {
	for _, x := range Statuses {
		if x == st {
			return true
		}
	}
	return false
}

// Tingkat is the tingkat perkembangan: which copy of a document this is.
type Tingkat string

// The copies a register distinguishes.
const (
	TingkatAsli       Tingkat = "asli"
	TingkatSalinan    Tingkat = "salinan"
	TingkatTembusan   Tingkat = "tembusan"
	TingkatPertinggal Tingkat = "pertinggal"
)

// Tingkats lists the copies in order.
var Tingkats = []Tingkat{TingkatAsli, TingkatSalinan, TingkatTembusan, TingkatPertinggal}

// Valid reports whether t is a known copy kind.
func (t Tingkat) Valid() bool { return oneOf(t, Tingkats) }

// Media is what a file is made of.
type Media string

// The media of the archive lists.
const (
	MediaTekstual    Media = "tekstual"
	MediaKartografi  Media = "kartografi" // kartografi / kearsitekturan
	MediaAudioVisual Media = "audio_visual"
	MediaElektronik  Media = "elektronik"
)

// Medias lists the media in order.
var Medias = []Media{MediaTekstual, MediaKartografi, MediaAudioVisual, MediaElektronik}

// Valid reports whether m is a known medium.
func (m Media) Valid() bool { return oneOf(m, Medias) }

// Keamanan is the security and access class.
type Keamanan string

// The security classes.
const (
	KeamananBiasa         Keamanan = "biasa" // Biasa/Terbuka
	KeamananTerbatas      Keamanan = "terbatas"
	KeamananRahasia       Keamanan = "rahasia"
	KeamananSangatRahasia Keamanan = "sangat_rahasia"
)

// Keamanans lists the classes from open to most secret.
var Keamanans = []Keamanan{KeamananBiasa, KeamananTerbatas, KeamananRahasia, KeamananSangatRahasia}

// Valid reports whether k is a known class.
func (k Keamanan) Valid() bool { return oneOf(k, Keamanans) }

func oneOf[T comparable](v T, list []T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// Loan is what a file or box on loan shows: who has it and until when.
type Loan struct {
	PinjamID int64
	Borrower string
	NIP      string
	Unit     string
	Due      time.Time
}

// Overdue reports whether the loan's due date is before asOf's day.
func (l Loan) Overdue(asOf time.Time) bool { return dateOnly(asOf).After(dateOnly(l.Due)) }

// Berkas is one folder on one matter. Code is the scannable label code;
// NomorBerkas the number in the unit's Daftar Berkas. A file inside a box
// (BoksID) is where its box is: PlaceID follows the box.
//
// Retention dates are computed from TahunSampai (the closing year) and the
// JRA of KodeKlasifikasi. RetensiManual overrides them with the dates in
// Retensi and needs RetensiReason; a JRA with a trigger text needs it too.
type Berkas struct {
	model.Meta
	Code            string
	NomorBerkas     string // as the office wrote it: "12", "B-2023/0274", "045.a"
	KodeKlasifikasi string
	KodeLama        string
	Uraian          string
	UnitPengolah    string
	TahunDari       int
	TahunSampai     int
	JumlahItem      int
	Tingkat         Tingkat
	Media           Media
	Keamanan        Keamanan
	Kategori        string
	PlaceID         int64
	BoksID          int64
	Status          Status // stored status: never StatusDipinjam
	Retensi         Retensi
	RetensiManual   bool
	RetensiReason   string
	Note            string

	// Filled in by storage when reading; ignored when saving.
	Loan      *Loan  // the open loan of the file or its box
	PlacePath string // "Gedung B › Ruang Arsip Lt.2 › Rak 3 › Boks 0015"
	BoksCode  string
}

// ShownStatus is the status a clerk sees: Dipinjam while on loan.
func (b *Berkas) ShownStatus() Status {
	if b.Loan != nil && (b.Status == StatusAktif || b.Status == StatusInaktif) {
		return StatusDipinjam
	}
	return b.Status
}

// KurunWaktu writes the years as archive lists do: "2021" or "2019-2021".
func (b *Berkas) KurunWaktu() string {
	if b.TahunDari == b.TahunSampai || b.TahunDari == 0 {
		return strconv.Itoa(b.TahunSampai)
	}
	return strconv.Itoa(b.TahunDari) + "-" + strconv.Itoa(b.TahunSampai)
}

// Normalize trims text and fills the defaults a new file starts with.
func (b *Berkas) Normalize() {
	b.Code = model.NormalizeCode(b.Code)
	b.KodeKlasifikasi = NormalizeKlasifikasiCode(b.KodeKlasifikasi)
	b.KodeLama = trim(b.KodeLama)
	b.NomorBerkas = NormalizeNomor(b.NomorBerkas)
	b.Uraian = trim(b.Uraian)
	b.UnitPengolah = trim(b.UnitPengolah)
	b.Kategori = trim(b.Kategori)
	b.RetensiReason = trim(b.RetensiReason)
	b.Note = strings.TrimSpace(b.Note)
	if b.Tingkat == "" {
		b.Tingkat = TingkatAsli
	}
	if b.Media == "" {
		b.Media = MediaTekstual
	}
	if b.Keamanan == "" {
		b.Keamanan = KeamananBiasa
	}
	if b.Status == "" {
		b.Status = StatusAktif
	}
	if b.TahunDari == 0 {
		b.TahunDari = b.TahunSampai
	}
}

// Validate checks a file before it is saved; the error names the field.
// It does not look at the JRA: see ResolveRetensi.
func (b *Berkas) Validate() error {
	b.Normalize()
	switch {
	case b.Code == "":
		return model.Invalid("code", "", "error.required")
	case !model.ValidCode(b.Code):
		return model.Invalid("code", b.Code, "error.code_format")
	case len([]rune(b.NomorBerkas)) > MaxNomorLen:
		return model.Invalid("nomor_berkas", b.NomorBerkas, "error.arsip_nomor_long")
	case b.KodeKlasifikasi == "":
		return model.Invalid("kode_klasifikasi", "", "error.required")
	case !ValidKlasifikasiCode(b.KodeKlasifikasi):
		return model.Invalid("kode_klasifikasi", b.KodeKlasifikasi, "error.arsip_klasifikasi_format")
	case b.Uraian == "":
		return model.Invalid("uraian", "", "error.required")
	case b.TahunSampai == 0:
		return model.Invalid("tahun_sampai", "", "error.required")
	case b.TahunSampai < 1800 || b.TahunSampai > 2200:
		return model.Invalid("tahun_sampai", strconv.Itoa(b.TahunSampai), "error.arsip_year")
	case b.TahunDari < 1800 || b.TahunDari > 2200:
		return model.Invalid("tahun_dari", strconv.Itoa(b.TahunDari), "error.arsip_year")
	case b.TahunDari > b.TahunSampai:
		return model.Invalid("tahun_dari", strconv.Itoa(b.TahunDari), "error.arsip_year_order")
	case b.JumlahItem < 0:
		return model.Invalid("jumlah_item", strconv.Itoa(b.JumlahItem), "error.arsip_number")
	case !b.Tingkat.Valid():
		return model.Invalid("tingkat_perkembangan", string(b.Tingkat), "error.arsip_choice")
	case !b.Media.Valid():
		return model.Invalid("media", string(b.Media), "error.arsip_choice")
	case !b.Keamanan.Valid():
		return model.Invalid("klasifikasi_keamanan", string(b.Keamanan), "error.arsip_choice")
	case !b.Status.Valid() || b.Status == StatusDipinjam:
		return model.Invalid("status", string(b.Status), "error.arsip_choice")
	case b.RetensiManual && b.RetensiReason == "":
		return model.Invalid("retensi_alasan", "", "error.arsip_retensi_reason")
	case b.RetensiManual && b.Retensi.PindahOn.IsZero():
		return model.Invalid("retensi_pindah", "", "error.required")
	case b.RetensiManual && !b.Retensi.AkhirOn.IsZero() && b.Retensi.AkhirOn.Before(b.Retensi.PindahOn):
		return model.Invalid("retensi_akhir", model.FormatDateShort(b.Retensi.AkhirOn), "error.arsip_retensi_order")
	}
	return nil
}

// ResolveRetensi sets b.Retensi from the JRA of its classification: the
// computed dates, or, when RetensiManual, the typed ones (AkhirOn defaults
// to PindahOn plus the inactive years). A JRA with a trigger and no manual
// dates leaves the dates zero and returns the ReasonRetensiManual error,
// which a caller may show as a warning and still save.
func (b *Berkas) ResolveRetensi(j JRA) error {
	if b.RetensiManual {
		b.Retensi.Nasib = j.Nasib
		b.Retensi.PindahOn = dateOnly(b.Retensi.PindahOn)
		if b.Retensi.AkhirOn.IsZero() {
			b.Retensi.AkhirOn = b.Retensi.PindahOn.AddDate(j.Inaktif, 0, 0)
		} else {
			b.Retensi.AkhirOn = dateOnly(b.Retensi.AkhirOn)
		}
		return nil
	}
	r, err := ComputeRetensi(b.TahunSampai, j)
	b.Retensi = r
	return err
}

// IsiBerkas is one item (usually a letter) in a file.
type IsiBerkas struct {
	ID         int64
	BerkasID   int64
	NomorItem  int
	NomorSurat string
	Tanggal    time.Time
	Uraian     string
	Tingkat    Tingkat
	Jumlah     int
	Keterangan string
}

// Validate checks an item; the error names the field.
func (it *IsiBerkas) Validate() error {
	it.NomorSurat = trim(it.NomorSurat)
	it.Uraian = trim(it.Uraian)
	it.Keterangan = trim(it.Keterangan)
	if it.Tingkat == "" {
		it.Tingkat = TingkatAsli
	}
	if it.Jumlah == 0 {
		it.Jumlah = 1
	}
	switch {
	case it.NomorItem <= 0:
		return model.Invalid("nomor_item", strconv.Itoa(it.NomorItem), "error.arsip_number")
	case it.Uraian == "":
		return model.Invalid("uraian", "", "error.required")
	case !it.Tingkat.Valid():
		return model.Invalid("tingkat_perkembangan", string(it.Tingkat), "error.arsip_choice")
	case it.Jumlah < 0:
		return model.Invalid("jumlah", strconv.Itoa(it.Jumlah), "error.arsip_number")
	}
	return nil
}

// Kategori is a clerk-defined kind of file with the colour its label shows.
type Kategori struct {
	ID      int64
	Version int64 // for optimistic updates, as on every editable record
	Name    string
	Color   string // "#RRGGBB"
}

// Validate checks a category.
func (k *Kategori) Validate() error {
	k.Name = trim(k.Name)
	k.Color = strings.ToUpper(strings.TrimSpace(k.Color))
	if k.Name == "" {
		return model.Invalid("nama", "", "error.required")
	}
	if !validColor(k.Color) {
		return model.Invalid("warna", k.Color, "error.arsip_color")
	}
	return nil
}

func validColor(c string) bool {
	if len(c) != 7 || c[0] != '#' {
		return false
	}
	for _, r := range c[1:] {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'F') {
			return false
		}
	}
	return true
}

// trim removes outer space and folds runs of inner space to one.
func trim(s string) string { return strings.Join(strings.Fields(s), " ") }
