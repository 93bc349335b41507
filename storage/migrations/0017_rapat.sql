-- Rapat dan acara (issue 13): the contact book, the checklist and
-- run-down templates, the meetings with their invitees, run-down,
-- preparation checklist, minutes and action items.
-- Meeting times (mulai, selesai) are the office's wall time as text
-- "2006-01-02 15:04", so a day's meetings compare as text and a move
-- shifts the checklist's relative due dates without any zone sums.

CREATE TABLE kontak (
    id         INTEGER PRIMARY KEY,
    nama       TEXT NOT NULL,
    nip        TEXT NOT NULL DEFAULT '',
    jabatan    TEXT NOT NULL DEFAULT '',
    pangkat    TEXT NOT NULL DEFAULT '',
    instansi   TEXT NOT NULL DEFAULT '',
    telepon    TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX kontak_nip ON kontak(nip) WHERE nip <> '';

-- The groups a contact belongs to, rewritten with the contact.
CREATE TABLE kontak_grup (
    kontak_id INTEGER NOT NULL REFERENCES kontak(id),
    nama      TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (kontak_id, nama)
);
CREATE INDEX kontak_grup_nama ON kontak_grup(nama);

-- A template per kind of meeting: tugas and susunan as JSON lists
-- (model/rapat.Tugas, SusunanItem).
CREATE TABLE rapat_template (
    id         INTEGER PRIMARY KEY,
    nama       TEXT NOT NULL,
    jenis      TEXT NOT NULL DEFAULT '',
    tugas      TEXT NOT NULL DEFAULT '[]',
    susunan    TEXT NOT NULL DEFAULT '[]',
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT
);

-- surat holds the invitation letter's fields as JSON (model/rapat.Surat).
CREATE TABLE rapat (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    acara            TEXT NOT NULL,
    jenis            TEXT NOT NULL DEFAULT '',
    mulai            TEXT NOT NULL,
    selesai          TEXT NOT NULL DEFAULT '',
    zona             TEXT NOT NULL DEFAULT 'WIB',
    tempat           TEXT NOT NULL DEFAULT '',
    ruang_id         INTEGER REFERENCES place(id),
    pimpinan         TEXT NOT NULL DEFAULT '',
    unit             TEXT NOT NULL DEFAULT '',
    notulis          TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    seri             TEXT NOT NULL DEFAULT '',
    catatan          TEXT NOT NULL DEFAULT '',
    surat            TEXT NOT NULL DEFAULT '{}',
    undangan_dicetak TEXT NOT NULL DEFAULT '',
    undangan_usang   INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX rapat_mulai ON rapat(mulai) WHERE deleted_at IS NULL;
CREATE INDEX rapat_seri ON rapat(seri, mulai) WHERE seri <> '';

-- Invitees and walk-ins. hadir is the check-in time (UTC, '' = not yet);
-- the check-in UPDATE only takes a row whose hadir is still ''.
CREATE TABLE rapat_peserta (
    id         INTEGER PRIMARY KEY,
    rapat_id   INTEGER NOT NULL REFERENCES rapat(id),
    code       TEXT NOT NULL UNIQUE,
    kontak_id  INTEGER REFERENCES kontak(id),
    nama       TEXT NOT NULL,
    nip        TEXT NOT NULL DEFAULT '',
    jabatan    TEXT NOT NULL DEFAULT '',
    pangkat    TEXT NOT NULL DEFAULT '',
    instansi   TEXT NOT NULL DEFAULT '',
    telepon    TEXT NOT NULL DEFAULT '',
    meja_utama INTEGER NOT NULL DEFAULT 0,
    walk_in    INTEGER NOT NULL DEFAULT 0,
    hadir      TEXT NOT NULL DEFAULT '',
    hadir_oleh TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX rapat_peserta_rapat ON rapat_peserta(rapat_id) WHERE deleted_at IS NULL;
CREATE INDEX rapat_peserta_nip ON rapat_peserta(rapat_id, nip) WHERE nip <> '';

CREATE TABLE rapat_susunan (
    id       INTEGER PRIMARY KEY,
    rapat_id INTEGER NOT NULL REFERENCES rapat(id),
    urutan   INTEGER NOT NULL,
    menit    INTEGER NOT NULL,
    uraian   TEXT NOT NULL,
    petugas  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rapat_susunan_rapat ON rapat_susunan(rapat_id, urutan);

-- A checklist item's due is the meeting's start plus relatif (minutes,
-- negative before): a move changes rapat.mulai only.
CREATE TABLE rapat_item (
    id           INTEGER PRIMARY KEY,
    rapat_id     INTEGER NOT NULL REFERENCES rapat(id),
    urutan       INTEGER NOT NULL,
    fase         TEXT NOT NULL,
    uraian       TEXT NOT NULL,
    petugas      TEXT NOT NULL DEFAULT '',
    relatif      INTEGER NOT NULL,
    jumlah       INTEGER NOT NULL DEFAULT 0,
    per_peserta  INTEGER NOT NULL DEFAULT 0,
    satuan       TEXT NOT NULL DEFAULT '',
    selesai      TEXT NOT NULL DEFAULT '',
    selesai_oleh TEXT NOT NULL DEFAULT '',
    deleted_at   TEXT
);
CREATE INDEX rapat_item_rapat ON rapat_item(rapat_id) WHERE deleted_at IS NULL;

CREATE TABLE rapat_notulen (
    rapat_id   INTEGER PRIMARY KEY REFERENCES rapat(id),
    pembahasan TEXT NOT NULL DEFAULT '',
    keputusan  TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- Action items; batas is a date "2006-01-02" ('' = none).
CREATE TABLE rapat_tindak (
    id           INTEGER PRIMARY KEY,
    rapat_id     INTEGER NOT NULL REFERENCES rapat(id),
    uraian       TEXT NOT NULL,
    pic          TEXT NOT NULL DEFAULT '',
    batas        TEXT NOT NULL DEFAULT '',
    selesai      TEXT NOT NULL DEFAULT '',
    selesai_oleh TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX rapat_tindak_rapat ON rapat_tindak(rapat_id) WHERE deleted_at IS NULL;
CREATE INDEX rapat_tindak_open ON rapat_tindak(batas) WHERE selesai = '' AND deleted_at IS NULL;
