package model

import "time"

// Meta is what every editable record carries: a stable id, the version
// used for optimistic updates, who made and last changed it, and the
// soft-delete mark.
type Meta struct {
	ID        int64
	Version   int64
	CreatedAt time.Time
	CreatedBy string
	UpdatedAt time.Time
	UpdatedBy string
	DeletedAt *time.Time
}

// Deleted reports whether the record is in the bin.
func (m Meta) Deleted() bool { return m.DeletedAt != nil }
