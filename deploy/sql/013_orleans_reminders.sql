-- Durable reminders for Orleans' ADO.NET reminder service. Period is in milliseconds.
CREATE TABLE IF NOT EXISTS OrleansRemindersTable (
    ServiceId     varchar(150) NOT NULL,
    GrainId       varchar(150) NOT NULL,
    ReminderName  varchar(150) NOT NULL,
    StartTime     timestamptz(3) NOT NULL,
    Period        bigint NOT NULL,
    GrainHash     integer NOT NULL,
    Version       integer NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);
-- Silos load reminders by ranges of the grain hash ring.
CREATE INDEX IF NOT EXISTS ix_orleansreminders_hash ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', $q$
INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
   SET StartTime = EXCLUDED.StartTime, Period = EXCLUDED.Period, GrainHash = EXCLUDED.GrainHash,
       Version = r.Version + 1
RETURNING Version;
$q$),
('ReadReminderRowsKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$),
('ReadReminderRowKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$),
('ReadRangeRows1Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
$q$),
('ReadRangeRows2Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),
('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
    RETURNING 1)
SELECT count(*)::integer FROM removed;
$q$),
('DeleteReminderRowsKey', $q$
DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO lg_schema_version (version, name) VALUES (13, 'orleans_reminders') ON CONFLICT (version) DO NOTHING;
