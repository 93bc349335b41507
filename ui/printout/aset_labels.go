package printout

import (
	"context"
	"strconv"

	"rapi/model"
	"rapi/model/aset"
	"rapi/storage"
	"rapi/ui/paper"
)

// AsetLabels are the stickers of the assets with codes (in that order),
// or of every asset (not in the bin, not removed) when codes is empty.
func AsetLabels(ctx context.Context, s *storage.Store, codes ...string) ([]Labeled, error) {
	inst, err := s.Institution(ctx)
	if err != nil {
		return nil, err
	}
	kode, err := s.KodeLokasi(ctx)
	if err != nil {
		return nil, err
	}
	head := stickerInstitution(inst)
	var out []Labeled
	add := func(a *aset.Aset) {
		out = append(out, Labeled{Code: a.Code, Title: a.Nomor() + " · " + a.Nama, Label: asetSticker(a, head, kode)})
	}
	if len(codes) == 0 {
		err = s.EachAsetUnit(ctx, storage.AsetFilter{}, func(a *aset.Aset) bool {
			if a.Status != aset.StatusDihapus {
				add(a)
			}
			return true
		})
		return out, err
	}
	for _, c := range codes {
		a, err := s.AsetByCode(ctx, model.NormalizeCode(c))
		if err != nil {
			return nil, err
		}
		add(&a)
	}
	return out, nil
}

// stickerInstitution is the institution as a sticker has room for it:
// the first and the last header line ("PEMERINTAH PROVINSI BANTEN · BIRO UMUM").
func stickerInstitution(inst model.Institution) string {
	switch len(inst.Lines) {
	case 0:
		return ""
	case 1:
		return inst.Lines[0]
	}
	return inst.Lines[0] + " · " + inst.Lines[len(inst.Lines)-1]
}

func asetSticker(a *aset.Aset, inst, kodeLokasi string) paper.AsetLabel {
	l := paper.AsetLabel{Code: a.Code, Institution: inst, KodeLokasi: kodeLokasi, Nomor: a.Nomor(), Nama: a.Nama}
	if a.Tahun > 0 {
		l.Tahun = strconv.Itoa(a.Tahun)
	}
	return l
}

// RuangLabels are the door labels of the rooms with codes (in that
// order), or of every room when codes is empty: the room's name and the
// QR of its code, which a sensus scans first.
func RuangLabels(ctx context.Context, s *storage.Store, codes ...string) ([]Labeled, error) {
	rooms, err := s.AsetRuangSummaries(ctx)
	if err != nil {
		return nil, err
	}
	byCode := map[string]Labeled{}
	var out []Labeled
	for _, r := range rooms {
		if r.Ruang.Code == "" {
			continue
		}
		l := Labeled{Code: r.Ruang.Code, Title: r.Path, Label: paper.PlaceLabel{Code: r.Ruang.Code, Name: r.Ruang.Name}}
		byCode[l.Code] = l
		out = append(out, l)
	}
	if len(codes) == 0 {
		return out, nil
	}
	out = out[:0]
	for _, c := range codes {
		l, ok := byCode[model.NormalizeCode(c)]
		if !ok {
			return nil, model.ErrNotFound
		}
		out = append(out, l)
	}
	return out, nil
}
