-- Version entries of every project, one row each (Grains/Projects/PostgresVersionStore.cs): a claim writes one row
-- instead of rewriting a grain state that holds the whole project, and nothing of a project stays in silo memory.
-- The project grain is still the one writer per project (the pool of unassigned files: one per shard of lineages);
-- the primary key keeps a number from naming two files even if two activations of one grain ever raced.
CREATE TABLE IF NOT EXISTS lg_versions (
    project        text             NOT NULL,   -- upper-case project code, or '_unassigned'
    lineage        text             NOT NULL,   -- kind family | normalised part, e.g. 'dxf|bracket'
    version        integer          NOT NULL,
    ordinal        bigint           GENERATED ALWAYS AS IDENTITY,   -- claim order: GET /versions lists oldest first
    ingest_id      bigint           NOT NULL,
    sha256         text             NOT NULL,   -- '' once removed (a hard delete leaves none of the file's facts)
    material_code  text             NULL,
    thickness_mm   double precision NULL,
    quantity       integer          NULL,
    created_at     timestamptz      NOT NULL,
    changes        jsonb            NOT NULL,   -- what changed against the version before, e.g. ["content"]
    state          smallint         NOT NULL,   -- 0 live, 1 soft-deleted, 2 removed (VersionEntryState)
    PRIMARY KEY (project, lineage, version)
);
CREATE INDEX IF NOT EXISTS ix_lg_versions_order ON lg_versions (project, lineage, ordinal);
CREATE INDEX IF NOT EXISTS ix_lg_versions_file ON lg_versions (project, ingest_id);
CREATE INDEX IF NOT EXISTS ix_lg_versions_live_bytes ON lg_versions (project, sha256) WHERE state = 0;

INSERT INTO lg_schema_version (version, name) VALUES (66, 'versions') ON CONFLICT (version) DO NOTHING;
