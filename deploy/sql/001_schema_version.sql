-- Every script below is idempotent and records itself here once applied.
CREATE TABLE IF NOT EXISTS lg_schema_version (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO lg_schema_version (version, name) VALUES (1, 'schema_version') ON CONFLICT (version) DO NOTHING;
