package main

import (
	"fmt"
	"io"

	"rapi/storage"
)

const (
	importKontakUsage = "import kontak FILE.xlsx [--sheet S] [--grup G] [--dry-run]"
	exportRapatUsage  = "export rapat FILE.xlsx --list hadir --rapat CODE"
)

// cmdImportKontak imports a contact list: rapictl import kontak FILE.xlsx.
// Like the other imports its last line is "created N, updated N, unchanged N, rejected N".
func cmdImportKontak(e *env, args []string) error {
	fs := e.flags("import")
	sheetName := fs.String("sheet", "", "sheet name (default: the active sheet)")
	grup := fs.String("grup", "", "a group every imported contact joins")
	dry := fs.Bool("dry-run", false, "read, check and count without writing")
	s, arg, err := e.openOneArg(fs, args, importKontakUsage)
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := s.ImportKontak(e.ctx, storage.ImportKontakOptions{File: arg, Sheet: *sheetName, Grup: *grup, DryRun: *dry})
	if err != nil {
		return err
	}
	tr := translator()
	for _, p := range rep.Read.Problems {
		fmt.Fprintln(e.stderr, p.Message(tr))
	}
	fmt.Fprintf(e.stdout, "created %d, updated %d, unchanged %d, rejected %d\n", rep.Created, rep.Updated, rep.Unchanged, rep.Rejected)
	if !rep.Read.OK() {
		return fmt.Errorf("%d baris ditolak, tidak ada yang disimpan", max(rep.Rejected, len(rep.Read.Problems)))
	}
	return nil
}

// cmdExportRapat writes a meeting's attendance (hadir) list.
func cmdExportRapat(e *env, args []string) error {
	fs := e.flags("export")
	list := fs.String("list", "hadir", "hadir")
	code := fs.String("rapat", "", "the meeting's code (M-…)")
	pos, err := parseInterleaved(fs, args)
	if err != nil || len(pos) != 1 || *code == "" || *list != "hadir" {
		return fmt.Errorf("%s: %w", exportRapatUsage, errUsage)
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := s.RapatByCode(e.ctx, *code)
	if err != nil {
		return fmt.Errorf("rapat %s: %w", *code, err)
	}
	out := pos[0]
	n, err := writeFileAtomic(out, func(w io.Writer) (int, error) { return s.ExportHadir(e.ctx, w, r.ID) })
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d baris ditulis ke %s\n", n, out)
	return nil
}
