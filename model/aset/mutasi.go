package aset

import "time"

// JenisMutasi is what a mutasi changed.
type JenisMutasi string

// The kinds of mutasi an asset's history holds.
const (
	MutasiPindahRuang   JenisMutasi = "pindah_ruang"
	MutasiGantiPemegang JenisMutasi = "ganti_pemegang"
	MutasiUbahKondisi   JenisMutasi = "ubah_kondisi"
	MutasiUbahStatus    JenisMutasi = "ubah_status"
)

var mutasiNames = map[JenisMutasi]string{
	MutasiPindahRuang: "Pindah Ruang", MutasiGantiPemegang: "Ganti Pemegang",
	MutasiUbahKondisi: "Ubah Kondisi", MutasiUbahStatus: "Ubah Status",
}

// Valid reports whether j is a known kind.
func (j JenisMutasi) Valid() bool { return mutasiNames[j] != "" }

// Name is the kind in words ("Pindah Ruang").
func (j JenisMutasi) Name() string { return mutasiNames[j] }

// Mutasi is one event in an asset's history: moved to another room,
// handed to another holder, its condition or its status changed. Dari and
// Ke are what a person reads (a room's path, a holder, "Baik"); for a
// move DariRuangID and KeRuangID say the rooms, so the move shows in the
// history of both.
type Mutasi struct {
	ID          int64
	AsetID      int64
	Tanggal     time.Time // the date on the paper (BAST), not when it was typed
	Jenis       JenisMutasi
	Dari, Ke    string
	DariRuangID int64
	KeRuangID   int64
	Alasan      string
	NomorBAST   string
	Petugas     string    // the clerk who recorded it
	At          time.Time // when it was recorded
	UndoOf      int64     // the mutasi this one takes back
	UndoneBy    int64     // the mutasi that took this one back

	// Derived when read.
	AsetCode string
	AsetNama string
	Nomor    string // kode barang / register
}

// Changes lists the mutasi kinds that lie between old and new: an update
// that moves a laptop and hands it to someone else is two events.
func Changes(old, new *Aset) []JenisMutasi {
	var out []JenisMutasi
	if old.RuangID != new.RuangID {
		out = append(out, MutasiPindahRuang)
	}
	if old.Pemegang.Nama != new.Pemegang.Nama || old.Pemegang.NIP != new.Pemegang.NIP {
		out = append(out, MutasiGantiPemegang)
	}
	if old.Kondisi != new.Kondisi {
		out = append(out, MutasiUbahKondisi)
	}
	if old.Status != new.Status {
		out = append(out, MutasiUbahStatus)
	}
	return out
}
