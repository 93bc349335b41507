package model

import (
	"errors"
	"fmt"
	"time"
)

// Sentinel errors the UI and the command line can explain to a clerk.
// Storage maps driver errors onto these; callers test with errors.Is.
var (
	// ErrNotFound: the record does not exist (or was deleted).
	ErrNotFound = errors.New("not found")
	// ErrBusy: another PC held the database longer than we were willing to wait.
	ErrBusy = errors.New("database busy")
	// ErrReadOnly: the database was made by a newer Rapi; this one must not write.
	ErrReadOnly = errors.New("database is read-only for this version of Rapi")
	// ErrUnavailable: the database file cannot be reached (share offline, no permission).
	ErrUnavailable = errors.New("database unavailable")
	// ErrPIN: the admin PIN was wrong or is required.
	ErrPIN = errors.New("admin PIN required")
)

// InvalidError says which field of a record is wrong and why. Reason is a
// translation key (see assets/translations) so the UI can show it in the
// clerk's language; Value is what was typed.
type InvalidError struct {
	Field  string
	Value  string
	Reason string
}

func (e *InvalidError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("%s: %s", e.Field, e.Reason)
	}
	return fmt.Sprintf("%s %q: %s", e.Field, e.Value, e.Reason)
}

// Invalid builds an InvalidError.
func Invalid(field, value, reason string) error {
	return &InvalidError{Field: field, Value: value, Reason: reason}
}

// ConflictError reports an optimistic-concurrency failure: somebody else
// saved the record since it was read. By and At say who and when, so the
// clerk can decide to reload or re-apply.
type ConflictError struct {
	Entity string
	ID     int64
	By     string
	At     time.Time
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%s %d was changed by %s at %s", e.Entity, e.ID, e.By, e.At.Format(time.RFC3339))
}

// AsInvalid returns the InvalidError inside err, if any.
func AsInvalid(err error) (*InvalidError, bool) {
	var ie *InvalidError
	ok := errors.As(err, &ie)
	return ie, ok
}

// AsConflict returns the ConflictError inside err, if any.
func AsConflict(err error) (*ConflictError, bool) {
	var ce *ConflictError
	ok := errors.As(err, &ce)
	return ce, ok
}
