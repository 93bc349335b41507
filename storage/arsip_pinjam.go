package storage

import (
	"context"
	"database/sql"
	"time"

	"rapi/model"
	"rapi/model/arsip"
)

const pinjamCols = metaCols + `, coalesce(berkas_id,0), coalesce(boks_id,0), borrower, nip, unit, clerk, tanggal, due, purpose,
	coalesce(returned_at,''), condition`

func scanPinjam(row interface{ Scan(...any) error }) (arsip.Peminjaman, error) {
	var p arsip.Peminjaman
	ms := newMetaScan(&p.Meta)
	var tgl, due, ret string
	err := row.Scan(append(ms.dest(), &p.BerkasID, &p.BoksID, &p.Borrower, &p.NIP, &p.Unit, &p.Clerk, &tgl, &due, &p.Purpose, &ret, &p.Condition)...)
	ms.finish()
	p.Tanggal, p.Due = parseDate(tgl), parseDate(due)
	if ret != "" {
		t := parseDate(ret)
		p.ReturnedAt = &t
	}
	return p, err
}

func loadPinjam(tx *sql.Tx, id int64) (any, error) {
	return scanPinjam(tx.QueryRow("SELECT "+pinjamCols+" FROM pinjam WHERE id=?", id))
}

// loansByID reads the loans with these ids (0 for none) in one query,
// keyed by loan id: a page of files or boxes is one query, not one each.
func loansByID(ctx context.Context, tx *sql.Tx, loanIDs []int64) (map[int64]*arsip.Loan, error) {
	var ids []any
	for _, id := range loanIDs {
		if id != 0 {
			ids = append(ids, id)
		}
	}
	out := make(map[int64]*arsip.Loan, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, borrower, nip, unit, due FROM pinjam WHERE id IN ("+inList(len(ids))+")", ids...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		l := &arsip.Loan{}
		var due string
		if err := rows.Scan(&l.PinjamID, &l.Borrower, &l.NIP, &l.Unit, &due); err != nil {
			return nil, err
		}
		l.Due = parseDate(due)
		out[l.PinjamID] = l
	}
	return out, rows.Err()
}

// LendArsip records a loan of a file or a whole box and marks it (and, for a
// box, every file in it) as on loan. Lending what is already on loan, or
// a destroyed or handed-over file, is refused with field "berkas"/"boks".
func (s *Store) LendArsip(ctx context.Context, p *arsip.Peminjaman) error {
	if p.Clerk == "" {
		p.Clerk = s.Actor().Label() // what the loan form shows as petugas
	}
	if err := p.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "lend", func(tx *sql.Tx) error {
		if p.BerkasID != 0 {
			var code string
			var status arsip.Status
			var loan int64
			err := tx.QueryRow("SELECT code, status, coalesce(on_loan_id,0) FROM berkas WHERE id=? AND deleted_at IS NULL", p.BerkasID).Scan(&code, &status, &loan)
			if err != nil {
				return err
			}
			if loan != 0 {
				return model.Invalid("berkas", code, "error.arsip_already_lent")
			}
			if status == arsip.StatusMusnah || status == arsip.StatusPermanen {
				return model.Invalid("berkas", code, "error.arsip_not_lendable")
			}
		} else {
			var code string
			var loan, lentInside int64
			err := tx.QueryRow(`SELECT code, coalesce(on_loan_id,0), (SELECT count(*) FROM berkas WHERE boks_id=boks.id AND on_loan_id IS NOT NULL)
				FROM boks WHERE id=? AND deleted_at IS NULL`, p.BoksID).Scan(&code, &loan, &lentInside)
			if err != nil {
				return err
			}
			if loan != 0 || lentInside > 0 {
				return model.Invalid("boks", code, "error.arsip_already_lent")
			}
		}
		now, by := fmtTime(s.now()), s.Actor().Label()
		res, err := tx.Exec(`INSERT INTO pinjam(berkas_id, boks_id, borrower, nip, unit, clerk, tanggal, due, purpose, created_at, created_by, updated_at, updated_by)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`, nullID(p.BerkasID), nullID(p.BoksID), p.Borrower, p.NIP, p.Unit, p.Clerk,
			fmtDate(p.Tanggal), fmtDate(p.Due), p.Purpose, now, by, now, by)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		if p.BerkasID != 0 {
			_, err = tx.Exec("UPDATE berkas SET on_loan_id=? WHERE id=?", id, p.BerkasID)
		} else {
			if _, err = tx.Exec("UPDATE boks SET on_loan_id=? WHERE id=?", id, p.BoksID); err == nil {
				_, err = tx.Exec("UPDATE berkas SET on_loan_id=? WHERE boks_id=? AND deleted_at IS NULL", id, p.BoksID)
			}
		}
		if err != nil {
			return err
		}
		saved, err := loadPinjam(tx, id)
		if err != nil {
			return err
		}
		*p = saved.(arsip.Peminjaman)
		return s.audit(tx, "pinjam", id, ActCreate, nil, saved)
	})
}

// ReturnArsip closes a loan read at version: the file or box is back on
// returnedAt, checked, with a note on its condition.
func (s *Store) ReturnArsip(ctx context.Context, id, version int64, returnedAt time.Time, condition string) error {
	return s.write(ctx, "return loan", func(tx *sql.Tx) error {
		if err := checkVersion(tx, "pinjam", id, version); err != nil {
			return err
		}
		before, err := loadPinjam(tx, id)
		if err != nil {
			return err
		}
		if !before.(arsip.Peminjaman).Open() {
			return model.Invalid("pinjam", "", "error.arsip_already_returned")
		}
		if returnedAt.IsZero() {
			returnedAt = s.now()
		}
		now, by := fmtTime(s.now()), s.Actor().Label()
		if _, err := tx.Exec("UPDATE pinjam SET returned_at=?, condition=?, version=version+1, updated_at=?, updated_by=? WHERE id=?",
			fmtDate(returnedAt), condition, now, by, id); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE berkas SET on_loan_id=NULL WHERE on_loan_id=?", id); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE boks SET on_loan_id=NULL WHERE on_loan_id=?", id); err != nil {
			return err
		}
		after, err := loadPinjam(tx, id)
		if err != nil {
			return err
		}
		return s.audit(tx, "pinjam", id, ActUpdate, before, after)
	})
}

// ArsipLoan reads one loan.
func (s *Store) ArsipLoan(ctx context.Context, id int64) (arsip.Peminjaman, error) {
	var out []arsip.Peminjaman
	err := s.read(ctx, "read loan", func(tx *sql.Tx) error {
		var err error
		out, err = queryLoans(ctx, tx, "SELECT "+pinjamCols+" FROM pinjam WHERE id=?", id)
		if err == nil && len(out) == 0 {
			err = model.ErrNotFound
		}
		return err
	})
	if err != nil {
		return arsip.Peminjaman{}, err
	}
	return out[0], nil
}

// OpenArsipLoans lists the loans not yet returned, soonest due first.
func (s *Store) OpenArsipLoans(ctx context.Context) ([]arsip.Peminjaman, error) {
	var out []arsip.Peminjaman
	err := s.read(ctx, "list open loans", func(tx *sql.Tx) error {
		var err error
		out, err = queryLoans(ctx, tx, "SELECT "+pinjamCols+" FROM pinjam WHERE returned_at IS NULL AND deleted_at IS NULL ORDER BY due, id")
		return err
	})
	return out, err
}

// OverdueArsipLoans lists the open loans whose due date is before asOf's day.
func (s *Store) OverdueArsipLoans(ctx context.Context, asOf time.Time) ([]arsip.Peminjaman, error) {
	var out []arsip.Peminjaman
	err := s.read(ctx, "list overdue loans", func(tx *sql.Tx) error {
		var err error
		out, err = queryLoans(ctx, tx, "SELECT "+pinjamCols+" FROM pinjam WHERE returned_at IS NULL AND deleted_at IS NULL AND due < ? ORDER BY due, id",
			asOf.Format(dateLayout))
		return err
	})
	return out, err
}

// ArsipLoansOf lists every loan (open and returned) of a file or of its box, newest first.
func (s *Store) ArsipLoansOf(ctx context.Context, berkasID int64) ([]arsip.Peminjaman, error) {
	var out []arsip.Peminjaman
	err := s.read(ctx, "list loans", func(tx *sql.Tx) error {
		var err error
		out, err = queryLoans(ctx, tx, "SELECT "+pinjamCols+` FROM pinjam WHERE berkas_id=?
			OR boks_id=(SELECT boks_id FROM berkas WHERE id=?) ORDER BY tanggal DESC, id DESC`, berkasID, berkasID)
		return err
	})
	return out, err
}

func queryLoans(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]arsip.Peminjaman, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var out []arsip.Peminjaman
	for rows.Next() {
		p, err := scanPinjam(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, p)
	}
	rows.Close()
	for i := range out {
		p := &out[i]
		if p.BerkasID != 0 {
			err = tx.QueryRowContext(ctx, "SELECT code, uraian FROM berkas WHERE id=?", p.BerkasID).Scan(&p.Code, &p.Title)
		} else {
			var nomor string
			err = tx.QueryRowContext(ctx, "SELECT code, nomor FROM boks WHERE id=?", p.BoksID).Scan(&p.Code, &nomor)
			p.Title = (&arsip.Boks{Nomor: nomor, Code: p.Code}).Label()
		}
		if err != nil {
			return nil, err
		}
	}
	return out, rows.Err()
}
