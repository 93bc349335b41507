package storage

// SQLite: the driver's errors mapped onto the domain errors of package model.

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/mattn/go-sqlite3"

	"rapi/model"
)

// mapErr turns driver errors into the domain errors of package model and
// says what was being done, so a clerk's message and a log line both make
// sense. Errors that already are domain errors pass through wrapped.
func mapErr(what string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s: %w", what, model.ErrNotFound)
	}
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return fmt.Errorf("%s: %w (%v)", what, model.ErrBusy, se)
		case sqlite3.ErrFull:
			return fmt.Errorf("%s: %w (%v)", what, ErrDiskFull, se)
		case sqlite3.ErrCorrupt:
			return fmt.Errorf("%s: %w (%v)", what, ErrDamaged, se)
		case sqlite3.ErrCantOpen, sqlite3.ErrIoErr, sqlite3.ErrPerm, sqlite3.ErrReadonly,
			sqlite3.ErrNotADB, sqlite3.ErrProtocol:
			return fmt.Errorf("%s: %w (%v)", what, model.ErrUnavailable, se)
		}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// ErrDamaged: SQLite found the database file malformed (a damaged disk,
// a copy made with Explorer while Rapi wrote). Restore the latest good
// backup (see LatestGoodBackup).
var ErrDamaged = errors.New("database file is damaged")

// ErrDiskFull: the disk or share holding the database (or its backup
// folder) has no space left. Nothing half-written stays: SQLite rolled the
// change back.
var ErrDiskFull = errors.New("disk full")

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked
	}
	return errors.Is(err, model.ErrBusy)
}

// isUnique reports whether err is a UNIQUE constraint failure on column col
// (for example "place.code").
func isUnique(err error, col string) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique &&
		strings.Contains(se.Error(), col)
}

// isCodeTaken reports whether err is the registry refusing a code that
// another record already holds (also when a trigger on place inserted it).
// code is the table's PRIMARY KEY, so SQLite reports it as such.
func isCodeTaken(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey ||
		se.ExtendedCode == sqlite3.ErrConstraintUnique) && strings.Contains(se.Error(), "code_registry.code")
}
