-- The Laser OS receiver's own data, in its own schema so a shop can move it to another database later.
CREATE SCHEMA IF NOT EXISTS laser_os;

CREATE TABLE IF NOT EXISTS laser_os.projects (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 100),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    client_code  text NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- One row per Module N file (ingest_id). project_id is NULL while no project has the file's project_code
-- ("unassigned"); creating the project attaches it.
CREATE TABLE IF NOT EXISTS laser_os.design_files (
    ingest_id          bigint PRIMARY KEY,
    project_id         bigint NULL REFERENCES laser_os.projects (id),
    project_code       text NULL,
    client_code        text NULL,
    original_filename  text NOT NULL,
    stored_filename    text NULL,
    file_path          text NULL,
    file_type          text NULL,
    file_size          bigint NULL CHECK (file_size IS NULL OR file_size >= 0),
    status             text NOT NULL,
    failure_reason     text NULL,
    confidence_score   double precision NULL CHECK (confidence_score IS NULL OR confidence_score BETWEEN 0 AND 1),
    part_name          text NULL,
    material           text NULL,
    thickness_mm       double precision NULL CHECK (thickness_mm IS NULL OR thickness_mm > 0),
    quantity           integer NULL CHECK (quantity IS NULL OR quantity > 0),
    version            integer NULL,
    file_data          jsonb NOT NULL,
    -- The per-file sequence of the newest event applied: an older event never overwrites newer state.
    last_sequence      bigint NULL,
    last_event_type    text NOT NULL,
    is_deleted         boolean NOT NULL DEFAULT false,
    hard_deleted       boolean NOT NULL DEFAULT false,
    deleted_at         timestamptz NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ix_laser_os_design_files_project ON laser_os.design_files (project_id, ingest_id);
CREATE INDEX IF NOT EXISTS ix_laser_os_design_files_unassigned ON laser_os.design_files (project_code) WHERE project_id IS NULL;

CREATE TABLE IF NOT EXISTS laser_os.activity_log (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_code  text NULL,
    ingest_id     bigint NULL,
    webhook_id    text NULL,
    action        text NOT NULL,
    message       text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ix_laser_os_activity_project ON laser_os.activity_log (project_code, id DESC);

-- Every webhook-id handled, written in the same transaction as the change it caused: a redelivery finds it here.
CREATE TABLE IF NOT EXISTS laser_os.handled_events (
    webhook_id   text PRIMARY KEY,
    event_type   text NOT NULL,
    ingest_id    bigint NOT NULL,
    sequence     bigint NULL,
    event_time   timestamptz NOT NULL,
    outcome      text NOT NULL,
    handled_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ix_laser_os_handled_at ON laser_os.handled_events (handled_at DESC);

INSERT INTO lg_schema_version (version, name) VALUES (40, 'laser_os') ON CONFLICT (version) DO NOTHING;
