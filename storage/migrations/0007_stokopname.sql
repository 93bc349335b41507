-- Stock-takes (stok opname, issue 4): a clerk scans everything on a shelf
-- or in a room; Rapi keeps what was expected and not found, what was found
-- but belongs elsewhere, and what was found in place.

CREATE TABLE stokopname (
    id          INTEGER PRIMARY KEY,
    place_id    INTEGER REFERENCES place(id),
    place_code  TEXT NOT NULL,
    place_name  TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    n_found     INTEGER NOT NULL DEFAULT 0,
    n_missing   INTEGER NOT NULL DEFAULT 0,
    n_misplaced INTEGER NOT NULL DEFAULT 0,
    n_unknown   INTEGER NOT NULL DEFAULT 0,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX stokopname_place ON stokopname(place_id, finished_at);

-- One row per thing counted or missed. result: 'ada' (found in place),
-- 'hilang' (expected, not scanned), 'salah_tempat' (scanned, belongs
-- elsewhere), 'tak_dikenal' (scanned code Rapi does not know).
CREATE TABLE stokopname_item (
    id             INTEGER PRIMARY KEY,
    stokopname_id  INTEGER NOT NULL REFERENCES stokopname(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    code           TEXT NOT NULL,
    title          TEXT NOT NULL DEFAULT '',
    result         TEXT NOT NULL,
    expected_place TEXT NOT NULL DEFAULT '',
    scanned_at     TEXT
);
CREATE INDEX stokopname_item_so ON stokopname_item(stokopname_id);
