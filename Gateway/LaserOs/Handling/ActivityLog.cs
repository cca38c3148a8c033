using Npgsql;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>Appends to the Laser OS activity log, in the caller's transaction.</summary>
public static class ActivityLog
{
    public static Task AddAsync(LaserOsTransaction tx, string? projectCode, long? ingestId, string? webhookId, string action, string message) =>
        tx.ExecuteAsync(
            "INSERT INTO laser_os.activity_log (project_code, ingest_id, webhook_id, action, message) VALUES (@project, @ingest, @webhook, @action, @message)",
            ("project", projectCode), ("ingest", ingestId), ("webhook", webhookId), ("action", action), ("message", message));

    /// <summary>Appends many entries in one statement; their ids follow the list's order.</summary>
    public static NpgsqlBatchCommand Insert(IReadOnlyList<ActivityEntry> entries) =>
        LaserOsTransaction.Statement(
            """
            INSERT INTO laser_os.activity_log (project_code, ingest_id, webhook_id, action, message)
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[])
            """,
            entries.Select(e => e.ProjectCode).ToArray(), entries.Select(e => e.IngestId).ToArray(), entries.Select(e => e.WebhookId).ToArray(),
            entries.Select(e => e.Action).ToArray(), entries.Select(e => e.Message).ToArray());
}
