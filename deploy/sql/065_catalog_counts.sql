-- GET /stats without a scan of lg_files: counts per (dimension, value), kept by statement-level triggers on lg_files.
-- Writers only append net changes to lg_file_count_changes (no index, no row shared between writers, so concurrent
-- catalog writers never wait on each other); GET /stats folds the changes into lg_file_counts and answers from both.
-- Groupings as GET /stats shows them: 'status' counts every row, 'kind', 'material' and 'client' only rows not deleted;
-- a missing value counts as 'unknown'.
CREATE TABLE IF NOT EXISTS lg_file_counts (
    dimension  text   NOT NULL,
    value     text   NOT NULL,
    files     bigint NOT NULL,
    PRIMARY KEY (dimension, value)
);
CREATE TABLE IF NOT EXISTS lg_file_count_changes (
    dimension  text   NOT NULL,
    value     text   NOT NULL,
    delta     bigint NOT NULL
);

-- The (dimension, value) keys a set of catalog rows counts under, one row per key and file.
CREATE OR REPLACE FUNCTION lg_file_count_keys(status text, kind text, material_code text, client_code text)
RETURNS TABLE (dimension text, value text) LANGUAGE sql IMMUTABLE AS $$
    SELECT 'status', coalesce(status, 'unknown')
    UNION ALL SELECT k.g, coalesce(k.v, 'unknown')
    FROM (VALUES ('kind', kind), ('material', material_code), ('client', client_code)) k(g, v)
    WHERE status IS DISTINCT FROM 'deleted'
$$;

-- One insert per statement with the net change of every key; an update that moves no count (a new revision with the
-- same status, kind, material and client) appends nothing.
CREATE OR REPLACE FUNCTION lg_files_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO lg_file_count_changes (dimension, value, delta)
        SELECT k.dimension, k.value, count(*) FROM new_rows n, lg_file_count_keys(n.status, n.kind, n.material_code, n.client_code) k
        GROUP BY 1, 2;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO lg_file_count_changes (dimension, value, delta)
        SELECT k.dimension, k.value, -count(*) FROM old_rows o, lg_file_count_keys(o.status, o.kind, o.material_code, o.client_code) k
        GROUP BY 1, 2;
    ELSE
        INSERT INTO lg_file_count_changes (dimension, value, delta)
        SELECT dimension, value, sum(d) FROM (
            SELECT k.dimension, k.value, 1 AS d FROM new_rows n, lg_file_count_keys(n.status, n.kind, n.material_code, n.client_code) k
            UNION ALL
            SELECT k.dimension, k.value, -1 FROM old_rows o, lg_file_count_keys(o.status, o.kind, o.material_code, o.client_code) k) c
        GROUP BY 1, 2 HAVING sum(d) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION lg_files_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lg_file_counts;
    DELETE FROM lg_file_count_changes;
    RETURN NULL;
END $$;

-- First application only: count the rows already there and attach the triggers while writers wait (SHARE lock), so
-- no write falls between the count and the triggers.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM lg_schema_version WHERE version = 65) THEN RETURN; END IF;
    LOCK TABLE lg_files IN SHARE MODE;
    DELETE FROM lg_file_counts;
    DELETE FROM lg_file_count_changes;
    INSERT INTO lg_file_counts (dimension, value, files)
    SELECT k.dimension, k.value, count(*) FROM lg_files f, lg_file_count_keys(f.status, f.kind, f.material_code, f.client_code) k
    GROUP BY 1, 2;
    CREATE TRIGGER lg_files_counts_insert AFTER INSERT ON lg_files REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION lg_files_count_changes();
    CREATE TRIGGER lg_files_counts_update AFTER UPDATE ON lg_files REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION lg_files_count_changes();
    CREATE TRIGGER lg_files_counts_delete AFTER DELETE ON lg_files REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION lg_files_count_changes();
    CREATE TRIGGER lg_files_counts_truncate AFTER TRUNCATE ON lg_files
        FOR EACH STATEMENT EXECUTE FUNCTION lg_files_count_truncate();
END $$;

INSERT INTO lg_schema_version (version, name) VALUES (65, 'catalog counts') ON CONFLICT (version) DO NOTHING;
