package storage

import (
	"context"
	"database/sql"
	"sort"
	"time"

	"rapi/model"
	"rapi/model/aset"
)

// RuangSummary is one room of the Inventaris' room list: how many assets
// its KIR holds (and how many in RB) and when a confirmed sensus last
// checked it.
type RuangSummary struct {
	Ruang      model.Place
	Path       string
	Jumlah     int
	RusakBerat int
	LastSensus *time.Time // nil: never checked
}

// AsetRuangSummaries lists every room (place of kind ruang, not in the
// bin) with its counts, by path. One query for all rooms.
func (s *Store) AsetRuangSummaries(ctx context.Context) ([]RuangSummary, error) {
	var out []RuangSummary
	err := s.read(ctx, "ruang summaries", func(tx *sql.Tx) error {
		var err error
		out, err = ruangSummariesTx(ctx, tx)
		return err
	})
	return out, err
}

func ruangSummariesTx(ctx context.Context, tx *sql.Tx) ([]RuangSummary, error) {
	paths, err := placePaths(ctx, tx)
	if err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, "SELECT "+placeColsP+`,
		coalesce(c.n,0), coalesce(c.rb,0), l.at
		FROM place p
		LEFT JOIN (SELECT ruang_id, count(*) n, sum(kondisi='RB') rb FROM aset WHERE deleted_at IS NULL GROUP BY ruang_id) c ON c.ruang_id = p.id
		LEFT JOIN (SELECT r.ruang_id, max(s.confirmed_at) at FROM aset_sensus_ruang r JOIN aset_sensus s ON s.id = r.sensus_id
			WHERE s.confirmed_at IS NOT NULL GROUP BY r.ruang_id) l ON l.ruang_id = p.id
		WHERE p.kind = 'ruang' AND p.deleted_at IS NULL`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []RuangSummary
	for rows.Next() {
		var r RuangSummary
		var at sql.NullString
		ms := newMetaScan(&r.Ruang.Meta)
		p := &r.Ruang
		if err := rows.Scan(append(ms.dest(), &p.Code, &p.Kind, &p.Name, &p.ParentID, &p.Note, &r.Jumlah, &r.RusakBerat, &at)...); err != nil {
			return nil, err
		}
		ms.finish()
		r.Path, r.LastSensus = paths[p.ID], parseTimePtr(at)
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, rows.Err()
}

const placeColsP = "p.id, p.version, p.created_at, p.created_by, p.updated_at, p.updated_by, p.deleted_at, coalesce(p.code,''), p.kind, p.name, coalesce(p.parent_id,0), p.note"

// AsetRuangBelumDicek lists the rooms holding assets that no confirmed
// sensus checked in the last months months (or ever), for the Beranda.
func (s *Store) AsetRuangBelumDicek(ctx context.Context, months int) ([]RuangSummary, error) {
	all, err := s.AsetRuangSummaries(ctx)
	if err != nil {
		return nil, err
	}
	since := s.now().AddDate(0, -months, 0)
	var out []RuangSummary
	for _, r := range all {
		if r.Jumlah > 0 && (r.LastSensus == nil || r.LastSensus.Before(since)) {
			out = append(out, r)
		}
	}
	return out, nil
}

// AsetRusakBeratCount counts the assets in RB (Rusak Berat), for the Beranda.
func (s *Store) AsetRusakBeratCount(ctx context.Context) (int, error) {
	return s.AsetCount(ctx, AsetFilter{Kondisi: aset.KondisiRB})
}

// AsetSensusBerjalan lists the sessions still open, for the Beranda.
func (s *Store) AsetSensusBerjalan(ctx context.Context) ([]aset.Sensus, error) {
	all, err := s.AsetSensusList(ctx)
	var out []aset.Sensus
	for _, x := range all {
		if x.Open() {
			out = append(out, x)
		}
	}
	return out, err
}
