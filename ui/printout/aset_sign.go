package printout

import (
	"context"
	"strings"
	"time"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/paper"
)

// The signature blocks of the inventaris papers. Who signs is set once in
// Pengaturan (the Pengurus Barang, the head of the unit) and on each room
// (its penanggung jawab); while a name is not set the block keeps dotted
// lines to write on by hand.

const (
	blankName = "(................................................)"
	blankNIP  = "................................"
)

// signer is the block of p under the lines above the signature space.
func signer(p model.Signer, rank bool, lines ...string) paper.Signature {
	sig := paper.Signature{Lines: lines, Name: blankName, NIP: blankNIP}
	if p.Nama != "" {
		sig.Name, sig.NIP = p.Nama, p.NIP
	}
	if rank {
		sig.Rank = p.Jabatan
	}
	return sig
}

// kepalaTitle is the head's jabatan as set, or "Kepala <satuan kerja>".
func kepalaTitle(k model.Signer, satuanKerja string) string {
	switch {
	case k.Jabatan != "":
		return k.Jabatan
	case satuanKerja == "":
		return "Kepala Unit"
	}
	return "Kepala " + model.TitleCase(strings.ToLower(satuanKerja))
}

// knownBy is the head's "Mengetahui," block.
func knownBy(sig model.AsetSigners, satuanKerja string) paper.Signature {
	return signer(sig.Kepala, false, "", "Mengetahui,", kepalaTitle(sig.Kepala, satuanKerja))
}

// pengurusBlock is the Pengurus Barang's block, dated when it is the last.
func pengurusBlock(sig model.AsetSigners, date string) paper.Signature {
	return signer(sig.Pengurus, true, date, "", "Pengurus Barang")
}

// asetSignatures: a KIR is signed by the Pengurus Barang and the room's
// penanggung jawab, known by the head of the unit; the other lists by
// the Pengurus Barang, known by the head.
func asetSignatures(list storage.AsetPaperList, h AsetHeader, asOf time.Time, sig model.AsetSigners, pj model.Signer) []paper.Signature {
	known := knownBy(sig, h.SatuanKerja)
	if list == storage.ListKIR {
		return []paper.Signature{known, pengurusBlock(sig, ""),
			signer(pj, false, model.FormatDate(asOf), "", "Penanggung Jawab Ruangan")}
	}
	return []paper.Signature{known, pengurusBlock(sig, model.FormatDate(asOf))}
}

// listSigners reads who sign a list: the settings, and for a KIR the
// room's penanggung jawab.
func listSigners(ctx context.Context, s AsetReader, opt AsetOptions) (model.AsetSigners, model.Signer, error) {
	sig, err := s.AsetSigners(ctx)
	if err != nil || opt.List != storage.ListKIR {
		return sig, model.Signer{}, err
	}
	pj, _, err := s.RuangPJ(ctx, opt.RuangID)
	return sig, pj, err
}
