// Package printout lays archive records out on paper: the official lists
// as printed forms, loan cards, and folder and box labels. It reads
// through package storage and draws with package ui/paper, so storage
// knows nothing of paper and paper nothing of the database; the Cetak
// screen and rapictl both print through here.
package printout

import (
	"bytes"
	"context"
	"image/color"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"

	"rapi/model"
	marsip "rapi/model/arsip"
	"rapi/model/label"
	"rapi/storage"
	"rapi/ui/paper"
)

// Lists are the official lists that print as a table, in menu order.
var Lists = []storage.ArsipList{storage.ListAktif, storage.ListInaktif, storage.ListIsi, storage.ListUsulPindah, storage.ListUsulMusnah}

// ListOptions choose an official list to print.
type ListOptions struct {
	List     storage.ArsipList
	Paper    label.Paper // label.PaperA4 or label.PaperF4 (the default)
	Portrait bool        // the lists are landscape unless asked
	AsOf     time.Time   // the day of the list and the signature (default today)
	Text     string      // narrow as SearchBerkas (not the retention lists)
	Filter   storage.BerkasFilter
}

// ListReader is what laying out an official list reads: *storage.Store,
// or in tests a store whose reads fail.
type ListReader interface {
	Institution(ctx context.Context) (model.Institution, error)
	EachBerkas(ctx context.Context, opt storage.ExportArsipOptions, withItems bool, fn func(b *marsip.Berkas, items []marsip.IsiBerkas)) error
	EachRetensi(ctx context.Context, list storage.ArsipList, asOf time.Time, f storage.BerkasFilter, fn func(b *marsip.Berkas)) error
	FilterLine(ctx context.Context, list storage.ArsipList, text string, f storage.BerkasFilter) (string, error)
	BoksList(ctx context.Context, placeID int64) ([]marsip.Boks, error)
}

// Form gathers an official list and lays it out as a printed form: the
// institution's letterhead, the list's table and the signature blocks
// dated AsOf. Any read error (a busy share, a cancelled ctx) is returned
// with no rows, so a signed list is never printed short.
func Form(ctx context.Context, s ListReader, opt ListOptions) (paper.FormSpec, paper.Rows, error) {
	inst, err := s.Institution(ctx)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	asOf := opt.AsOf
	if asOf.IsZero() {
		asOf = time.Now()
	}
	info := paper.FormInfo{Institution: inst, Paper: opt.Paper,
		Subtitles:  []string{"Keadaan per " + model.FormatDate(asOf)},
		Signatures: printSignatures(opt.List, asOf)}
	// A narrowed list says so under its title: a signed list of a few
	// files is never read as the whole archive.
	line, err := s.FilterLine(ctx, opt.List, opt.Text, opt.Filter)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	if line != "" {
		info.Subtitles = append(info.Subtitles, line)
	}
	eopt := storage.ExportArsipOptions{List: opt.List, Text: opt.Text, Filter: opt.Filter, AsOf: asOf}
	var spec paper.FormSpec
	var rows paper.Rows
	switch opt.List {
	case storage.ListAktif:
		spec, rows, err = formAktif(ctx, s, info, eopt)
	case storage.ListInaktif:
		spec, rows, err = formInaktif(ctx, s, info, inst, eopt)
	case storage.ListIsi:
		spec, rows, err = formIsi(ctx, s, info, eopt)
	case storage.ListUsulPindah, storage.ListUsulMusnah:
		spec, rows, err = formUsul(ctx, s, info, opt.List, asOf, opt.Filter)
	default:
		return paper.FormSpec{}, nil, model.Invalid("list", string(opt.List), "error.arsip_choice")
	}
	if err == nil {
		err = ctx.Err() // a walk cut short by ctx may end without saying so
	}
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	spec.Landscape = !opt.Portrait
	return spec, rows, nil
}

func formAktif(ctx context.Context, s ListReader, info paper.FormInfo, eopt storage.ExportArsipOptions) (paper.FormSpec, paper.Rows, error) {
	eopt.Filter.Status = marsip.StatusAktif
	var list []paper.ArsipAktifRow
	err := s.EachBerkas(ctx, eopt, true, func(b *marsip.Berkas, items []marsip.IsiBerkas) {
		r := paper.ArsipAktifRow{Berkas: printBerkasRow(b)}
		for _, it := range items {
			r.Items = append(r.Items, printIsiRow(b, &it))
		}
		list = append(list, r)
	})
	spec, rows := paper.DaftarArsipAktif(info, list)
	return spec, rows, err
}

func formInaktif(ctx context.Context, s ListReader, info paper.FormInfo, inst model.Institution, eopt storage.ExportArsipOptions) (paper.FormSpec, paper.Rows, error) {
	eopt.Filter.Status = marsip.StatusInaktif
	pencipta := ""
	if len(inst.Lines) > 0 {
		pencipta = inst.Lines[len(inst.Lines)-1]
	}
	var list []paper.ArsipInaktifRow
	err := s.EachBerkas(ctx, eopt, false, func(b *marsip.Berkas, _ []marsip.IsiBerkas) {
		list = append(list, paper.ArsipInaktifRow{PenciptaArsip: pencipta, UnitPengolah: b.UnitPengolah,
			Nomor: b.NomorBerkas, KodeKlasifikasi: b.KodeKlasifikasi, Uraian: b.Uraian, KurunWaktu: b.KurunWaktu(),
			Jumlah: printNomor(b.JumlahItem), TingkatPerkembangan: b.Tingkat.Official(),
			Keterangan: marsip.JoinCells(&marsip.DaftarArsipInaktif, &marsip.ListRow{Berkas: b}, "Media", "Keterangan", "Kode"),
			NomorBoks:  b.BoksCode,
			Lokasi:     b.PlacePath})
	})
	spec, rows := paper.DaftarArsipInaktif(info, list)
	return spec, rows, err
}

func formIsi(ctx context.Context, s ListReader, info paper.FormInfo, eopt storage.ExportArsipOptions) (paper.FormSpec, paper.Rows, error) {
	var list []paper.IsiBerkasRow
	err := s.EachBerkas(ctx, eopt, true, func(b *marsip.Berkas, items []marsip.IsiBerkas) {
		for _, it := range items {
			list = append(list, printIsiRow(b, &it))
		}
	})
	spec, rows := paper.DaftarIsiBerkas(info, list)
	return spec, rows, err
}

// formUsul lays out usul pindah or usul musnah. Its box read once had its
// own err that hid the walk's error: keep one err here.
func formUsul(ctx context.Context, s ListReader, info paper.FormInfo, list storage.ArsipList, asOf time.Time,
	f storage.BerkasFilter) (paper.FormSpec, paper.Rows, error) {
	boxes, err := s.BoksList(ctx, 0)
	if err != nil {
		return paper.FormSpec{}, nil, err
	}
	nomorBoks := make(map[string]string, len(boxes)) // the retention list names a file's box by code
	for _, x := range boxes {
		nomorBoks[x.Code] = x.Nomor
	}
	var out []paper.UsulRow
	err = s.EachRetensi(ctx, list, asOf, f, func(b *marsip.Berkas) {
		out = append(out, usulRow(b, list, nomorBoks))
	})
	var spec paper.FormSpec
	var rows paper.Rows
	if list == storage.ListUsulPindah {
		spec, rows = paper.UsulPindah(info, out)
	} else {
		spec, rows = paper.UsulMusnah(info, out)
	}
	return spec, rows, err
}

func usulRow(b *marsip.Berkas, list storage.ArsipList, nomorBoks map[string]string) paper.UsulRow {
	due := b.Retensi.PindahOn
	if list == storage.ListUsulMusnah {
		due = b.Retensi.AkhirOn
	}
	r := paper.UsulRow{KodeKlasifikasi: b.KodeKlasifikasi, NomorBerkas: b.NomorBerkas, Uraian: b.Uraian,
		KurunWaktu: b.KurunWaktu(), Jumlah: printNomor(b.JumlahItem), TingkatPerkembangan: b.Tingkat.Official(),
		NomorBoks: nomorBoks[b.BoksCode], Keterangan: marsip.JoinCells(&marsip.UsulPindah, &marsip.ListRow{Berkas: b}, "Kode", "Lokasi")}
	if r.NomorBoks == "" {
		r.NomorBoks = b.BoksCode
	}
	if !due.IsZero() {
		r.Retensi = model.FormatDate(due)
	}
	return r
}

func printBerkasRow(b *marsip.Berkas) paper.BerkasRow {
	return paper.BerkasRow{KodeKlasifikasi: b.KodeKlasifikasi, NomorBerkas: b.NomorBerkas, UnitPengolah: b.UnitPengolah,
		Uraian: b.Uraian, KurunWaktu: b.KurunWaktu(), Jumlah: printNomor(b.JumlahItem), Keterangan: b.Note}
}

func printIsiRow(b *marsip.Berkas, it *marsip.IsiBerkas) paper.IsiBerkasRow {
	r := paper.IsiBerkasRow{NomorBerkas: b.NomorBerkas, NomorItem: printNomor(it.NomorItem),
		KodeKlasifikasi: b.KodeKlasifikasi, Uraian: printJoin(" · ", it.NomorSurat, it.Uraian),
		TingkatPerkembangan: it.Tingkat.Official(), Jumlah: printNomor(it.Jumlah), Lokasi: b.PlacePath,
		KeamananAkses: b.Keamanan.Official()}
	if !it.Tanggal.IsZero() {
		r.Tanggal = model.FormatDate(it.Tanggal)
	}
	return r
}

func printNomor(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func printJoin(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// printSignatures are the signature blocks of a list: who approves on the
// left, who made it (dated asOf) on the right. Names are left to be
// written by hand.
func printSignatures(list storage.ArsipList, asOf time.Time) []paper.Signature {
	blank := "(................................................)"
	left := paper.Signature{Lines: []string{"", "Mengetahui,", "Kepala Unit Pengolah"}, Name: blank, NIP: "................................"}
	right := paper.Signature{Lines: []string{model.FormatDate(asOf), "", "Yang membuat,"}, Name: blank, NIP: "................................"}
	switch list {
	case storage.ListUsulPindah:
		left.Lines[2] = "Kepala Unit Pengolah"
		right.Lines[2] = "Kepala Unit Kearsipan"
		right.Lines[1] = "Yang menerima,"
		left.Lines[1] = "Yang menyerahkan,"
	case storage.ListUsulMusnah:
		left.Lines[1], left.Lines[2] = "Mengetahui,", "Pimpinan Pencipta Arsip"
		right.Lines[1], right.Lines[2] = "Yang mengusulkan,", "Kepala Unit Kearsipan"
	}
	return []paper.Signature{left, right}
}

// LoanCards are the loan cards (out indicators) of the loans ids, or of
// every open loan when ids is empty, with the institution's letterhead.
func LoanCards(ctx context.Context, s *storage.Store, ids ...int64) ([]paper.LoanCard, error) {
	inst, err := s.Institution(ctx)
	if err != nil {
		return nil, err
	}
	var loans []marsip.Peminjaman
	if len(ids) == 0 {
		if loans, err = s.OpenArsipLoans(ctx); err != nil {
			return nil, err
		}
	}
	for _, id := range ids {
		l, err := s.ArsipLoan(ctx, id)
		if err != nil {
			return nil, err
		}
		loans = append(loans, l)
	}
	out := make([]paper.LoanCard, len(loans))
	for i, l := range loans {
		out[i] = paper.LoanCard{Header: inst.Lines, Code: l.Code, Title: l.Title, Borrower: l.Borrower, NIP: l.NIP,
			Unit: l.Unit, Date: model.FormatDate(l.Tanggal), Due: model.FormatDate(l.Due), Purpose: l.Purpose, Clerk: l.Clerk}
	}
	return out, nil
}

// Labeled is the label of one record, with its code and the title a
// print queue shows.
type Labeled struct {
	Code  string
	Title string
	Label paper.Drawer
}

// FolderLabels are the labels of the files with codes, or of every file
// (not in the bin) when codes is empty, in code order.
func FolderLabels(ctx context.Context, s *storage.Store, codes ...string) ([]Labeled, error) {
	klas, err := s.KlasifikasiList(ctx)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(klas))
	for _, k := range klas {
		names[k.Code] = k.Name
	}
	kats, err := s.ArsipKategori(ctx)
	if err != nil {
		return nil, err
	}
	colours := make(map[string]string, len(kats))
	for _, k := range kats {
		colours[k.Name] = k.Color
	}
	var out []Labeled
	add := func(b *marsip.Berkas) {
		out = append(out, Labeled{Code: b.Code, Title: b.Uraian, Label: folderLabel(b, names, colours)})
	}
	if len(codes) == 0 {
		err = s.EachBerkas(ctx, storage.ExportArsipOptions{List: storage.ListBerkas}, false, func(b *marsip.Berkas, _ []marsip.IsiBerkas) { add(b) })
		return out, err
	}
	for _, c := range codes {
		b, err := s.BerkasByCode(ctx, c)
		if err != nil {
			return nil, err
		}
		if _, ok := names[b.KodeKlasifikasi]; !ok {
			if k, err := s.KlasifikasiByCode(ctx, b.KodeKlasifikasi); err == nil {
				names[b.KodeKlasifikasi] = k.Name
			}
		}
		add(&b)
	}
	return out, nil
}

func folderLabel(b *marsip.Berkas, klasNames, colours map[string]string) paper.FolderLabel {
	l := paper.FolderLabel{Code: b.Code, ClassCode: b.KodeKlasifikasi, ClassName: klasNames[b.KodeKlasifikasi],
		Number: b.NomorBerkas, Title: b.Uraian, Years: b.KurunWaktu(), CategoryName: b.Kategori}
	if b.Kategori != "" {
		l.CategoryColor, _ = printColour(colours[b.Kategori])
		for _, r := range b.Kategori {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				l.CategoryLetter = strings.ToUpper(string(r))
				break
			}
		}
	}
	return l
}

// printColour reads "#RRGGBB".
func printColour(s string) (color.RGBA, bool) {
	if len(s) != 7 || s[0] != '#' {
		return color.RGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.RGBA{}, false
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}, true
}

// BoxLabels are the labels of the boxes with codes, or of every box when
// codes is empty, by number.
func BoxLabels(ctx context.Context, s *storage.Store, codes ...string) ([]Labeled, error) {
	boxes, err := s.BoksList(ctx, 0)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, c := range codes {
		want[model.NormalizeCode(c)] = true
	}
	byCode := map[string]Labeled{}
	var out []Labeled
	for i := range boxes {
		b := &boxes[i]
		if len(codes) > 0 && !want[b.Code] {
			continue
		}
		l := Labeled{Code: b.Code, Title: printJoin(" · ", b.Label(), b.Unit), Label: boxLabel(b)}
		byCode[b.Code] = l
		out = append(out, l)
	}
	if len(codes) == 0 {
		return out, nil
	}
	out = out[:0]
	for _, c := range codes { // in the order asked
		l, ok := byCode[model.NormalizeCode(c)]
		if !ok {
			return nil, model.ErrNotFound
		}
		out = append(out, l)
	}
	return out, nil
}

func boxLabel(b *marsip.Boks) paper.BoxLabel {
	number := b.Nomor
	if number == "" {
		number = b.Code
	}
	l := paper.BoxLabel{Code: b.Code, Number: number, Unit: b.Unit,
		Place: strings.TrimSuffix(strings.TrimSuffix(b.PlacePath, b.Label()), model.PathSep)}
	switch {
	case b.KodeMin == "":
	case b.KodeMin == b.KodeMax:
		l.ClassRange = b.KodeMin
	default:
		l.ClassRange = b.KodeMin + " – " + b.KodeMax
	}
	switch {
	case b.TahunSampai == 0:
	case b.TahunDari == b.TahunSampai || b.TahunDari == 0:
		l.Years = strconv.Itoa(b.TahunSampai)
	default:
		l.Years = strconv.Itoa(b.TahunDari) + "–" + strconv.Itoa(b.TahunSampai)
	}
	return l
}

// WriteFormPDF lays out an official list as a PDF at path. The file is
// written only when the whole list was read: on any error there is no
// file, not a short one.
func WriteFormPDF(ctx context.Context, s ListReader, opt ListOptions, path string) error {
	spec, rows, err := Form(ctx, s, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := paper.RenderTablePDF(&buf, spec, rows); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
