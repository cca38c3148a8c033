-- Access control: staff accounts, API keys, customer upload links and the audit log (docs/SECURITY.md).
-- Each table has one owner in the gateway (Gateway/Auth/*/Postgres*Store.cs); nothing here holds a secret in clear.

CREATE TABLE IF NOT EXISTS lg_users (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_name            text NOT NULL CHECK (length(user_name) BETWEEN 1 AND 100),
    -- ASP.NET Core Identity's PasswordHasher output (PBKDF2, salted, versioned); never the password itself.
    password_hash        text NOT NULL,
    role                 text NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
    failed_logins        integer NOT NULL DEFAULT 0,
    locked_until         timestamptz NULL,
    -- Changes with every password change: sessions issued before it stop working.
    session_stamp        uuid NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_lg_users_name ON lg_users (lower(user_name));

CREATE TABLE IF NOT EXISTS lg_api_keys (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- The first characters of the key, shown so a person can tell keys apart; not enough to use it.
    prefix        text NOT NULL,
    -- SHA-256 of the whole key (256 random bits): the key itself is shown once and never stored.
    key_hash      bytea NOT NULL UNIQUE,
    role          text NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz NULL,
    revoked_at    timestamptz NULL
);

CREATE TABLE IF NOT EXISTS lg_upload_links (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    prefix          text NOT NULL,
    token_hash      bytea NOT NULL UNIQUE,
    client_code     text NOT NULL,
    project_code    text NOT NULL,
    description     text NULL,
    expires_at      timestamptz NOT NULL,
    max_files       integer NULL CHECK (max_files IS NULL OR max_files > 0),
    max_file_bytes  bigint NULL CHECK (max_file_bytes IS NULL OR max_file_bytes > 0),
    -- Files reserved by uploads so far; raised atomically before the files reach their grains.
    files_used      integer NOT NULL DEFAULT 0,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz NULL
);

-- What each link uploaded: the only files its holder may see.
CREATE TABLE IF NOT EXISTS lg_upload_link_files (
    link_id    bigint NOT NULL REFERENCES lg_upload_links (id),
    ingest_id  bigint NOT NULL,
    PRIMARY KEY (link_id, ingest_id)
);

-- Who changed what, when and from where. Rows are only ever added; they name files by id, never by content.
CREATE TABLE IF NOT EXISTS lg_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    action      text NOT NULL,
    target      text NULL,
    outcome     integer NOT NULL,
    remote      text NULL,
    detail      jsonb NULL
);
CREATE INDEX IF NOT EXISTS ix_lg_audit_at ON lg_audit (at DESC, id DESC);

-- The ASP.NET Core Data Protection key ring (session cookies, antiforgery tokens, webhook signing secrets), shared by
-- every gateway and silo; its one owner is Shared/Secrets/PostgresXmlRepository.cs.
-- Rows are XML key descriptions written by the framework; they are added, never changed.
CREATE TABLE IF NOT EXISTS lg_data_protection_keys (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name  text NOT NULL,
    xml            text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

INSERT INTO lg_schema_version (version, name) VALUES (50, 'access') ON CONFLICT (version) DO NOTHING;
