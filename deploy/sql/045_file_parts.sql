-- The full part list of a job sheet whose parts do not all fit on the file's record (LG_RECORD_MAX_PARTS).
-- Owned by the file grain through IFilePartStore: written when a file is (re-)extracted, removed on hard delete.
CREATE TABLE IF NOT EXISTS lg_file_parts (
    ingest_id bigint  NOT NULL,
    ordinal   integer NOT NULL,   -- 0-based position in the sheet's part list
    part      jsonb   NOT NULL,   -- the part as the API shows it (sheet, row, part_name, material, …)
    PRIMARY KEY (ingest_id, ordinal)
);

INSERT INTO lg_schema_version (version, name) VALUES (45, 'file parts') ON CONFLICT (version) DO NOTHING;
