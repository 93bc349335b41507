package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/booking"
)

// Bookings (issue 14): one versioned, audited row per booking with its P-
// code in the code registry, and one booking_slot row per resource for
// the overlap index. Every write that gives a booking a slot runs
// booking.Check on the schedules read in its own BEGIN IMMEDIATE
// transaction, so two PCs can never both take one slot.

const bookingCols = metaCols + `, code, resources, dari, sampai, unit, pemohon_nama, pemohon_nip, pemohon_telepon,
	keperluan, jumlah, catatan, status, prioritas, disetujui_oleh, disetujui_pada, alasan, alasan_geser, digeser_oleh,
	coalesce(seri_id,0), coalesce(rapat_id,0), perjalanan`

func scanBooking(row interface{ Scan(...any) error }) (booking.Booking, error) {
	var b booking.Booking
	var resources, dari, sampai, pada, trip string
	ms := newMetaScan(&b.Meta)
	err := row.Scan(append(ms.dest(), &b.Code, &resources, &dari, &sampai, &b.Unit, &b.Pemohon.Nama, &b.Pemohon.NIP,
		&b.Pemohon.Telepon, &b.Keperluan, &b.Jumlah, &b.Catatan, &b.Status, &b.Prioritas, &b.DisetujuiOleh, &pada,
		&b.Alasan, &b.AlasanGeser, &b.DigeserOleh, &b.SeriID, &b.RapatID, &trip)...)
	ms.finish()
	if err != nil {
		return b, err
	}
	b.Dari, b.Sampai, b.DisetujuiPada = parseWall(dari), parseWall(sampai), parseStamp(pada)
	if err := json.Unmarshal([]byte(resources), &b.ResourceIDs); err != nil {
		return b, fmt.Errorf("booking %d resources: %w", b.ID, err)
	}
	if trip != "" {
		b.Perjalanan = &booking.Perjalanan{}
		if err := json.Unmarshal([]byte(trip), b.Perjalanan); err != nil {
			return b, fmt.Errorf("booking %d perjalanan: %w", b.ID, err)
		}
	}
	return b, nil
}

func tripText(p *booking.Perjalanan) string {
	if p == nil {
		return ""
	}
	return jsonText(p)
}

var bookingEntity = &entity[booking.Booking]{
	table: "booking",
	cols: []string{"code", "resources", "dari", "sampai", "unit", "pemohon_nama", "pemohon_nip", "pemohon_telepon",
		"keperluan", "jumlah", "catatan", "status", "prioritas", "disetujui_oleh", "disetujui_pada", "alasan",
		"alasan_geser", "digeser_oleh", "seri_id", "rapat_id", "perjalanan"},
	values: func(b *booking.Booking) []any {
		return []any{b.Code, jsonText(b.ResourceIDs), wallText(b.Dari), wallText(b.Sampai), b.Unit, b.Pemohon.Nama,
			b.Pemohon.NIP, b.Pemohon.Telepon, b.Keperluan, b.Jumlah, b.Catatan, string(b.Status), b.Prioritas,
			b.DisetujuiOleh, stampText(b.DisetujuiPada), b.Alasan, b.AlasanGeser, b.DigeserOleh, nullID(b.SeriID),
			nullID(b.RapatID), tripText(b.Perjalanan)}
	},
	load: func(tx *sql.Tx, id int64) (booking.Booking, error) {
		return scanBooking(tx.QueryRow("SELECT "+bookingCols+" FROM booking WHERE id=?", id))
	},
	meta: func(b *booking.Booking) *model.Meta { return &b.Meta },
	validate: func(b *booking.Booking) error {
		b.Normalize()
		return b.Validate()
	},
	code:   model.CodeBooking,
	codeOf: func(b *booking.Booking) *string { return &b.Code },
	unique: codeTaken(func(err error) bool { return isUnique(err, "booking.code") }, func(b *booking.Booking) *string { return &b.Code }),
	then:   func(s *Store, tx *sql.Tx, b, old *booking.Booking) error { return writeSlotsTx(tx, b, old != nil) },
}

// writeSlotsTx rewrites a booking's slot rows after every write, so the
// overlap index always has its resources, period and status. A new
// booking has none to delete: one statement less on the booking write.
func writeSlotsTx(tx *sql.Tx, b *booking.Booking, existed bool) error {
	if existed {
		if _, err := tx.Exec("DELETE FROM booking_slot WHERE booking_id=?", b.ID); err != nil {
			return err
		}
	}
	for _, rid := range b.ResourceIDs {
		if _, err := tx.Exec("INSERT OR IGNORE INTO booking_slot(booking_id, resource_id, dari, sampai, status) VALUES (?,?,?,?,?)",
			b.ID, rid, wallText(b.Dari), wallText(b.Sampai), string(b.Status)); err != nil {
			return err
		}
	}
	return nil
}

// bookingsTx reads the bookings matching where, in the order given.
func bookingsTx(tx *sql.Tx, where string, args ...any) ([]booking.Booking, error) {
	return queryAll(tx, scanBooking, "SELECT "+bookingCols+" FROM booking WHERE "+where, args...)
}

func bookingWhereTx(tx *sql.Tx, where string, args ...any) (booking.Booking, error) {
	return queryOne(tx, scanBooking, "SELECT "+bookingCols+" FROM booking WHERE "+where, args...)
}

// Booking reads one booking.
func (s *Store) Booking(ctx context.Context, id int64) (booking.Booking, error) {
	return s.bookingWhere(ctx, "id=?", id)
}

// BookingByCode reads the booking with code P-…; an unknown code gives an
// error wrapping model.ErrNotFound.
func (s *Store) BookingByCode(ctx context.Context, code string) (booking.Booking, error) {
	return s.bookingWhere(ctx, "code=?", model.NormalizeCode(code))
}

func (s *Store) bookingWhere(ctx context.Context, where string, arg any) (booking.Booking, error) {
	return readValue(ctx, s, "read booking", func(tx *sql.Tx) (booking.Booking, error) {
		return bookingWhereTx(tx, where, arg)
	})
}

// holding are the statuses whose slot can block another booking (a
// pending one only when its resource says so: booking.Holds decides).
const holding = "('diajukan','disetujui')"

// window is how far before a period a clashing booking may start: the
// longest booking the model allows, and a day of buffer.
const window = 32 * 24 * time.Hour

// overlapIDsTx lists the ids of the bookings on resource rid that hold or
// may hold a slot touching [from, to) widened by jeda, using the slot
// index: the start is bounded on both sides.
func overlapIDsTx(tx *sql.Tx, rid int64, from, to time.Time, jeda time.Duration, statuses string) ([]int64, error) {
	return queryIDs(context.Background(), tx, `SELECT booking_id FROM booking_slot WHERE resource_id=? AND dari >= ? AND dari < ?
		AND sampai > ? AND status IN `+statuses+` ORDER BY dari`, 0,
		rid, wallText(from.Add(-window-jeda)), wallText(to.Add(jeda)), wallText(from.Add(-jeda)))
}

// bookingsByIDTx reads bookings by id, ordered by start.
func bookingsByIDTx(tx *sql.Tx, ids []int64) ([]booking.Booking, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return bookingsTx(tx, "id IN ("+inList(len(ids))+") ORDER BY dari, id", args...)
}

// jadwalTx reads what is on each of b's resources around b's period: the
// resource, the bookings that may clash and the closures. An unknown
// resource is refused naming it.
func jadwalTx(tx *sql.Tx, b *booking.Booking) ([]booking.Jadwal, error) {
	var out []booking.Jadwal
	for _, rid := range b.ResourceIDs {
		r, err := resourceWhereTx(tx, "id=?", rid)
		if err == model.ErrNotFound {
			return nil, model.Invalid("resource", fmt.Sprint(rid), "error.not_found")
		}
		if err != nil {
			return nil, err
		}
		ids, err := overlapIDsTx(tx, rid, b.Dari, b.Sampai, r.Jeda, holding)
		if err != nil {
			return nil, err
		}
		list, err := bookingsByIDTx(tx, ids)
		if err != nil {
			return nil, err
		}
		closed, err := penutupansTx(tx, "resource_id=? AND dari < ? AND sampai > ?", rid, wallText(b.Sampai), wallText(b.Dari))
		if err != nil {
			return nil, err
		}
		out = append(out, booking.Jadwal{Resource: r, Bookings: list, Penutupan: closed})
	}
	return out, nil
}

// checkTx runs booking.Check for b on the schedules read in tx.
func checkTx(tx *sql.Tx, b *booking.Booking) ([]booking.Booking, []booking.Jadwal, error) {
	if err := uniqueResources(b); err != nil {
		return nil, nil, err
	}
	jadwal, err := jadwalTx(tx, b)
	if err != nil {
		return nil, nil, err
	}
	geser, err := booking.Check(b, jadwal)
	return geser, jadwal, err
}

// uniqueResources refuses a resource named twice in one booking.
func uniqueResources(b *booking.Booking) error {
	seen := map[int64]bool{}
	for _, id := range b.ResourceIDs {
		if seen[id] {
			return model.Invalid("resource", fmt.Sprint(id), "error.booking_resource_twice")
		}
		seen[id] = true
	}
	return nil
}

// startStatus is a new or moved booking's status: approved at once unless
// one of its resources needs an approver.
func startStatus(jadwal []booking.Jadwal) booking.Status {
	for _, j := range jadwal {
		if j.Resource.PerluPersetujuan {
			return booking.StatusDiajukan
		}
	}
	return booking.StatusDisetujui
}

// geserTx marks the bookings a priority booking b displaced: digeser,
// with b's code and as the reason the one typed on b (its AlasanGeser),
// else b's purpose, each audited.
func (s *Store) geserTx(ctx context.Context, tx *sql.Tx, b *booking.Booking, geser []booking.Booking) ([]booking.Booking, error) {
	alasan := b.AlasanGeser
	if alasan == "" {
		alasan = b.Keperluan
	}
	var out []booking.Booking
	for _, g := range geser {
		g.Status, g.DigeserOleh, g.AlasanGeser = booking.StatusDigeser, b.Code, alasan
		if err := bookingEntity.updateTx(ctx, s, tx, &g); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// placeTx checks b and, when it may take its slot, sets its status (a
// new slot starts over) and returns the bookings it displaces.
func placeTx(tx *sql.Tx, b *booking.Booking) ([]booking.Booking, error) {
	geser, jadwal, err := checkTx(tx, b)
	if err != nil {
		return nil, err
	}
	b.Status = startStatus(jadwal)
	if b.Status == booking.StatusDisetujui {
		b.DisetujuiOleh, b.DisetujuiPada = "", time.Time{}
	}
	return geser, nil
}

// CreateBooking checks b against its resources' schedules and saves it
// with a new P- code, all in one write transaction. It is approved at
// once when none of its resources needs an approver. A priority booking
// displaces the bookings in its way: they are returned, marked digeser.
func (s *Store) CreateBooking(ctx context.Context, b *booking.Booking) ([]booking.Booking, error) {
	b.Code, b.Status = "", booking.StatusDiajukan
	if err := bookingEntity.validateNew(b, true); err != nil {
		return nil, err
	}
	saved := *b
	var geser []booking.Booking
	err := s.write(ctx, "create booking", func(tx *sql.Tx) error {
		saved = *b
		var err error
		geser, err = s.insertBookingTx(ctx, tx, &saved)
		return err
	})
	if err != nil {
		return nil, err
	}
	*b = saved
	return geser, nil
}

// insertBookingTx checks and inserts one validated booking, then marks
// what it displaced.
func (s *Store) insertBookingTx(ctx context.Context, tx *sql.Tx, b *booking.Booking) ([]booking.Booking, error) {
	geser, err := placeTx(tx, b)
	if err != nil {
		return nil, err
	}
	if err := bookingEntity.insert(ctx, s, tx, b, b.Code == ""); err != nil {
		return nil, err
	}
	return s.geserTx(ctx, tx, b, geser)
}

// UpdateBooking saves a booking read at b.Version: one occurrence changed
// or moved. A booking that changes its resources or period is checked
// again and starts over (approved at once, or waiting for an approver); a
// displaced one moved to a free slot is active again. A closed booking
// (ditolak, dibatalkan, selesai) is refused.
func (s *Store) UpdateBooking(ctx context.Context, b *booking.Booking) error {
	if err := bookingEntity.validate(b); err != nil {
		return err
	}
	saved := *b
	err := s.write(ctx, "update booking", func(tx *sql.Tx) error {
		saved = *b
		old, err := openBookingTx(tx, b.ID)
		if err != nil {
			return err
		}
		keepDecided(&saved, &old)
		moved := !saved.Dari.Equal(old.Dari) || !saved.Sampai.Equal(old.Sampai) ||
			jsonText(saved.ResourceIDs) != jsonText(old.ResourceIDs) || old.Status == booking.StatusDigeser
		var geser []booking.Booking
		if moved || saved.Jumlah != old.Jumlah || saved.Prioritas != old.Prioritas {
			if geser, err = s.recheckTx(tx, &saved, moved); err != nil {
				return err
			}
		}
		if err := bookingEntity.updateTx(ctx, s, tx, &saved); err != nil {
			return err
		}
		_, err = s.geserTx(ctx, tx, &saved, geser)
		return err
	})
	if err == nil {
		*b = saved
	}
	return err
}

// keepDecided keeps what only the store's own steps change (the code,
// status, approval, series, meeting, trip) from the saved row.
func keepDecided(b, old *booking.Booking) {
	b.Code, b.Status, b.DisetujuiOleh, b.DisetujuiPada = old.Code, old.Status, old.DisetujuiOleh, old.DisetujuiPada
	b.Alasan, b.AlasanGeser, b.DigeserOleh, b.SeriID, b.RapatID = old.Alasan, old.AlasanGeser, old.DigeserOleh, old.SeriID, old.RapatID
	b.Perjalanan = old.Perjalanan
}

// recheckTx checks a changed booking; a moved one starts over.
func (s *Store) recheckTx(tx *sql.Tx, b *booking.Booking, moved bool) ([]booking.Booking, error) {
	if !moved {
		geser, _, err := checkTx(tx, b)
		return geser, err
	}
	b.AlasanGeser, b.DigeserOleh = "", ""
	return placeTx(tx, b)
}

// openBookingTx reads a booking that may still change: not rejected,
// cancelled or done.
func openBookingTx(tx *sql.Tx, id int64) (booking.Booking, error) {
	b, err := bookingWhereTx(tx, "id=?", id)
	if err != nil {
		return b, err
	}
	switch b.Status {
	case booking.StatusDitolak, booking.StatusDibatalkan, booking.StatusSelesai:
		return b, model.Invalid("status", string(b.Status), "error.booking_closed")
	}
	return b, nil
}

// CancelBooking cancels a booking read at version, keeping the reason.
func (s *Store) CancelBooking(ctx context.Context, id, version int64, alasan string) error {
	return s.write(ctx, "cancel booking", func(tx *sql.Tx) error {
		b, err := openBookingTx(tx, id)
		if err != nil {
			return err
		}
		b.Version = version
		return s.closeBookingTx(ctx, tx, &b, booking.StatusDibatalkan, alasan)
	})
}

func (s *Store) closeBookingTx(ctx context.Context, tx *sql.Tx, b *booking.Booking, st booking.Status, alasan string) error {
	b.Status, b.Alasan = st, strings.Join(strings.Fields(alasan), " ")
	return bookingEntity.updateTx(ctx, s, tx, b)
}

// DecideBooking approves or rejects a waiting request read at version.
// The approver is named; approving needs the admin PIN or an approver of
// the list (Approvers). Approving checks the slot again: another request
// may have been approved meanwhile.
func (s *Store) DecideBooking(ctx context.Context, id, version int64, approve bool, alasan, approver, pin string) (booking.Booking, error) {
	var b booking.Booking
	err := s.write(ctx, "decide booking", func(tx *sql.Tx) error {
		var err error
		if b, err = bookingWhereTx(tx, "id=?", id); err != nil {
			return err
		}
		if b.Status != booking.StatusDiajukan {
			return model.Invalid("status", string(b.Status), "error.booking_not_waiting")
		}
		if approver, err = s.approverTx(tx, approver, pin); err != nil {
			return err
		}
		b.Version = version
		if !approve {
			return s.closeBookingTx(ctx, tx, &b, booking.StatusDitolak, alasan)
		}
		b.Status = booking.StatusDisetujui
		geser, _, err := checkTx(tx, &b)
		if err != nil {
			return err
		}
		b.DisetujuiOleh, b.DisetujuiPada, b.Alasan = approver, s.now(), strings.Join(strings.Fields(alasan), " ")
		if err := bookingEntity.updateTx(ctx, s, tx, &b); err != nil {
			return err
		}
		_, err = s.geserTx(ctx, tx, &b, geser)
		return err
	})
	return b, err
}

// approverTx says who decides: a named approver of the list, or anyone
// with the admin PIN (named, or the clerk at this PC).
func (s *Store) approverTx(tx *sql.Tx, name, pin string) (string, error) {
	name = strings.Join(strings.Fields(name), " ")
	list, err := approversTx(tx)
	if err != nil {
		return "", err
	}
	for _, a := range list {
		if name != "" && strings.EqualFold(a.Nama, name) {
			return a.Nama, nil
		}
	}
	if err := s.requireAdmin(tx, pin); err != nil {
		return "", err
	}
	if name == "" {
		name = s.Actor().Label()
	}
	return name, nil
}

// RecordTrip records a vehicle booking's trip: where to, the odometer out,
// and when the car is back its odometer in and fuel; a trip with the car
// back makes the booking selesai.
func (s *Store) RecordTrip(ctx context.Context, id, version int64, p booking.Perjalanan) (booking.Booking, error) {
	p.Tujuan = strings.Join(strings.Fields(p.Tujuan), " ")
	switch {
	case p.OdoBerangkat < 0:
		return booking.Booking{}, model.Invalid("odo_berangkat", model.FormatInt(p.OdoBerangkat), "error.booking_odo")
	case p.OdoKembali != 0 && p.OdoKembali < p.OdoBerangkat:
		return booking.Booking{}, model.Invalid("odo_kembali", model.FormatInt(p.OdoKembali), "error.booking_odo")
	case p.BBMLiter < 0 || p.BBMRupiah < 0:
		return booking.Booking{}, model.Invalid("bbm", "", "error.booking_odo")
	}
	var b booking.Booking
	err := s.write(ctx, "record trip", func(tx *sql.Tx) error {
		var err error
		if b, err = openBookingTx(tx, id); err != nil {
			return err
		}
		if b.Status != booking.StatusDisetujui {
			return model.Invalid("status", string(b.Status), "error.booking_not_approved")
		}
		if p.OdoKembali != 0 {
			if p.Kembali.IsZero() {
				p.Kembali = s.now().In(time.Local)
			}
			b.Status = booking.StatusSelesai
		}
		b.Version, b.Perjalanan = version, &p
		return bookingEntity.updateTx(ctx, s, tx, &b)
	})
	return b, err
}
