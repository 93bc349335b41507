package storage

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// A Backup is one backup file found in a backup folder.
type Backup struct {
	Path    string
	ModTime time.Time
}

// LatestGoodBackup is the newest backup in dir that passes SQLite's quick
// check and that this Rapi can restore: what a clerk should restore from
// when the live database is damaged. ok is false when there is none.
func LatestGoodBackup(ctx context.Context, dir string) (b Backup, ok bool) {
	for _, c := range backupFiles(dir) {
		db, err := openBackup(ctx, c.Path)
		if err != nil {
			continue
		}
		db.Close()
		return c, true
	}
	return Backup{}, false
}

// backupFiles lists the finished backups in dir, newest first. Half-written
// copies (".tmp") are not backups.
func backupFiles(dir string) []Backup {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []Backup
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".db") {
			continue
		}
		if info, err := e.Info(); err == nil {
			out = append(out, Backup{Path: filepath.Join(dir, e.Name()), ModTime: info.ModTime()})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ModTime.After(out[j].ModTime) })
	return out
}

// IsDamage reports whether a check's error means the file itself is
// damaged (SQLite found a malformed page) rather than out of reach.
func IsDamage(err error) bool { return errors.Is(err, ErrDamaged) }
