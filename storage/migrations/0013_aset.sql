-- Inventaris (issue 12): the kode barang list, the assets with their
-- register numbers, and their mutasi history.

-- Kode barang of Permendagri 108/2016 at every level used, dotted
-- ("1.3.2.05.01.05.043"). verified = 0 marks a seeded row that could not
-- be checked against the appendix; masa_manfaat 0 = not set at this level.
CREATE TABLE kode_barang (
    id           INTEGER PRIMARY KEY,
    kode         TEXT NOT NULL UNIQUE,
    nama         TEXT NOT NULL,
    masa_manfaat INTEGER NOT NULL DEFAULT 0,
    verified     INTEGER NOT NULL DEFAULT 0,
    note         TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted_at   TEXT
);

-- The last nomor register handed out per kode barang. Bumped inside the
-- write transaction that inserts the asset (BEGIN IMMEDIATE orders the
-- PCs); no delete ever lowers it, so a number is never given twice.
CREATE TABLE aset_register (
    kode TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);

-- One unit of property. detail holds the fields of its KIB group as JSON
-- (model/aset.Detail); nopol is copied out of it for the duplicate check
-- and the search. The unique (kode_barang, register) holds deleted rows
-- too: a register stays taken in the bin.
CREATE TABLE aset (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    kode_barang      TEXT NOT NULL,
    register         INTEGER NOT NULL,
    kib              TEXT NOT NULL,
    nama             TEXT NOT NULL,
    merk             TEXT NOT NULL DEFAULT '',
    ukuran           TEXT NOT NULL DEFAULT '',
    bahan            TEXT NOT NULL DEFAULT '',
    tahun            INTEGER NOT NULL DEFAULT 0,
    nomor_seri       TEXT NOT NULL DEFAULT '',
    cara_perolehan   TEXT NOT NULL,
    harga            INTEGER NOT NULL DEFAULT 0,
    kondisi          TEXT NOT NULL,
    status           TEXT NOT NULL,
    ruang_id         INTEGER REFERENCES place(id),
    pemegang_nama    TEXT NOT NULL DEFAULT '',
    pemegang_nip     TEXT NOT NULL DEFAULT '',
    pemegang_jabatan TEXT NOT NULL DEFAULT '',
    pemegang_sejak   TEXT NOT NULL DEFAULT '',
    pemegang_bast    TEXT NOT NULL DEFAULT '',
    kode_lama        TEXT NOT NULL DEFAULT '',
    keterangan       TEXT NOT NULL DEFAULT '',
    nopol            TEXT NOT NULL DEFAULT '',
    detail           TEXT NOT NULL DEFAULT '{}',
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted_at       TEXT,
    UNIQUE (kode_barang, register)
);
-- Each list order is an index order, so a first page reads a page of
-- entries; aset_kode also answers counts without reading the rows.
CREATE INDEX aset_kode ON aset(kode_barang, register) WHERE deleted_at IS NULL;
CREATE INDEX aset_ruang ON aset(ruang_id, kode_barang, register) WHERE deleted_at IS NULL;
CREATE INDEX aset_kib ON aset(kib, kode_barang, register) WHERE deleted_at IS NULL;
CREATE INDEX aset_kondisi ON aset(kondisi, kode_barang, register) WHERE deleted_at IS NULL;
CREATE INDEX aset_status ON aset(status, kode_barang, register) WHERE deleted_at IS NULL;
CREATE INDEX aset_tahun ON aset(tahun, kode_barang, register) WHERE deleted_at IS NULL;
CREATE INDEX aset_pemegang ON aset(pemegang_nama COLLATE NOCASE) WHERE pemegang_nama <> '';
CREATE INDEX aset_pemegang_nip ON aset(pemegang_nip) WHERE pemegang_nip <> '';
CREATE INDEX aset_nopol ON aset(nopol) WHERE nopol <> '';
CREATE INDEX aset_kode_lama ON aset(kode_lama COLLATE NOCASE) WHERE kode_lama <> '';

CREATE VIRTUAL TABLE aset_fts USING fts5(
    code, kode, nama, merk, seri, pemegang, nopol, kode_lama, keterangan,
    tokenize = 'unicode61 remove_diacritics 2 tokenchars ''.-'''
);
CREATE TRIGGER aset_fts_ai AFTER INSERT ON aset BEGIN
    INSERT INTO aset_fts(rowid, code, kode, nama, merk, seri, pemegang, nopol, kode_lama, keterangan)
    VALUES (new.id, new.code, new.kode_barang, new.nama, new.merk, new.nomor_seri, new.pemegang_nama,
            new.nopol, new.kode_lama, new.keterangan);
END;
CREATE TRIGGER aset_fts_ad AFTER DELETE ON aset BEGIN
    DELETE FROM aset_fts WHERE rowid = old.id;
END;
CREATE TRIGGER aset_fts_au AFTER UPDATE OF code, kode_barang, nama, merk, nomor_seri, pemegang_nama, nopol, kode_lama, keterangan ON aset BEGIN
    DELETE FROM aset_fts WHERE rowid = old.id;
    INSERT INTO aset_fts(rowid, code, kode, nama, merk, seri, pemegang, nopol, kode_lama, keterangan)
    VALUES (new.id, new.code, new.kode_barang, new.nama, new.merk, new.nomor_seri, new.pemegang_nama,
            new.nopol, new.kode_lama, new.keterangan);
END;

-- The history of moves, holders, conditions and statuses, written in the
-- same transaction as the change. dari/ke keep the values before and
-- after (a room id, a condition letter, a holder as JSON) so a move can be
-- taken back; the room columns let a move show in both rooms' history.
CREATE TABLE aset_mutasi (
    id            INTEGER PRIMARY KEY,
    aset_id       INTEGER NOT NULL REFERENCES aset(id) ON DELETE CASCADE,
    tanggal       TEXT NOT NULL,
    jenis         TEXT NOT NULL,
    dari          TEXT NOT NULL DEFAULT '',
    ke            TEXT NOT NULL DEFAULT '',
    dari_ruang_id INTEGER,
    ke_ruang_id   INTEGER,
    alasan        TEXT NOT NULL DEFAULT '',
    nomor_bast    TEXT NOT NULL DEFAULT '',
    petugas       TEXT NOT NULL,
    at            TEXT NOT NULL,
    undo_of       INTEGER REFERENCES aset_mutasi(id),
    undone_by     INTEGER REFERENCES aset_mutasi(id)
);
CREATE INDEX aset_mutasi_aset ON aset_mutasi(aset_id, id);
CREATE INDEX aset_mutasi_dari ON aset_mutasi(dari_ruang_id, id) WHERE dari_ruang_id IS NOT NULL;
CREATE INDEX aset_mutasi_ke ON aset_mutasi(ke_ruang_id, id) WHERE ke_ruang_id IS NOT NULL;
CREATE INDEX aset_mutasi_tanggal ON aset_mutasi(tanggal);
