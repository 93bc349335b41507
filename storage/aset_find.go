package storage

import (
	"context"
	"database/sql"

	"rapi/model"
	"rapi/model/aset"
)

// asetHitTx fills h with the asset (not in the bin) whose label code is
// code, for a scan; found is false when no asset has it.
func asetHitTx(ctx context.Context, tx *sql.Tx, code string, h *Hit) (found bool, err error) {
	list, err := queryAset(ctx, tx, "SELECT "+asetColsA+" FROM aset a WHERE a.code = ? AND a.deleted_at IS NULL", code)
	if err != nil || len(list) == 0 {
		return false, err
	}
	*h = AsetHit(list[0])
	return true, nil
}

// isAsetCode reports whether code is one Rapi allocated for an asset
// ("A-000123"). FindCode reads the asset table first for it: the files'
// and boxes' misses before it cost more than the asset's own read (a
// file lookup reads the place tree even when nothing matches).
func isAsetCode(code string) bool {
	kind, _, ok := model.ParseCode(code)
	return ok && kind == model.CodeAsset
}

// AsetHit is what a scan shows for an asset.
func AsetHit(a aset.Aset) Hit {
	return Hit{Kind: model.CodeAsset, ID: a.ID, Code: a.Code, Title: a.Nama, PlacePath: a.RuangPath,
		KodeBarang: string(a.KodeBarang), Register: aset.FormatRegister(a.Register), Holder: a.Pemegang.Label(),
		Kondisi: string(a.Kondisi)}
}

// asetLegacyHits finds the assets whose older sticker (kode lama) reads
// typed, newest first.
func asetLegacyHits(ctx context.Context, tx *sql.Tx, typed string, limit int) ([]Hit, error) {
	list, err := queryAset(ctx, tx, "SELECT "+asetColsA+` FROM aset a WHERE a.kode_lama <> '' AND a.kode_lama = ? COLLATE NOCASE
		AND a.deleted_at IS NULL ORDER BY a.id DESC LIMIT ?`, typed, limit)
	var out []Hit
	for _, a := range list {
		out = append(out, AsetHit(a))
	}
	return out, err
}

// textAsetHits finds up to limit assets by the words typed (name, merk,
// serial, holder, nomor polisi...), for the find command and the scan box.
func (s *Store) textAsetHits(ctx context.Context, text string, limit int) ([]Hit, error) {
	if limit <= 0 {
		return nil, nil
	}
	page, err := s.AsetList(ctx, AsetFilter{Text: text}, Page{Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]Hit, 0, len(page.Rows))
	for _, a := range page.Rows {
		out = append(out, AsetHit(a))
	}
	return out, nil
}
