package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"rapi/assets"
	"rapi/storage"
	"rapi/storage/sheet"
)

func init() {
	register(command{"import", `arsip FILE [--sheet NAME ...|--all-sheets] [--dry-run [--json]] [--skip-invalid] [--convert-xls] [--klasifikasi CODE] [--map "Kolom=field" ...]: import a register of files from .xlsx/.csv; klasifikasi FILE [--dry-run] [--pin PIN]: import classification codes with their JRA; aset FILE.xlsx [--sheet S] [--dry-run] [--skip-invalid]: import a KIB register (units by kode barang + register); kontak FILE.xlsx [--sheet S] [--grup G] [--dry-run]: import contacts (all or nothing)`, cmdImport})
	register(command{"export", "arsip FILE.xlsx [--list aktif|inaktif|isi|usul-pindah|usul-musnah|pinjam|berkas] [--text T] [--tahun 2020-2023] [--unit U] [--klasifikasi PREFIX] [--tempat CODE] [--kategori K]: write an official list; " +
		"aset FILE.xlsx [--list kib-a..kib-f|kir|buku-inventaris|mutasi] [--ruang CODE]: write an asset list; " +
		"rapat FILE.xlsx --list hadir --rapat CODE: write a meeting's attendance", cmdExport})
}

// multi is a repeatable string flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ", ") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

// parseInterleaved parses flags that may come before, between or after
// the positional arguments ("arsip FILE --dry-run").
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// translator gives the command line the clerk's Indonesian messages.
func translator() sheet.Translator {
	msgs, err := assets.Messages("id")
	if err != nil {
		panic(err) // the embedded files are checked by the tests
	}
	return sheet.NewTranslator(msgs)
}

// applyMap changes a detected mapping with "Kolom=field" pairs: Kolom is
// a header as in the file or a column letter; field a schema key, or
// empty to keep the column as extra data.
func applyMap(m sheet.Mapping, pairs []string, s sheet.Schema) (sheet.Mapping, error) {
	out := append(sheet.Mapping(nil), m...)
	for _, p := range pairs {
		col, field, ok := strings.Cut(p, "=")
		col, field = strings.TrimSpace(col), strings.TrimSpace(field)
		if !ok || col == "" {
			return nil, fmt.Errorf("--map %q: want \"Kolom=field\": %w", p, errUsage)
		}
		if field == "-" {
			field = ""
		}
		if _, known := s.Field(field); field != "" && !known {
			keys := make([]string, len(s.Fields))
			for i, f := range s.Fields {
				keys[i] = f.Key
			}
			return nil, fmt.Errorf("--map %q: unknown field %q (fields: %s): %w", p, field, strings.Join(keys, ", "), errUsage)
		}
		found := false
		for i := range out {
			if strings.EqualFold(out[i].Column, col) || sheet.NormalizeHeader(out[i].Header) == sheet.NormalizeHeader(col) {
				found = true
				out[i].Field = field
			} else if field != "" && out[i].Field == field {
				out[i].Field = "" // a field feeds from one column only
			}
		}
		if !found {
			return nil, fmt.Errorf("--map %q: the table has no column %q", p, col)
		}
	}
	return out, nil
}

func cmdImport(e *env, args []string) error {
	if len(args) > 0 && args[0] == "klasifikasi" {
		return cmdImportKlasifikasi(e, args[1:]) // klasifikasi.go
	}
	if len(args) > 0 && args[0] == "aset" {
		return cmdImportAset(e, args[1:]) // aset_import.go
	}
	if len(args) > 0 && args[0] == "kontak" {
		return cmdImportKontak(e, args[1:]) // rapat_sheet.go
	}
	return cmdImportArsip(e, args) // import_arsip.go
}

func cmdExport(e *env, args []string) error {
	if len(args) > 0 && args[0] == "aset" {
		return cmdExportAset(e, args[1:]) // aset_export.go
	}
	if len(args) > 0 && args[0] == "rapat" {
		return cmdExportRapat(e, args[1:]) // rapat_sheet.go
	}
	fs := e.flags("export")
	list := fs.String("list", "aktif", "aktif|inaktif|isi|usul-pindah|usul-musnah|pinjam|berkas")
	text := fs.String("text", "", "only files matching this search text")
	kode := fs.String("kode", "", "only this classification code and the codes under it")
	year := fs.Int("year", 0, "only files whose kurun waktu includes this year (or give --tahun)")
	lf := addListFilter(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "arsip" {
		return fmt.Errorf("export arsip FILE.xlsx [--list ...]: %w", errUsage)
	}
	l := storage.ArsipList(*list)
	known := false
	for _, x := range storage.ArsipLists {
		known = known || x == l
	}
	if !known {
		return fmt.Errorf("--list %q: %w", *list, errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	filter, err := lf.filter(e.ctx, s, storage.BerkasFilter{KodePrefix: *kode, Year: *year, Sort: storage.SortKode})
	if err != nil {
		return err
	}
	out := pos[1]
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	n, err := s.ExportArsip(e.ctx, f, storage.ExportArsipOptions{List: l, Text: *text, AsOf: time.Now(), Filter: filter})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d baris ditulis ke %s\n", n, out)
	return nil
}
