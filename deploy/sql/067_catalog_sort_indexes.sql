-- GET /files?client=…&sort=original_filename (or file_size): without these the planner walks the whole name (size)
-- index and filters one client in 200 out (45 ms at 1,000,000 rows, more for a rare client); with them a page is
-- read in order from the client's own rows. Project pages need none: a project has tens of rows, sorted in memory.
CREATE INDEX IF NOT EXISTS ix_lg_files_client_name ON lg_files (client_code, original_filename, ingest_id);
CREATE INDEX IF NOT EXISTS ix_lg_files_client_size ON lg_files (client_code, file_size DESC, ingest_id DESC);

INSERT INTO lg_schema_version (version, name) VALUES (67, 'catalog sort indexes') ON CONFLICT (version) DO NOTHING;
