package storage

import (
	"context"
	"database/sql"
	"time"

	"rapi/model/rapat"
)

// Lists of meetings with their checklist progress and attendance, for the
// Rapat screen and Beranda. The counts are aggregated in SQL over all the
// listed meetings at once: three queries whatever the number of meetings.

// RapatRow is one meeting in a list.
type RapatRow struct {
	Rapat    rapat.Rapat
	Progress rapat.Progress
	Diundang int // invited (walk-ins not counted)
	Hadir    int // invited and present (as rapat.Rekap counts)
}

// RapatList lists the meetings (not in the bin) starting from from up to
// (not including) to, by start; zero bounds are open.
func (s *Store) RapatList(ctx context.Context, from, to time.Time) ([]RapatRow, error) {
	var out []RapatRow
	err := s.read(ctx, "list rapat", func(tx *sql.Tx) error {
		var err error
		out, err = rapatRowsTx(tx, from, to, s.now())
		return err
	})
	return out, err
}

// rapatRowsTx reads the meetings in [from, to) with their counts as of now.
func rapatRowsTx(tx *sql.Tx, from, to, now time.Time) ([]RapatRow, error) {
	where, args := "deleted_at IS NULL", []any{}
	if !from.IsZero() {
		where += " AND mulai >= ?"
		args = append(args, wallText(from))
	}
	if !to.IsZero() {
		where += " AND mulai < ?"
		args = append(args, wallText(to))
	}
	rows, err := tx.Query("SELECT "+rapatCols+" FROM rapat WHERE "+where+" ORDER BY mulai, id", args...)
	if err != nil {
		return nil, err
	}
	var out []RapatRow
	at := map[int64]int{}
	for rows.Next() {
		r, err := scanRapat(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		at[r.ID] = len(out)
		out = append(out, RapatRow{Rapat: r})
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	ids := "SELECT id FROM rapat WHERE " + where
	if err := scanCounts(tx, `SELECT i.rapat_id, count(*), sum(i.selesai<>''), sum(i.selesai='' AND `+lateSQL+`)
		FROM rapat_item i JOIN rapat r ON r.id=i.rapat_id WHERE i.deleted_at IS NULL AND i.rapat_id IN (`+ids+`)
		GROUP BY i.rapat_id`, append([]any{nowWall(now)}, args...), func(id int64, n [3]int) {
		out[at[id]].Progress = rapat.Progress{Total: n[0], Done: n[1], Late: n[2]}
	}); err != nil {
		return nil, err
	}
	return out, scanCounts(tx, `SELECT rapat_id, sum(walk_in=0), sum(walk_in=0 AND hadir<>''), 0 FROM rapat_peserta
		WHERE deleted_at IS NULL AND rapat_id IN (`+ids+`) GROUP BY rapat_id`, args, func(id int64, n [3]int) {
		out[at[id]].Diundang, out[at[id]].Hadir = n[0], n[1]
	})
}

// lateSQL is true for a checklist item i of meeting r whose due time
// (the start plus its offset) is before the first argument, a nowWall text.
const lateSQL = "datetime(r.mulai, i.relatif || ' minutes') < ?"

// scanCounts runs a query of (id, three counts) rows.
func scanCounts(tx *sql.Tx, q string, args []any, fn func(id int64, n [3]int)) error {
	rows, err := tx.Query(q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var n [3]int
		if err := rows.Scan(&id, &n[0], &n[1], &n[2]); err != nil {
			return err
		}
		fn(id, n)
	}
	return rows.Err()
}

// RapatHome is the meetings part of Beranda.
type RapatHome struct {
	Today     []RapatRow           // today's meetings
	Week      []RapatRow           // the meetings of the seven days after today
	LateItems int                  // open checklist items past due, of meetings not done or cancelled
	Overdue   []rapat.TindakLanjut // open action items past their deadline day
}

// RapatHome reads Beranda's meetings as of now in one read transaction.
func (s *Store) RapatHome(ctx context.Context, now time.Time) (RapatHome, error) {
	var h RapatHome
	err := s.read(ctx, "read rapat beranda", func(tx *sql.Tx) error {
		today := rapat.DateOnly(now.In(time.Local))
		tomorrow := today.AddDate(0, 0, 1)
		var err error
		if h.Today, err = rapatRowsTx(tx, today, tomorrow, now); err != nil {
			return err
		}
		if h.Week, err = rapatRowsTx(tx, tomorrow, today.AddDate(0, 0, 8), now); err != nil {
			return err
		}
		err = tx.QueryRow(`SELECT count(*) FROM rapat_item i JOIN rapat r ON r.id=i.rapat_id
			WHERE i.deleted_at IS NULL AND i.selesai='' AND r.deleted_at IS NULL AND r.status NOT IN (?,?) AND `+lateSQL,
			string(rapat.StatusSelesai), string(rapat.StatusBatal), nowWall(now)).Scan(&h.LateItems)
		if err != nil {
			return err
		}
		h.Overdue, err = tindakTx(tx, "t.selesai='' AND t.batas<>'' AND t.batas<?", today.Format(dateLayout))
		return err
	})
	return h, err
}
