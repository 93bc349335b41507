package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"rapi/storage"
	"rapi/storage/sheet"
)

const importAsetUsage = `import aset FILE.xlsx [--sheet S] [--dry-run] [--skip-invalid]`

// cmdImportAset imports a KIB register: rapictl import aset FILE.xlsx.
// Its last line is the archive import's: "created N, updated N, unchanged N, rejected N".
func cmdImportAset(e *env, args []string) error {
	fs := e.flags("import")
	sheetName := fs.String("sheet", "", "sheet name (default: the active sheet)")
	dry := fs.Bool("dry-run", false, "read, check and count without writing")
	skip := fs.Bool("skip-invalid", false, "write the valid rows; rejected rows go to FILE-ditolak.xlsx")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%s: %w", importAsetUsage, errUsage)
	}
	file := pos[0]
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := s.ImportAset(e.ctx, file, storage.ImportAsetOptions{Sheet: *sheetName, DryRun: *dry, SkipInvalid: *skip})
	if err != nil {
		return err
	}
	tr := translator()
	for _, p := range rep.Read.Problems {
		fmt.Fprintln(e.stderr, p.Message(tr))
	}
	if *skip && !*dry && rep.Rejected > 0 {
		if err := writeAsetRejected(e, file, rep, tr); err != nil {
			return err
		}
	}
	c, u, n := rep.Created, rep.Updated, rep.Unchanged
	blocked := rep.Blocked(*skip)
	if blocked && !*dry {
		fmt.Fprintf(e.stderr, "tidak ada yang disimpan (tanpa baris ditolak akan: dibuat %d, diubah %d, tetap %d)\n", c, u, n)
		c, u, n = 0, 0, 0
	}
	fmt.Fprintf(e.stdout, "created %d, updated %d, unchanged %d, rejected %d\n", c, u, n, rep.Rejected)
	if blocked {
		return fmt.Errorf("%d baris ditolak, tidak ada yang disimpan", max(rep.Rejected, len(rep.Read.Problems)))
	}
	return nil
}

// writeAsetRejected saves the rejected rows next to the file.
func writeAsetRejected(e *env, file string, rep *storage.ImportAsetReport, tr sheet.Translator) error {
	out := strings.TrimSuffix(file, filepath.Ext(file)) + "-ditolak.xlsx"
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := sheet.WriteErrors(f, rep.Read, tr); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "baris yang ditolak disimpan di %s\n", out)
	return nil
}
