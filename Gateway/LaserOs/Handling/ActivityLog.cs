namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>Appends to the Laser OS activity log, in the caller's transaction.</summary>
public static class ActivityLog
{
    public static Task AddAsync(LaserOsTransaction tx, string? projectCode, long? ingestId, string? webhookId, string action, string message) =>
        tx.ExecuteAsync(
            "INSERT INTO laser_os.activity_log (project_code, ingest_id, webhook_id, action, message) VALUES (@project, @ingest, @webhook, @action, @message)",
            ("project", projectCode), ("ingest", ingestId), ("webhook", webhookId), ("action", action), ("message", message));
}
