using LaserGrains.Gateway.LaserOs.Events;

namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>The webhook-ids already handled: the receiver's idempotency record.</summary>
public static class HandledEvents
{
    /// <summary>Records the id; false when it was handled before. A concurrent delivery of the same id waits here for the first to finish.</summary>
    public static async Task<bool> ClaimAsync(LaserOsTransaction tx, string webhookId, ModuleNEvent e) =>
        await tx.ExecuteAsync(
            """
            INSERT INTO laser_os.handled_events (webhook_id, event_type, ingest_id, sequence, event_time, outcome)
            VALUES (@id, @type, @ingest, @seq, @time, 'handling')
            ON CONFLICT (webhook_id) DO NOTHING
            """,
            ("id", webhookId), ("type", e.EventType), ("ingest", e.IngestId), ("seq", e.Sequence), ("time", e.Timestamp)) == 1;

    public static Task SetOutcomeAsync(LaserOsTransaction tx, string webhookId, string outcome) =>
        tx.ExecuteAsync("UPDATE laser_os.handled_events SET outcome = @outcome WHERE webhook_id = @id", ("id", webhookId), ("outcome", outcome));
}
