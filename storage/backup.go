package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"rapi/model"
)

// Backup retention: the newest daily copies, plus the first copy of each
// of the newest months.
const (
	keepDaily   = 14
	keepMonthly = 12
	dailyPrefix = "rapi-"
	dailyLayout = "2006-01-02"
)

// BackupTo writes a consistent copy of the database to dest with VACUUM
// INTO, which reads through SQLite's locks (a file copy of a live
// database can be torn). The copy is made beside dest and renamed into
// place, so dest is either absent or complete.
func (s *Store) BackupTo(ctx context.Context, dest string) error {
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if _, err := os.Stat(dest); err == nil {
		return fmt.Errorf("backup: %s already exists", dest)
	}
	tmp := fmt.Sprintf("%s.%d.tmp", dest, time.Now().UnixNano())
	// A connection of its own: VACUUM INTO is refused on the query-only
	// readers, and must not hold up this process's writer for a large file.
	db, err := sql.Open("sqlite3", s.dsn(false))
	if err != nil {
		return mapErr("backup", err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		os.Remove(tmp)
		return mapErr("backup", err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// AutoBackup makes today's daily backup if no PC has made it yet, then
// prunes old daily copies. It returns the path of today's copy and
// whether this call made it.
func (s *Store) AutoBackup(ctx context.Context) (string, bool, error) {
	now := s.opts.Now()
	dest := filepath.Join(s.opts.BackupDir, dailyPrefix+now.Format(dailyLayout)+".db")
	if _, err := os.Stat(dest); err == nil {
		return dest, false, nil
	}
	if err := s.BackupTo(ctx, dest); err != nil {
		if _, statErr := os.Stat(dest); statErr == nil {
			return dest, false, nil // another PC made it a moment ago
		}
		return "", false, err
	}
	return dest, true, PruneBackups(s.opts.BackupDir)
}

// PruneBackups deletes daily backups ("rapi-YYYY-MM-DD.db") beyond the
// newest 14 days and the first copy of each of the newest 12 months.
// Other files in the folder (manual copies, pre-migration backups) stay.
func PruneBackups(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("prune backups: %w", err)
	}
	var days []time.Time
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, dailyPrefix) || !strings.HasSuffix(name, ".db") {
			continue
		}
		d, err := time.Parse(dailyLayout, strings.TrimSuffix(strings.TrimPrefix(name, dailyPrefix), ".db"))
		if err == nil {
			days = append(days, d)
		}
	}
	keep := backupsToKeep(days)
	errs := []error{removeStaleTemps(dir, entries)}
	for _, d := range days {
		if !keep[d] {
			errs = append(errs, os.Remove(filepath.Join(dir, dailyPrefix+d.Format(dailyLayout)+".db")))
		}
	}
	return errors.Join(errs...)
}

// staleTemp is how old a half-written backup ("...db.<n>.tmp") must be
// before pruning removes it: a PC killed mid-backup leaves one behind, and
// one younger than this may be another PC's backup still being written.
const staleTemp = time.Hour

func removeStaleTemps(dir string, entries []os.DirEntry) error {
	var errs []error
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".tmp") || !strings.Contains(e.Name(), ".db.") {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleTemp {
			errs = append(errs, os.Remove(filepath.Join(dir, e.Name())))
		}
	}
	return errors.Join(errs...)
}

// backupsToKeep applies the 14 daily + 12 monthly rule to a set of days.
func backupsToKeep(days []time.Time) map[time.Time]bool {
	sorted := append([]time.Time(nil), days...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].After(sorted[j]) })
	keep := map[time.Time]bool{}
	for i := 0; i < len(sorted) && i < keepDaily; i++ {
		keep[sorted[i]] = true
	}
	firstOfMonth := map[string]time.Time{}
	var months []string
	for _, d := range sorted { // newest first, so the last seen is the month's first
		m := d.Format("2006-01")
		if _, ok := firstOfMonth[m]; !ok {
			months = append(months, m)
		}
		firstOfMonth[m] = d
	}
	for i := 0; i < len(months) && i < keepMonthly; i++ {
		keep[firstOfMonth[months[i]]] = true
	}
	return keep
}

// Restore replaces the database's content with a backup. It needs the
// admin PIN, checks the backup first, and backs up the current state
// before touching it; it returns the path of that safety copy. The copy
// goes through SQLite's backup API on the live file, so other PCs see the
// restored data rather than a file swapped under them.
func (s *Store) Restore(ctx context.Context, from, pin string) (string, error) {
	if s.ReadOnly() {
		return "", fmt.Errorf("restore: %w", model.ErrReadOnly)
	}
	if err := s.read(ctx, "restore", func(tx *sql.Tx) error { return s.requireAdmin(tx, pin) }); err != nil {
		return "", err
	}
	src, err := openBackup(ctx, from)
	if err != nil {
		return "", err
	}
	defer src.Close()
	safety := filepath.Join(s.opts.BackupDir, "rapi-before-restore-"+s.now().Format("20060102-150405")+".db")
	if err := s.safetyCopy(ctx, safety); err != nil {
		return "", fmt.Errorf("backup before restore: %w", err)
	}
	if err := copyDatabase(ctx, s.w, src); err != nil {
		return safety, mapErr("restore", err)
	}
	if err := s.migrate(ctx); err != nil {
		return safety, err
	}
	return safety, s.write(ctx, "record restore", func(tx *sql.Tx) error {
		return s.audit(tx, "database", 0, ActRestore, nil, map[string]string{"from": from, "safety": safety})
	})
}

// openBackup opens a backup file read-only and makes sure it is a sound
// Rapi database this version can use.
func openBackup(ctx context.Context, path string) (*sql.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	db, err := sql.Open("sqlite3", path+"?_query_only=1&_busy_timeout=5000")
	if err != nil {
		return nil, err
	}
	var ok string
	var v int
	err = db.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&ok)
	if err == nil {
		err = db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	}
	switch {
	case err != nil:
		err = mapErr("restore: read backup", err)
	case ok != "ok":
		err = fmt.Errorf("restore: backup %s is damaged: %s", path, ok)
	case v < 1:
		err = fmt.Errorf("restore: %s is not a Rapi database", path)
	case v > LatestSchema():
		err = fmt.Errorf("restore: backup was made by a newer Rapi: %w", model.ErrReadOnly)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// copyDatabase copies every page of src into dst through SQLite's online
// backup API, holding dst's write lock for the duration of the copy.
func copyDatabase(ctx context.Context, dst, src *sql.DB) error {
	dconn, err := dst.Conn(ctx)
	if err != nil {
		return err
	}
	defer dconn.Close()
	sconn, err := src.Conn(ctx)
	if err != nil {
		return err
	}
	defer sconn.Close()
	return dconn.Raw(func(d any) error {
		return sconn.Raw(func(s any) error {
			b, err := d.(*sqlite3.SQLiteConn).Backup("main", s.(*sqlite3.SQLiteConn), "main")
			if err != nil {
				return err
			}
			if _, err := b.Step(-1); err != nil {
				b.Finish()
				return err
			}
			return b.Finish()
		})
	})
}

// ManualBackupPath names a backup made on request: by date and time, so
// it never collides with the daily copies and is never pruned.
func ManualBackupPath(dir string, t time.Time) string {
	return filepath.Join(dir, "rapi-manual-"+t.Format("20060102-150405")+".db")
}
