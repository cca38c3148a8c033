-- Library search: indexes for the filters of GET /files (keyset order created_at, ingest_id) and GET /stats.
-- Client and project are exact filters: (code, created_at, ingest_id) serves the filter and the page order together.
CREATE INDEX IF NOT EXISTS ix_lg_files_client_page ON lg_files (client_code, created_at DESC, ingest_id DESC);
CREATE INDEX IF NOT EXISTS ix_lg_files_project_page ON lg_files (project_code, created_at DESC, ingest_id DESC);
-- Part names match by case-insensitive prefix; text_pattern_ops lets "prefix%" use the index.
CREATE INDEX IF NOT EXISTS ix_lg_files_part_lower ON lg_files (lower(part_name) text_pattern_ops);
CREATE INDEX IF NOT EXISTS ix_lg_files_material ON lg_files (material_code, thickness_mm);
CREATE INDEX IF NOT EXISTS ix_lg_files_kind_created ON lg_files (kind, created_at DESC, ingest_id DESC);
CREATE INDEX IF NOT EXISTS ix_lg_files_status_created ON lg_files (status, created_at DESC, ingest_id DESC);
CREATE INDEX IF NOT EXISTS ix_lg_files_size ON lg_files (file_size DESC, ingest_id DESC);
CREATE INDEX IF NOT EXISTS ix_lg_files_name ON lg_files (original_filename, ingest_id);

INSERT INTO lg_schema_version (version, name) VALUES (25, 'library') ON CONFLICT (version) DO NOTHING;
