-- Cluster membership for Orleans' ADO.NET clustering provider. DeploymentId carries ClusterOptions.ClusterId.
-- One version row per cluster: every membership change must move it forward by exactly one (optimistic concurrency).
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable (
    DeploymentId  varchar(150) PRIMARY KEY,
    Timestamp     timestamptz(3) NOT NULL DEFAULT now(),
    Version       integer NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable (
    DeploymentId  varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address       varchar(45) NOT NULL,
    Port          integer NOT NULL,
    Generation    integer NOT NULL,
    SiloName      varchar(150) NOT NULL,
    HostName      varchar(150) NOT NULL,
    Status        integer NOT NULL,
    ProxyPort     integer NULL,
    SuspectTimes  varchar(8000) NULL,
    StartTime     timestamptz(3) NOT NULL,
    IAmAliveTime  timestamptz(3) NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Each statement below is a single SQL statement: the version bump and the row change commit or fail together.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1)
SELECT count(*)::integer FROM created;
$q$),
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
       SET Version = Version + 1, Timestamp = now()
     WHERE DeploymentId = @DeploymentId AND Version = @Version
       AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable
                        WHERE DeploymentId = @DeploymentId AND Address = @Address
                          AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId),
added AS (
    INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                                        ProxyPort, StartTime, IAmAliveTime)
    SELECT b.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
           @ProxyPort, @StartTime, @IAmAliveTime
      FROM bumped b
    RETURNING 1)
SELECT count(*)::integer FROM added;
$q$),
('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
       SET Version = Version + 1, Timestamp = now()
     WHERE DeploymentId = @DeploymentId AND Version = @Version
       AND EXISTS (SELECT 1 FROM OrleansMembershipTable
                    WHERE DeploymentId = @DeploymentId AND Address = @Address
                      AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId),
changed AS (
    UPDATE OrleansMembershipTable m
       SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
      FROM bumped b
     WHERE m.DeploymentId = b.DeploymentId AND m.Address = @Address
       AND m.Port = @Port AND m.Generation = @Generation
    RETURNING 1)
SELECT count(*)::integer FROM changed;
$q$),
('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable
   SET IAmAliveTime = @IAmAliveTime
 WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),
('MembershipReadRowKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
  FROM OrleansMembershipVersionTable v
  LEFT JOIN OrleansMembershipTable m
         ON m.DeploymentId = v.DeploymentId AND m.Address = @Address
        AND m.Port = @Port AND m.Generation = @Generation
 WHERE v.DeploymentId = @DeploymentId;
$q$),
('MembershipReadAllKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
  FROM OrleansMembershipVersionTable v
  LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
 WHERE v.DeploymentId = @DeploymentId;
$q$),
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),
('GatewaysQueryKey', $q$
SELECT Address, ProxyPort, Generation
  FROM OrleansMembershipTable
 WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
 WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO lg_schema_version (version, name) VALUES (11, 'orleans_clustering') ON CONFLICT (version) DO NOTHING;
