-- Beranda counts the files due for each retention action at start-up.
-- The inactive lists also filter on the final disposition (nasib): with
-- it in the index the three counts read index entries only, instead of
-- every inactive file past its date, which is most of an old archive.
CREATE INDEX berkas_akhir_nasib ON berkas(status, nasib, akhir_on) WHERE deleted_at IS NULL;
