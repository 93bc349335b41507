package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"rapi/model"
	"rapi/storage"
	"rapi/ui/kit"
)

// damageNote is the status banner after the daily quick check found
// damage: it names the newest backup that is itself sound, because that
// is what the admin will restore.
func damageNote(ctx context.Context, s *storage.Store) string {
	b, ok := storage.LatestGoodBackup(ctx, s.BackupDir())
	if !ok {
		return lang.L("status.check_failed")
	}
	return kit.Ln("status.check_failed_backup", map[string]any{"Backup": b.Path, "Date": model.FormatDateTime(b.ModTime)})
}
