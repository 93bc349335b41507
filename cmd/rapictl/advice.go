package main

import (
	"fmt"
	"time"

	"rapi/storage"
)

// damageAdvice tells an admin what to do about a damaged database: which
// backup to restore and the command for it. The daily backups are the
// only way back, so the advice names the newest one that is itself sound.
func (e *env) damageAdvice(backupDir string) string {
	b, ok := storage.LatestGoodBackup(e.ctx, backupDir)
	if !ok {
		return fmt.Sprintf("\nThe database file is damaged and no sound backup was found in %s.", backupDir)
	}
	return fmt.Sprintf("\nThe database file is damaged. Latest good backup: %s (made %s).\nRestore it with: rapictl --db %q restore --from %q",
		b.Path, b.ModTime.Format("2006-01-02 15:04"), e.db, b.Path)
}

// replaceDamaged restores a database too damaged to open: the backup takes
// its place and the damaged file is kept aside (see storage.ReplaceDamaged).
func (e *env) replaceDamaged(from, pin string) error {
	kept, err := storage.ReplaceDamaged(e.ctx, e.db, from, pin, time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "restored from %s; the damaged file is kept as %s\n", from, kept)
	return nil
}
