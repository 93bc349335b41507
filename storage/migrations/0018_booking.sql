-- Peminjaman ruang dan kendaraan (issue 14): the bookable resources
-- (rooms, vehicles, drivers), their closures, the approvers (a setting),
-- and the bookings. Times (dari, sampai) are the office's wall time as
-- text "2006-01-02 15:04", like the meetings', so they compare as text.

CREATE TABLE booking_resource (
    id                INTEGER PRIMARY KEY,
    jenis             TEXT NOT NULL,
    place_id          INTEGER REFERENCES place(id),
    aset_id           INTEGER REFERENCES aset(id),
    code              TEXT NOT NULL,
    nama              TEXT NOT NULL,
    kategori          TEXT NOT NULL DEFAULT '',
    kapasitas         INTEGER NOT NULL DEFAULT 0,
    fasilitas         TEXT NOT NULL DEFAULT '[]',
    nip               TEXT NOT NULL DEFAULT '',
    telepon           TEXT NOT NULL DEFAULT '',
    jeda_menit        INTEGER NOT NULL DEFAULT 0,
    perlu_persetujuan INTEGER NOT NULL DEFAULT 0,
    pengajuan_bebas   INTEGER NOT NULL DEFAULT 0,
    aktif             INTEGER NOT NULL DEFAULT 1,
    version           INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    deleted_at        TEXT
);
-- One resource per code, per room and per vehicle.
CREATE UNIQUE INDEX booking_resource_code ON booking_resource(code COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX booking_resource_place ON booking_resource(place_id) WHERE place_id IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX booking_resource_aset ON booking_resource(aset_id) WHERE aset_id IS NOT NULL AND deleted_at IS NULL;

-- A resource closed for a period (renovation, service).
CREATE TABLE booking_penutupan (
    id          INTEGER PRIMARY KEY,
    resource_id INTEGER NOT NULL REFERENCES booking_resource(id),
    dari        TEXT NOT NULL,
    sampai      TEXT NOT NULL,
    alasan      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX booking_penutupan_resource ON booking_penutupan(resource_id, dari) WHERE deleted_at IS NULL;

-- A repeating booking's rule; its occurrences are bookings with seri_id.
CREATE TABLE booking_seri (
    id         INTEGER PRIMARY KEY,
    ulang      TEXT NOT NULL,
    sampai     TEXT NOT NULL DEFAULT '',
    kali       INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

-- resources is the JSON list of resource ids (in the clerk's order);
-- booking_slot repeats them one row each, for the overlap index.
-- perjalanan is a vehicle's trip as JSON ('' = none yet).
CREATE TABLE booking (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    resources       TEXT NOT NULL DEFAULT '[]',
    dari            TEXT NOT NULL,
    sampai          TEXT NOT NULL,
    unit            TEXT NOT NULL,
    pemohon_nama    TEXT NOT NULL,
    pemohon_nip     TEXT NOT NULL DEFAULT '',
    pemohon_telepon TEXT NOT NULL DEFAULT '',
    keperluan       TEXT NOT NULL,
    jumlah          INTEGER NOT NULL DEFAULT 0,
    catatan         TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL,
    prioritas       INTEGER NOT NULL DEFAULT 0,
    disetujui_oleh  TEXT NOT NULL DEFAULT '',
    disetujui_pada  TEXT NOT NULL DEFAULT '',
    alasan          TEXT NOT NULL DEFAULT '',
    alasan_geser    TEXT NOT NULL DEFAULT '',
    digeser_oleh    TEXT NOT NULL DEFAULT '',
    seri_id         INTEGER REFERENCES booking_seri(id),
    rapat_id        INTEGER REFERENCES rapat(id),
    perjalanan      TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX booking_dari ON booking(dari);
CREATE INDEX booking_status ON booking(status, dari);
CREATE INDEX booking_seri_id ON booking(seri_id, dari) WHERE seri_id IS NOT NULL;
CREATE INDEX booking_rapat_id ON booking(rapat_id) WHERE rapat_id IS NOT NULL;

-- One row per booked resource, rewritten with the booking: the overlap
-- check reads the slots of one resource whose start lies in a window
-- (a booking lasts at most 31 days), so it is a range on this index.
CREATE TABLE booking_slot (
    booking_id  INTEGER NOT NULL REFERENCES booking(id),
    resource_id INTEGER NOT NULL REFERENCES booking_resource(id),
    dari        TEXT NOT NULL,
    sampai      TEXT NOT NULL,
    status      TEXT NOT NULL,
    PRIMARY KEY (booking_id, resource_id)
);
CREATE INDEX booking_slot_overlap ON booking_slot(resource_id, dari, sampai);
