namespace LaserGrains.Grains.Webhooks.Storage;

/// <summary>The statements of <see cref="WebhookDeliveryStore"/>; the tables are in deploy/sql/030_webhooks.sql.</summary>
internal static class DeliverySql
{
    public const string Insert = """
        INSERT INTO lg_webhook_deliveries (subscription_id, event_id, event_type, ingest_id, sequence, event_time, payload,
            status, attempts, next_attempt_at, created_at, updated_at)
        SELECT @sub, e.id, e.type, e.ingest, e.seq, e.at, e.payload, 'pending', 0, e.next, @now, @now
        FROM unnest(@ids, @types, @ingests, @seqs, @times, @payloads, @nexts) AS e(id, type, ingest, seq, at, payload, next)
        ON CONFLICT (subscription_id, event_id) DO NOTHING
        RETURNING event_id
        """;

    public const string UpdateState = """
        UPDATE lg_webhook_deliveries d
        SET status = u.status, attempts = u.attempts, next_attempt_at = u.next, last_status_code = u.code,
            last_error = u.error, updated_at = @now
        FROM unnest(@ids::text[], @statuses::text[], @attempts::int[], @nexts::timestamptz[], @codes::int[], @errors::text[])
            AS u(id, status, attempts, next, code, error)
        WHERE d.subscription_id = @sub AND d.event_id = u.id
        """;

    public const string InsertAttempts = """
        INSERT INTO lg_webhook_attempts (subscription_id, event_id, ingest_id, attempt_number, attempted_at, status_code,
            duration_ms, error, response_body, succeeded)
        SELECT @sub, a.id, a.ingest, a.number, a.at, a.code, a.duration, a.error, a.body, a.ok
        FROM unnest(@ids::text[], @ingests::bigint[], @numbers::int[], @ats::timestamptz[], @codes::int[], @durations::int[],
            @errors::text[], @bodies::text[], @oks::boolean[]) AS a(id, ingest, number, at, code, duration, error, body, ok)
        """;

    public const string LoadPending = """
        SELECT event_id, event_type, ingest_id, sequence, event_time, payload, attempts, next_attempt_at
        FROM lg_webhook_deliveries
        WHERE subscription_id = @sub AND status = 'pending'
        ORDER BY queue_order
        LIMIT @limit
        """;

    public const string ReplayOne = """
        UPDATE lg_webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = @now, updated_at = @now
        WHERE subscription_id = @sub AND event_id = @event AND status IN ('dead', 'delivered')
        """;

    public const string ReplayDeadSince = """
        UPDATE lg_webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = @now, updated_at = @now
        WHERE subscription_id = @sub AND status = 'dead' AND updated_at >= @since
        """;

    public const string CancelPending = """
        UPDATE lg_webhook_deliveries SET status = 'cancelled', updated_at = @now
        WHERE subscription_id = @sub AND status = 'pending'
        """;

    // The shape of Files.EventRedaction: envelope, file_data reduced to id and original name, "data" dropped.
    public const string RedactFile = """
        UPDATE lg_webhook_deliveries
        SET payload = jsonb_build_object(
            'event_id', event_id, 'event_type', event_type, 'timestamp', payload::jsonb->'timestamp',
            'ingest_id', ingest_id, 'sequence', sequence, 'redacted', true,
            'file_data', jsonb_build_object('ingest_id', ingest_id, 'original_filename', payload::jsonb->'file_data'->'original_filename', 'status', 'deleted'))::text
        WHERE ingest_id = @ingest AND sequence < @before AND NOT (payload::jsonb ? 'redacted')
        """;
}
