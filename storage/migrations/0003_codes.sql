-- Label codes (issue 4). Independent of migration 0002's tables: the
-- archive tables register their codes from Go (allocateCodeTx,
-- registerCodeTx) inside their own transactions.

-- Every code printed on a label, whatever it stands for, once in the whole
-- database. entity_id is NULL while a code is allocated but its record not
-- yet saved.
CREATE TABLE code_registry (
    code      TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    entity_id INTEGER
);
CREATE INDEX code_registry_entity ON code_registry(kind, entity_id);

-- The last sequence number handed out per kind. Updated inside the
-- BEGIN IMMEDIATE write transaction, so two PCs never get the same one.
CREATE TABLE code_counter (
    kind TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);

-- Places already had codes (typed by hand or allocated): they take part.
INSERT INTO code_registry(code, kind, entity_id)
    SELECT code, 'place', id FROM place WHERE code IS NOT NULL AND code <> '';

-- Keep place codes in the registry whatever code writes the place row. A
-- code that another record already holds fails with
-- "UNIQUE constraint failed: code_registry.code".
CREATE TRIGGER place_code_insert AFTER INSERT ON place
WHEN NEW.code IS NOT NULL AND NEW.code <> ''
BEGIN
    UPDATE code_registry SET entity_id = NEW.id
        WHERE code = NEW.code AND kind = 'place' AND entity_id IS NULL;
    INSERT INTO code_registry(code, kind, entity_id)
        SELECT NEW.code, 'place', NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM code_registry
                          WHERE code = NEW.code AND kind = 'place' AND entity_id = NEW.id);
END;

CREATE TRIGGER place_code_update AFTER UPDATE OF code ON place
WHEN OLD.code IS NOT NEW.code
BEGIN
    DELETE FROM code_registry WHERE code = OLD.code AND kind = 'place' AND entity_id = OLD.id;
    UPDATE code_registry SET entity_id = NEW.id
        WHERE code = NEW.code AND kind = 'place' AND entity_id IS NULL;
    INSERT INTO code_registry(code, kind, entity_id)
        SELECT NEW.code, 'place', NEW.id
        WHERE NEW.code IS NOT NULL AND NEW.code <> ''
          AND NOT EXISTS (SELECT 1 FROM code_registry
                          WHERE code = NEW.code AND kind = 'place' AND entity_id = NEW.id);
END;

-- A place removed for good frees its code; one in the bin keeps it.
CREATE TRIGGER place_code_delete AFTER DELETE ON place
BEGIN
    DELETE FROM code_registry WHERE code = OLD.code AND kind = 'place' AND entity_id = OLD.id;
END;
