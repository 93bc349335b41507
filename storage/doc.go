// Package storage keeps Rapi's data in one SQLite file that several PCs
// open over a shared network drive. SQLite's own advice for that setting
// shapes everything here: rollback journal (never WAL), full sync, short
// BEGIN IMMEDIATE transactions through one writer connection, optimistic
// versions on every editable row, an audit row in the same transaction as
// each change, and backups made with VACUUM INTO rather than file copies.
package storage
