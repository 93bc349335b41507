-- Shared settings (institution header, admin PIN hash, ...), one row each.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per change, written in the same transaction as the change.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    login     TEXT NOT NULL,
    clerk     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    before    TEXT,
    after     TEXT
);
CREATE INDEX audit_entity ON audit(entity, entity_id);

-- Buildings, rooms, cabinets, shelves, drawers: a tree.
CREATE TABLE place (
    id         INTEGER PRIMARY KEY,
    code       TEXT UNIQUE,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    parent_id  INTEGER REFERENCES place(id),
    note       TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX place_parent ON place(parent_id);
