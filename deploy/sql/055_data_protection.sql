-- The ASP.NET Core Data Protection key ring, shared by every gateway and silo (docs/SECURITY.md).
-- One owner: Shared/Secrets/PostgresXmlRepository.cs. Rows are added, never changed; Data Protection itself
-- retires keys by writing revocation elements, and keeps expired keys so old payloads still decrypt.
CREATE TABLE IF NOT EXISTS lg_data_protection_keys (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text NULL,
    xml           text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO lg_schema_version (version, name) VALUES (55, 'data_protection') ON CONFLICT (version) DO NOTHING;
