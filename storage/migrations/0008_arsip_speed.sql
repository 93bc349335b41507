-- Archive lists and search at 200,000 files (issue 3), and the code
-- registry taking in files and boxes (issue 4).

-- Lists of files not in the bin: the indexes below follow the list's sort
-- orders and hold the year columns, so the first page reads a few dozen
-- index entries instead of sorting every match. (kode, tahun_sampai,
-- tahun_dari) answers "this classification and its children in this year"
-- from the index alone and sorts by code; (tahun_sampai, tahun_dari)
-- sorts by year and checks "a year inside the kurun waktu" without
-- reading the rows; (kategori, tahun_sampai,
-- tahun_dari) gives a category newest year first.
DROP INDEX IF EXISTS berkas_kode;
CREATE INDEX berkas_kode_live ON berkas(kode, tahun_sampai, tahun_dari) WHERE deleted_at IS NULL;
CREATE INDEX berkas_tahun_live ON berkas(tahun_sampai, tahun_dari) WHERE deleted_at IS NULL;
CREATE INDEX berkas_kategori_tahun ON berkas(kategori, tahun_sampai, tahun_dari) WHERE deleted_at IS NULL;

-- What is written by hand on old folders and boxes, found at once.
CREATE INDEX berkas_kode_lama ON berkas(kode_lama COLLATE NOCASE) WHERE kode_lama <> '';
CREATE INDEX boks_nomor ON boks(nomor);

-- Files and boxes take part in the one code registry: codes they already
-- hold are registered (a code a place holds already stays the place's),
-- and the counters start after the highest allocated-looking code, so the
-- next allocation does not walk over taken numbers.
INSERT INTO code_registry(code, kind, entity_id)
    SELECT code, 'berkas', id FROM berkas WHERE code <> '' ORDER BY id
    ON CONFLICT(code) DO NOTHING;
INSERT INTO code_registry(code, kind, entity_id)
    SELECT code, 'boks', id FROM boks WHERE code <> '' ORDER BY id
    ON CONFLICT(code) DO NOTHING;
INSERT INTO code_counter(kind, last)
    SELECT 'berkas', max(CAST(substr(code, 3) AS INTEGER)) FROM berkas
    WHERE code GLOB 'B-[0-9][0-9][0-9][0-9][0-9][0-9]*' AND substr(code, 3) NOT GLOB '*[^0-9]*'
    HAVING count(*) > 0
    ON CONFLICT(kind) DO UPDATE SET last = max(last, excluded.last);
INSERT INTO code_counter(kind, last)
    SELECT 'boks', max(CAST(substr(code, 4) AS INTEGER)) FROM boks
    WHERE code GLOB 'BX-[0-9][0-9][0-9][0-9][0-9][0-9]*' AND substr(code, 4) NOT GLOB '*[^0-9]*'
    HAVING count(*) > 0
    ON CONFLICT(kind) DO UPDATE SET last = max(last, excluded.last);
