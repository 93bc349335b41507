-- Tamper evidence: each audit row carries the SHA-256 of the previous
-- row's hash and its own content, and audit_head remembers the last row,
-- so an audit row edited or deleted with a DB browser on the share shows
-- up in `rapictl check`. Existing rows are chained in id order by the seed
-- step of this migration (storage/audit_chain.go).
ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';
CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_id   INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
