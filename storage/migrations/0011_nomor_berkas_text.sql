-- Nomor berkas as the office wrote it: "B-2023/0274", "12/BU/2023",
-- "045.a", "III/17" are text. The column held whole numbers (0 for none);
-- it becomes TEXT ('' for none) and nomor_sort orders it naturally (the
-- key arsip.NomorSortKey writes: for a plain number "0000|" and ten digits).
DROP TRIGGER berkas_fts_ai;
DROP TRIGGER berkas_fts_au;
DROP INDEX berkas_natural;

ALTER TABLE berkas ADD COLUMN nomor_text TEXT NOT NULL DEFAULT '';
UPDATE berkas SET nomor_text = CASE WHEN nomor_berkas > 0 THEN CAST(nomor_berkas AS TEXT) ELSE '' END;
ALTER TABLE berkas DROP COLUMN nomor_berkas;
ALTER TABLE berkas RENAME COLUMN nomor_text TO nomor_berkas;

ALTER TABLE berkas ADD COLUMN nomor_sort TEXT NOT NULL DEFAULT '';
UPDATE berkas SET nomor_sort = CASE WHEN nomor_berkas = '' THEN '' ELSE '0000|' || printf('%010d', CAST(nomor_berkas AS INTEGER)) END;

CREATE INDEX berkas_natural ON berkas(nomor_berkas, kode, tahun_dari, tahun_sampai) WHERE deleted_at IS NULL;
CREATE TRIGGER berkas_fts_ai AFTER INSERT ON berkas BEGIN
    INSERT INTO berkas_fts(rowid, code, nomor, kode, kode_lama, uraian, unit, note)
    VALUES (new.id, new.code, new.nomor_berkas, new.kode, new.kode_lama, new.uraian, new.unit, new.note);
END;
CREATE TRIGGER berkas_fts_au AFTER UPDATE OF code, nomor_berkas, kode, kode_lama, uraian, unit, note ON berkas BEGIN
    DELETE FROM berkas_fts WHERE rowid = old.id;
    INSERT INTO berkas_fts(rowid, code, nomor, kode, kode_lama, uraian, unit, note)
    VALUES (new.id, new.code, new.nomor_berkas, new.kode, new.kode_lama, new.uraian, new.unit, new.note);
END;
