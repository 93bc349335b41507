package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"rapi/storage"
)

// writeFileAtomic writes out through a temporary file beside it, so a
// failed export never leaves half a workbook under the clerk's name.
func writeFileAtomic(out string, write func(io.Writer) (int, error)) (int, error) {
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return 0, err
	}
	n, err := write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, out)
	}
	if err != nil {
		os.Remove(tmp)
		return 0, err
	}
	return n, nil
}

// openOneArg parses flags given before or after the single positional
// argument and opens the database; any other count is a usage error. The
// caller closes the store.
func (e *env) openOneArg(fs *flag.FlagSet, args []string, usage string) (*storage.Store, string, error) {
	pos, err := parseInterleaved(fs, args)
	if err != nil || len(pos) != 1 {
		return nil, "", fmt.Errorf("%s: %w", usage, errUsage)
	}
	s, err := e.open()
	return s, pos[0], err
}
