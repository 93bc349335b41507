-- Spreadsheet import (issue 6). Columns of a clerk's register that Rapi
-- has no field for are kept with the file as a JSON object
-- {"header": "text"}, shown in the form; never dropped.
-- klasifikasi.review (0002) marks codes an import added for an admin to
-- check ("perlu ditinjau"); review_source says which import added them.
ALTER TABLE berkas ADD COLUMN extra TEXT;
ALTER TABLE klasifikasi ADD COLUMN review_source TEXT NOT NULL DEFAULT '';

-- Re-import matches rows by their natural key when they carry no code.
CREATE INDEX berkas_natural ON berkas(nomor_berkas, kode, tahun_dari, tahun_sampai) WHERE deleted_at IS NULL;
CREATE INDEX klasifikasi_review ON klasifikasi(review) WHERE review = 1;
