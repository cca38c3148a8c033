using Npgsql;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>The webhook-ids already handled: the receiver's idempotency record.</summary>
public static class HandledEvents
{
    /// <summary>Which of <paramref name="webhookIds"/> were handled before; one column, webhook_id.</summary>
    public static NpgsqlBatchCommand Select(string[] webhookIds) =>
        LaserOsTransaction.Statement("SELECT webhook_id FROM laser_os.handled_events WHERE webhook_id = ANY($1::text[])", (object)webhookIds);

    /// <summary>
    /// Records the rows with their final outcome, in one statement. A row whose id another transaction recorded since it was
    /// read is skipped (it waits for that transaction first): the caller compares the rows affected with the rows given.
    /// </summary>
    public static NpgsqlBatchCommand Insert(IReadOnlyList<HandledRow> rows) =>
        LaserOsTransaction.Statement(
            """
            INSERT INTO laser_os.handled_events (webhook_id, event_type, ingest_id, sequence, event_time, outcome)
            SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::timestamptz[], $6::text[])
            ON CONFLICT (webhook_id) DO NOTHING
            """,
            rows.Select(r => r.WebhookId).ToArray(), rows.Select(r => r.Event.EventType).ToArray(), rows.Select(r => r.Event.IngestId).ToArray(),
            rows.Select(r => r.Event.Sequence).ToArray(), rows.Select(r => r.Event.Timestamp).ToArray(), rows.Select(r => r.Outcome).ToArray());
}
