package storage

import (
	"context"
	"io"
	"math"
	"strings"
	"time"

	"rapi/model"
	"rapi/model/booking"
	"rapi/model/value"
	"rapi/storage/sheet"
)

// bookingColumns are the columns of an exported booking list. Mulai and
// Selesai are real date cells with their time, so a clerk can sort and
// filter them in Excel.
var bookingColumns = []sheet.ExportColumn{{Header: "Kode", Kind: sheet.Code}, {Header: "Mulai", Kind: sheet.Date},
	{Header: "Selesai", Kind: sheet.Date}, {Header: "Ruang/Kendaraan"}, {Header: "Unit"}, {Header: "Pemohon"},
	{Header: "NIP", Kind: sheet.Code}, {Header: "Telepon", Kind: sheet.Code}, {Header: "Keperluan"},
	{Header: "Jumlah", Kind: sheet.Int}, {Header: "Status"}, {Header: "Disetujui oleh"}}

// bookingDateTime is how Mulai and Selesai show: 03/12/2026 09:00.
const bookingDateTime = `dd/mm/yyyy hh:mm`

// ExportBookingList writes the bookings f picks (every one of them: a
// zero Limit is no limit here) as an xlsx workbook: the institution's
// lines, the list's title and what it was narrowed to on top, then one
// row per booking, earliest first. It returns the number of bookings
// written.
func (s *Store) ExportBookingList(ctx context.Context, w io.Writer, f BookingFilter) (int, error) {
	inst, err := s.Institution(ctx)
	if err != nil {
		return 0, err
	}
	resources, err := s.Resources(ctx, ResourceFilter{All: true})
	if err != nil {
		return 0, err
	}
	names := make(map[int64]string, len(resources))
	for _, r := range resources {
		names[r.ID] = r.Nama
	}
	if f.Limit <= 0 {
		f.Limit = math.MaxInt32
	}
	list, err := s.BookingList(ctx, f)
	if err != nil {
		return 0, err
	}
	titles := append(append([]string(nil), inst.Lines...), "DAFTAR PEMINJAMAN RUANG DAN KENDARAAN")
	if line := bookingFilterLine(f, names); line != "" {
		titles = append(titles, line)
	}
	spec := sheet.ExportSpec{SheetName: "Peminjaman", Titles: titles, Columns: bookingColumns, DateFormat: bookingDateTime}
	return sheet.Export(w, spec, func(yield func([]any, error) bool) {
		for i := range list {
			if !yield(bookingCells(&list[i], names), nil) {
				return
			}
		}
	})
}

func bookingCells(b *booking.Booking, names map[int64]string) []any {
	var res []string
	for _, id := range b.ResourceIDs {
		res = append(res, names[id])
	}
	var jumlah any
	if b.Jumlah > 0 {
		jumlah = b.Jumlah
	}
	return []any{b.Code, dateTimeSerial(b.Dari), dateTimeSerial(b.Sampai), strings.Join(res, "; "), b.Unit, b.Pemohon.Nama,
		b.Pemohon.NIP, b.Pemohon.Telepon, b.Keperluan, jumlah, model.TitleCase(string(b.Status)), b.DisetujuiOleh}
}

// dateTimeSerial is t's wall-clock date and time as a spreadsheet serial
// number: the sheet's date cells otherwise keep only the day.
func dateTimeSerial(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return value.ToSerial(t) + float64(t.Hour()*60+t.Minute())/(24*60)
}

// bookingFilterLine says what a narrowed list holds, under its title, so
// a list of one room's month is never read as every booking.
func bookingFilterLine(f BookingFilter, names map[int64]string) string {
	var parts []string
	if f.ResourceID != 0 {
		parts = append(parts, "Ruang/Kendaraan: "+names[f.ResourceID])
	}
	if f.Unit != "" {
		parts = append(parts, "Unit: "+f.Unit)
	}
	switch {
	case f.Waiting:
		parts = append(parts, "Status: Diajukan (menunggu persetujuan)")
	case f.Digeser:
		parts = append(parts, "Status: Digeser")
	case f.Status != "":
		parts = append(parts, "Status: "+model.TitleCase(string(f.Status)))
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		parts = append(parts, "Periode: "+periodText(f.From, f.To))
	}
	return strings.Join(parts, " · ")
}

// periodText is [from, to) as a clerk reads it: the last day is the day
// before an end at midnight.
func periodText(from, to time.Time) string {
	first, last := "awal", "seterusnya"
	if !from.IsZero() {
		first = model.FormatDate(from)
	}
	if !to.IsZero() {
		if to.Hour() == 0 && to.Minute() == 0 {
			to = to.Add(-time.Minute)
		}
		last = model.FormatDate(to)
	}
	return first + " s.d. " + last
}
