-- Archives: classification codes with their JRA, file categories, files
-- (berkas) and their items, boxes, loans, retention actions; a full-text
-- index over codes, numbers, titles, items and notes.

CREATE TABLE klasifikasi (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    aktif       INTEGER NOT NULL DEFAULT 0,
    inaktif     INTEGER NOT NULL DEFAULT 0,
    nasib       TEXT NOT NULL DEFAULT 'musnah',
    trigger_text TEXT NOT NULL DEFAULT '',
    review      INTEGER NOT NULL DEFAULT 0,
    note        TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE kategori (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL
);
INSERT INTO kategori(name, color) VALUES
    ('Rapat', '#2E7D32'), ('Surat Keluar', '#1565C0'), ('Surat Masuk', '#F9A825'), ('Keuangan', '#C62828');

CREATE TABLE boks (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    nomor      TEXT NOT NULL,
    place_id   INTEGER REFERENCES place(id),
    unit       TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    on_loan_id INTEGER,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX boks_place ON boks(place_id);

-- pindah_on / akhir_on: first day the move / final disposition is due
-- (NULL: not known, the JRA counts from an event). on_loan_id: the open
-- loan of the file or of its box.
CREATE TABLE berkas (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    nomor_berkas    INTEGER NOT NULL DEFAULT 0,
    kode            TEXT NOT NULL,
    kode_lama       TEXT NOT NULL DEFAULT '',
    uraian          TEXT NOT NULL,
    unit            TEXT NOT NULL DEFAULT '',
    tahun_dari      INTEGER NOT NULL,
    tahun_sampai    INTEGER NOT NULL,
    jumlah_item     INTEGER NOT NULL DEFAULT 0,
    tingkat         TEXT NOT NULL DEFAULT 'asli',
    media           TEXT NOT NULL DEFAULT 'tekstual',
    keamanan        TEXT NOT NULL DEFAULT 'biasa',
    kategori        TEXT NOT NULL DEFAULT '',
    place_id        INTEGER REFERENCES place(id),
    boks_id         INTEGER REFERENCES boks(id),
    status          TEXT NOT NULL DEFAULT 'aktif',
    pindah_on       TEXT,
    akhir_on        TEXT,
    nasib           TEXT NOT NULL DEFAULT '',
    retensi_manual  INTEGER NOT NULL DEFAULT 0,
    retensi_reason  TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    on_loan_id      INTEGER,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX berkas_kode ON berkas(kode, tahun_sampai);
CREATE INDEX berkas_year ON berkas(tahun_sampai, id);
CREATE INDEX berkas_status ON berkas(status, id);
CREATE INDEX berkas_kategori ON berkas(kategori, id);
CREATE INDEX berkas_place ON berkas(place_id);
CREATE INDEX berkas_boks ON berkas(boks_id);
CREATE INDEX berkas_pindah ON berkas(status, pindah_on) WHERE deleted_at IS NULL;
CREATE INDEX berkas_akhir ON berkas(status, akhir_on) WHERE deleted_at IS NULL;
CREATE INDEX berkas_loan ON berkas(on_loan_id) WHERE on_loan_id IS NOT NULL;

CREATE TABLE isi_berkas (
    id          INTEGER PRIMARY KEY,
    berkas_id   INTEGER NOT NULL REFERENCES berkas(id) ON DELETE CASCADE,
    nomor_item  INTEGER NOT NULL,
    nomor_surat TEXT NOT NULL DEFAULT '',
    tanggal     TEXT,
    uraian      TEXT NOT NULL,
    tingkat     TEXT NOT NULL DEFAULT 'asli',
    jumlah      INTEGER NOT NULL DEFAULT 1,
    keterangan  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX isi_berkas_berkas ON isi_berkas(berkas_id, nomor_item);

CREATE TABLE pinjam (
    id          INTEGER PRIMARY KEY,
    berkas_id   INTEGER REFERENCES berkas(id),
    boks_id     INTEGER REFERENCES boks(id),
    borrower    TEXT NOT NULL,
    nip         TEXT NOT NULL DEFAULT '',
    unit        TEXT NOT NULL DEFAULT '',
    clerk       TEXT NOT NULL DEFAULT '',
    tanggal     TEXT NOT NULL,
    due         TEXT NOT NULL,
    purpose     TEXT NOT NULL DEFAULT '',
    returned_at TEXT,
    condition   TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX pinjam_open ON pinjam(due) WHERE returned_at IS NULL;
CREATE INDEX pinjam_berkas ON pinjam(berkas_id);
CREATE INDEX pinjam_boks ON pinjam(boks_id);

-- Applied retention actions (moves, destructions, hand-overs) with the
-- berita acara that authorised them, and the files each one touched.
CREATE TABLE retensi_aksi (
    id           INTEGER PRIMARY KEY,
    action       TEXT NOT NULL,
    berita_acara TEXT NOT NULL,
    tanggal      TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
);
CREATE TABLE retensi_aksi_berkas (
    aksi_id     INTEGER NOT NULL REFERENCES retensi_aksi(id),
    berkas_id   INTEGER NOT NULL REFERENCES berkas(id),
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    PRIMARY KEY (aksi_id, berkas_id)
);
CREATE INDEX retensi_aksi_berkas_berkas ON retensi_aksi_berkas(berkas_id);

-- Full text: one index over the files, one over their items, both kept in
-- step by triggers (external content, so the text is stored only once).
CREATE VIRTUAL TABLE berkas_fts USING fts5(
    code, nomor, kode, kode_lama, uraian, unit, note,
    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER berkas_fts_ai AFTER INSERT ON berkas BEGIN
    INSERT INTO berkas_fts(rowid, code, nomor, kode, kode_lama, uraian, unit, note)
    VALUES (new.id, new.code, new.nomor_berkas, new.kode, new.kode_lama, new.uraian, new.unit, new.note);
END;
CREATE TRIGGER berkas_fts_ad AFTER DELETE ON berkas BEGIN
    DELETE FROM berkas_fts WHERE rowid = old.id;
END;
CREATE TRIGGER berkas_fts_au AFTER UPDATE OF code, nomor_berkas, kode, kode_lama, uraian, unit, note ON berkas BEGIN
    DELETE FROM berkas_fts WHERE rowid = old.id;
    INSERT INTO berkas_fts(rowid, code, nomor, kode, kode_lama, uraian, unit, note)
    VALUES (new.id, new.code, new.nomor_berkas, new.kode, new.kode_lama, new.uraian, new.unit, new.note);
END;

CREATE VIRTUAL TABLE isi_fts USING fts5(
    nomor_surat, uraian, keterangan,
    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER isi_fts_ai AFTER INSERT ON isi_berkas BEGIN
    INSERT INTO isi_fts(rowid, nomor_surat, uraian, keterangan) VALUES (new.id, new.nomor_surat, new.uraian, new.keterangan);
END;
CREATE TRIGGER isi_fts_ad AFTER DELETE ON isi_berkas BEGIN
    DELETE FROM isi_fts WHERE rowid = old.id;
END;
CREATE TRIGGER isi_fts_au AFTER UPDATE OF nomor_surat, uraian, keterangan ON isi_berkas BEGIN
    DELETE FROM isi_fts WHERE rowid = old.id;
    INSERT INTO isi_fts(rowid, nomor_surat, uraian, keterangan) VALUES (new.id, new.nomor_surat, new.uraian, new.keterangan);
END;
