package main

import (
	"fmt"

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
