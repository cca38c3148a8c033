-- (project_code, created_at) and (client_code, created_at) are the leading columns of the paging indexes of
-- 025_library.sql, which serve every query the shorter ones did. Each index costs every catalog insert and update an
-- index entry (and its WAL), so the two shorter ones go; 020_catalog.sql no longer creates them.
DROP INDEX IF EXISTS ix_lg_files_project;
DROP INDEX IF EXISTS ix_lg_files_client;

INSERT INTO lg_schema_version (version, name) VALUES (70, 'catalog redundant indexes') ON CONFLICT (version) DO NOTHING;
