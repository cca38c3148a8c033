-- The PostgreSQL blob store (LG_BLOB_STORE=postgres), owned by Shared/Storage/Postgres/PostgresBlobStore alone:
-- file bytes every machine can reach, content-addressed by SHA-256 and kept in chunks of at most 512 KiB.
-- An upload writes its chunks under a fresh content id inside one transaction and names them by their hash at the
-- end; bytes already stored under that hash keep theirs, so the same content is stored once.
CREATE SEQUENCE IF NOT EXISTS lg_blob_content_seq AS bigint START WITH 1;

CREATE TABLE IF NOT EXISTS lg_blob_chunks (
    content_id bigint  NOT NULL,
    ordinal    integer NOT NULL,   -- 0-based; every chunk but the last holds chunk_bytes bytes
    data       bytea   NOT NULL,
    PRIMARY KEY (content_id, ordinal)
);
-- Design files are often compressed already (zip, xlsx, png): no compression attempt on the way in.
ALTER TABLE lg_blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE IF NOT EXISTS lg_blobs (
    sha256      char(64)    PRIMARY KEY,
    content_id  bigint      NOT NULL UNIQUE,
    size_bytes  bigint      NOT NULL,
    chunk_bytes integer     NOT NULL,
    ref_count   integer     NOT NULL DEFAULT 0 CHECK (ref_count >= 0),  -- library entries naming these bytes
    written_at  timestamptz NOT NULL                                    -- stored or uploaded again: the grace period counts from here
);
CREATE INDEX IF NOT EXISTS ix_lg_blobs_unreferenced ON lg_blobs (written_at) WHERE ref_count = 0;

-- The organised library (<client>/<project>/<stored name>) when it is not written as folders: one row per entry.
CREATE TABLE IF NOT EXISTS lg_library (
    path      text        PRIMARY KEY,
    sha256    char(64)    NOT NULL REFERENCES lg_blobs (sha256),
    linked_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_lg_library_sha ON lg_library (sha256);

-- The gateway lists library folders from the catalog by path prefix, whichever store holds the bytes.
CREATE INDEX IF NOT EXISTS ix_lg_files_path ON lg_files (file_path text_pattern_ops) WHERE file_path IS NOT NULL;

INSERT INTO lg_schema_version (version, name) VALUES (68, 'blobs') ON CONFLICT (version) DO NOTHING;
