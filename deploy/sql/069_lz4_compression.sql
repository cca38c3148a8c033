-- The wide values written once or twice per ingested file (a file grain's state is ~6 KB of JSON, written twice) are
-- compressed with lz4 instead of pglz: pglz took a visible share of PostgreSQL's CPU per file, lz4 costs a fraction of
-- it. lz4 leaves a file grain's state a little larger (2.4 KB instead of 2.1 KB), past the 2 KB at which PostgreSQL moves
-- a value out of the row into the TOAST table (two more inserts per write); a row target of 4 KB keeps it in the row.
-- Only values written from now on change; a server built without lz4 keeps pglz.
-- Set only when it is not yet: ALTER TABLE takes a lock on the grains' table, and this script runs on every migration.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = 'orleansstorage'::regclass
                   AND 'toast_tuple_target=4080' = ANY (coalesce(reloptions, '{}'))) THEN
        ALTER TABLE OrleansStorage SET (toast_tuple_target = 4080);
    END IF;
END $$;

DO $$
DECLARE
    target record;
BEGIN
    FOR target IN
        SELECT c.oid::regclass AS tbl, a.attname AS col
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN (VALUES ('public', 'orleansstorage', 'payloadbinary'), ('public', 'lg_files', 'record'),
                     ('public', 'lg_webhook_deliveries', 'payload'), ('laser_os', 'design_files', 'file_data'))
             AS w(schema_name, table_name, column_name)
          ON c.relname = w.table_name AND a.attname = w.column_name
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = w.schema_name
        WHERE a.attcompression IS DISTINCT FROM 'l'
    LOOP
        BEGIN
            EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET COMPRESSION lz4', target.tbl, target.col);
        EXCEPTION WHEN feature_not_supported THEN
            RAISE NOTICE 'lz4 is not available in this server; % keeps its compression', target.tbl;
        END;
    END LOOP;
END $$;

INSERT INTO lg_schema_version (version, name) VALUES (69, 'lz4 compression of wide values') ON CONFLICT (version) DO NOTHING;
