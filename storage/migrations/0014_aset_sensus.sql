-- Sensus (stock-taking) sessions of the inventaris (issue 12). Scans are
-- kept as they come; the register changes only when a session is
-- confirmed, in one transaction (moves and condition changes as mutasi).
CREATE TABLE aset_sensus (
    id           INTEGER PRIMARY KEY,
    nama         TEXT NOT NULL,
    opened_at    TEXT NOT NULL,
    opened_by    TEXT NOT NULL,
    confirmed_at TEXT,
    confirmed_by TEXT NOT NULL DEFAULT ''
);

-- The rooms a session visited, with when the scanning there began.
CREATE TABLE aset_sensus_ruang (
    sensus_id  INTEGER NOT NULL REFERENCES aset_sensus(id) ON DELETE CASCADE,
    ruang_id   INTEGER NOT NULL REFERENCES place(id),
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    PRIMARY KEY (sensus_id, ruang_id)
);
CREATE INDEX aset_sensus_ruang_room ON aset_sensus_ruang(ruang_id);

-- One scan: a code (aset_id when it is an asset's) or an unlabelled item
-- (code '', with a description); kategori as classified at the scan,
-- kondisi the condition found on the spot ('' = not checked).
CREATE TABLE aset_sensus_scan (
    id        INTEGER PRIMARY KEY,
    sensus_id INTEGER NOT NULL REFERENCES aset_sensus(id) ON DELETE CASCADE,
    ruang_id  INTEGER NOT NULL REFERENCES place(id),
    code      TEXT NOT NULL,
    aset_id   INTEGER REFERENCES aset(id) ON DELETE SET NULL,
    kategori  TEXT NOT NULL,
    deskripsi TEXT NOT NULL DEFAULT '',
    kondisi   TEXT NOT NULL DEFAULT '',
    at        TEXT NOT NULL,
    by        TEXT NOT NULL
);
CREATE INDEX aset_sensus_scan_room ON aset_sensus_scan(sensus_id, ruang_id, id);
CREATE INDEX aset_sensus_scan_aset ON aset_sensus_scan(sensus_id, aset_id) WHERE aset_id IS NOT NULL;
