package storage

import (
	"strings"
	"time"

	"rapi/model"
	"rapi/model/arsip"
	"rapi/storage/sheet"
)

// Daftar Isi Berkas sheets come in two shapes: (a) a "parent" row per
// file (nomor berkas filled, nomor item empty) followed by its item rows
// (nomor item filled, the file's columns empty); (b) a flat table where
// every item row carries its file's number. Either may lack the kurun
// waktu: the years come from the items' dates, else from the file already
// in Rapi (matched by nomor berkas + classification).

// ReasonImportNoYears: a new file without kurun waktu nor dated items.
const ReasonImportNoYears = "impor.reason.no_years"

// itemOnly reports whether a record is an item row of shape (a): item
// columns filled, the file's own columns empty.
func itemOnly(v recValues) bool {
	if v.str("nomor_berkas") != "" || v.str("code") != "" || v.str("kode_klasifikasi") != "" || v.str("uraian") != "" {
		return false
	}
	_, numbered := v.Values["nomor_item"]
	return numbered || v.str("uraian_item") != ""
}

// parentRow reports whether a record is a file's own row in an isi berkas
// sheet: no item number, its description in the item's column.
func parentRow(b *arsip.Berkas, v recValues) bool {
	_, numbered := v.Values["nomor_item"]
	return b.Uraian == "" && !numbered && v.str("uraian_item") != ""
}

// addToParent adds an item row of shape (a) to the file row above it.
func (rr *rowReader) addToParent(v recValues) []sheet.Problem {
	if len(rr.rows) == 0 {
		return []sheet.Problem{{Column: "nomor_berkas", Reason: sheet.ReasonRequired}}
	}
	parent := rr.rows[len(rr.rows)-1]
	item := readItem(&parent.b, v)
	if item.NomorItem == 0 {
		item.NomorItem = len(parent.items) + 1
	}
	if err := item.Validate(); err != nil {
		return []sheet.Problem{{Column: "nomor_item", Reason: sheet.ReasonRequired}}
	}
	parent.items = append(parent.items, *item)
	widenYears(parent, item.Tanggal)
	rr.skip = true
	return nil
}

// widenYears makes a file without kurun waktu cover an item's date.
func widenYears(r *importRow, t time.Time) {
	if !r.noYears || t.IsZero() {
		return
	}
	y := t.Year()
	if r.b.TahunSampai == 0 || y > r.b.TahunSampai {
		r.b.TahunSampai = y
	}
	if r.b.TahunDari == 0 || y < r.b.TahunDari {
		r.b.TahunDari = y
	}
}

// nomorKey identifies a file by nomor berkas and classification alone,
// for rows without years.
func nomorKey(b *arsip.Berkas) string {
	if b.NomorBerkas == "" {
		return ""
	}
	return strings.ToLower(b.NomorBerkas) + "\x00" + b.KodeKlasifikasi
}

// noYearsProblems are the new files that ended without any year: refused
// like a row with a bad cell (planned.skip keeps them out of the write).
func (pl *importPlan) noYearsProblems() []sheet.Problem {
	var out []sheet.Problem
	for i := range pl.rows {
		p := &pl.rows[i]
		if p.old == nil && p.r.b.TahunSampai == 0 {
			p.skip = true
			pl.created--
			out = append(out, sheet.Problem{Row: p.r.row, Column: "Kurun Waktu", Reason: ReasonImportNoYears})
		}
	}
	return out
}

// lokasiText is where a row says its file is, as text: the one location
// column as written, or the levels of a "Lokasi Simpan" group joined as
// a place path ("Ruang Arsip Lt.2 › Rak 3 › Boks 015"). Kept with the
// file where the location does not resolve to a place.
func lokasiText(v recValues, l rowLokasi) string {
	only := v.str("lokasi")
	for _, f := range lokasiFields[1:] {
		if v.str(f.key) != "" {
			only = ""
		}
	}
	if only != "" || l.empty() {
		return only
	}
	var parts []string
	for _, p := range l.loc.Places {
		parts = append(parts, p.Name)
	}
	if l.boksCode != "" {
		parts = append(parts, l.boksCode)
	} else if l.loc.Boks != "" {
		parts = append(parts, (&arsip.Boks{Nomor: l.loc.Boks}).Label())
	}
	if l.loc.Folder != "" {
		parts = append(parts, "Folder "+l.loc.Folder)
	}
	return model.JoinPath(parts...)
}
