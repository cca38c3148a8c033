-- LaserGrains' own tables. Ingest ids come from a sequence so every gateway allocates unique ids.
CREATE SEQUENCE IF NOT EXISTS lg_ingest_id_seq AS bigint START WITH 1;

-- A projection of each FileGrain's state for listing and search; the grain rewrites its row idempotently.
CREATE TABLE IF NOT EXISTS lg_files (
    ingest_id          bigint PRIMARY KEY,
    revision           bigint NOT NULL,
    original_filename  text NOT NULL,
    stored_filename    text NULL,
    file_path          text NULL,
    kind               text NOT NULL,
    file_size          bigint NOT NULL,
    sha256             char(64) NOT NULL,
    status             text NOT NULL,
    client_code        text NULL,
    project_code       text NULL,
    part_name          text NULL,
    material           text NULL,
    material_code      text NULL,
    thickness_mm       double precision NULL,
    quantity           integer NULL,
    version            integer NOT NULL DEFAULT 0,
    confidence_score   double precision NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    processed_at       timestamptz NULL,
    updated_at         timestamptz NOT NULL,
    record             jsonb NOT NULL,
    search_text        text NULL,
    search             tsvector GENERATED ALWAYS AS (
        to_tsvector('simple',
            coalesce(original_filename, '') || ' ' || coalesce(stored_filename, '') || ' ' ||
            coalesce(part_name, '') || ' ' || coalesce(client_code, '') || ' ' || coalesce(project_code, '') || ' ' ||
            coalesce(material, '') || ' ' || left(coalesce(search_text, ''), 100000))) STORED
);
CREATE INDEX IF NOT EXISTS ix_lg_files_created ON lg_files (created_at DESC, ingest_id DESC);
CREATE INDEX IF NOT EXISTS ix_lg_files_sha ON lg_files (sha256);
CREATE INDEX IF NOT EXISTS ix_lg_files_search ON lg_files USING gin (search);

INSERT INTO lg_schema_version (version, name) VALUES (20, 'catalog') ON CONFLICT (version) DO NOTHING;
