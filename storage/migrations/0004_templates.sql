-- Label templates clerks add (issue 5): label sheets bought locally (Tom &
-- Jerry, Koala, ...) typed in by their measurements, or imported from
-- gLabels. Built-in templates live in the program, not here. All lengths
-- are mm.
CREATE TABLE label_template (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    paper        TEXT NOT NULL,
    page_width   REAL NOT NULL DEFAULT 0,
    page_height  REAL NOT NULL DEFAULT 0,
    label_width  REAL NOT NULL,
    label_height REAL NOT NULL,
    radius       REAL NOT NULL DEFAULT 0,
    cols         INTEGER NOT NULL DEFAULT 1,
    nrows        INTEGER NOT NULL DEFAULT 1,
    left_mm      REAL NOT NULL DEFAULT 0,
    top_mm       REAL NOT NULL DEFAULT 0,
    hpitch       REAL NOT NULL DEFAULT 0,
    vpitch       REAL NOT NULL DEFAULT 0,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted_at   TEXT
);
-- A name picks one template; one in the bin frees its name.
CREATE UNIQUE INDEX label_template_name ON label_template(name) WHERE deleted_at IS NULL;

-- Every label printed: which record (kind + code), on which template,
-- when and by whom. "Label all that were never printed" reads it.
CREATE TABLE printed (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    code     TEXT NOT NULL,
    template TEXT NOT NULL,
    at       TEXT NOT NULL,
    "by"     TEXT NOT NULL
);
CREATE INDEX printed_code ON printed(kind, code);
