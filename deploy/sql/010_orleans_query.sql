-- The Orleans ADO.NET providers read the SQL they run from this table at start-up (columns QueryKey, QueryText).
-- Names are unquoted on purpose: the providers' own statements are unquoted and PostgreSQL folds both to lower case.
CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey   varchar(64) PRIMARY KEY,
    QueryText  varchar(8000) NOT NULL
);
INSERT INTO lg_schema_version (version, name) VALUES (10, 'orleans_query') ON CONFLICT (version) DO NOTHING;
