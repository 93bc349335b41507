package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"rapi/model"
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

// ReplaceDamaged puts a backup in place of a database file so damaged that
// it no longer opens (Restore needs an open store). The damaged file is
// kept beside it as "<name>.damaged-<time>" for the IT staff, never
// deleted. The admin PIN is checked against the backup, the only copy of
// it that can still be read. Every PC must have closed Rapi: a file this
// damaged is of no use to them anyway.
func ReplaceDamaged(ctx context.Context, path, from, pin string, now time.Time) (kept string, err error) {
	path = CleanPath(path)
	src, err := openBackup(ctx, from)
	if err != nil {
		return "", err
	}
	defer src.Close()
	var hash string
	err = src.QueryRowContext(ctx, "SELECT coalesce((SELECT value FROM setting WHERE key=?),'')", keyAdminPIN).Scan(&hash)
	if err != nil {
		return "", mapErr("restore: read backup", err)
	}
	if hash != "" && !model.CheckPIN(hash, pin) {
		return "", model.ErrPIN
	}
	kept = path + ".damaged-" + now.Format("20060102-150405")
	if err := os.Rename(path, kept); err != nil {
		return "", fmt.Errorf("restore: set the damaged file aside: %w", err)
	}
	// A journal left beside the damaged file belongs to it, not to the backup.
	os.Rename(path+"-journal", kept+"-journal")
	if err := vacuumInto(ctx, from, path); err != nil {
		os.Remove(path)
		os.Rename(kept, path)
		return "", mapErr("restore", err)
	}
	return kept, nil
}

// vacuumInto writes a consistent copy of the database file from to dest.
// VACUUM INTO is refused on a query-only connection, so it gets its own.
func vacuumInto(ctx context.Context, from, dest string) error {
	db, err := sql.Open("sqlite3", from+"?_busy_timeout=5000")
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, "VACUUM INTO ?", dest)
	return err
}

// safetyCopy keeps the state before a restore. A damaged file cannot be
// copied with VACUUM INTO (it reads every page), and a damaged file is
// exactly when one restores, so its bytes are then kept as they are.
func (s *Store) safetyCopy(ctx context.Context, dest string) error {
	err := s.BackupTo(ctx, dest)
	if !IsDamage(err) {
		return err
	}
	return copyBytes(s.path, dest)
}

func copyBytes(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		os.Remove(to)
		return err
	}
	return dst.Close()
}

// withBackupHint adds the latest good backup to a damage error, so the
// clerk's message (and the admin's log) says what to restore even when the
// file no longer opens and Rapi cannot show its own settings.
func withBackupHint(ctx context.Context, err error, backupDir string) error {
	if !IsDamage(err) {
		return err
	}
	if b, ok := LatestGoodBackup(ctx, backupDir); ok {
		return fmt.Errorf("%w; latest good backup: %s", err, b.Path)
	}
	return fmt.Errorf("%w; no sound backup in %s", err, backupDir)
}
