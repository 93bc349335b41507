-- The penanggung jawab of a room (a place of kind ruang), whose name and
-- NIP are printed under the KIR's signature line. On the place itself so
-- an edit is checked against the room's version like any other.
ALTER TABLE place ADD COLUMN pj_nama TEXT NOT NULL DEFAULT '';
ALTER TABLE place ADD COLUMN pj_nip TEXT NOT NULL DEFAULT '';
