-- Grain state for Orleans' ADO.NET storage provider. A row is one grain's state under one state name.
-- The provider's key is (ServiceId, state name, grain id); the hashes only narrow the index lookup.
CREATE TABLE IF NOT EXISTS OrleansStorage (
    GrainIdHash             integer NOT NULL,
    GrainIdN0               bigint NOT NULL,
    GrainIdN1               bigint NOT NULL,
    GrainTypeHash           integer NOT NULL,
    GrainTypeString         varchar(512) NOT NULL,
    GrainIdExtensionString  varchar(512) NULL,
    ServiceId               varchar(150) NOT NULL,
    PayloadBinary           bytea NULL,
    ModifiedOn              timestamptz NOT NULL DEFAULT now(),
    Version                 integer NULL
);
-- The same columns the statements below match on, so two first writes of one grain cannot both succeed.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleansstorage_key ON OrleansStorage
    (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
    NULLS NOT DISTINCT;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
SELECT PayloadBinary, Version
  FROM OrleansStorage
 WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
   AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
   AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),
-- First write (no version yet) inserts version 1; later writes must name the version they read.
('WriteToStorageKey', $q$
WITH replaced AS (
    UPDATE OrleansStorage
       SET PayloadBinary = @PayloadBinary, ModifiedOn = now(), Version = Version + 1
     WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
       AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
       AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
       AND Version = @GrainStateVersion
    RETURNING Version),
created AS (
    INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                                GrainIdExtensionString, ServiceId, PayloadBinary, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
           @GrainIdExtensionString, @ServiceId, @PayloadBinary, 1
     WHERE @GrainStateVersion::integer IS NULL
    ON CONFLICT DO NOTHING
    RETURNING Version)
SELECT Version AS NewGrainStateVersion FROM replaced
UNION ALL
SELECT Version FROM created;
$q$),
('ClearStorageKey', $q$
UPDATE OrleansStorage
   SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
 WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
   AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
   AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
   AND Version = @GrainStateVersion
RETURNING Version;
$q$),
('DeleteStorageKey', $q$
DELETE FROM OrleansStorage
 WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
   AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
   AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
   AND Version = @GrainStateVersion
RETURNING Version + 1;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO lg_schema_version (version, name) VALUES (12, 'orleans_persistence') ON CONFLICT (version) DO NOTHING;
