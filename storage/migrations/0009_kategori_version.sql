-- Categories get a version and who changed them last, so two admins
-- recolouring one category from two PCs get a conflict, not a silent
-- overwrite.
ALTER TABLE kategori ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE kategori ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE kategori ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
