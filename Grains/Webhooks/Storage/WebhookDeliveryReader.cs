using LaserGrains.Grains.Interfaces.Webhooks;
using Npgsql;

namespace LaserGrains.Grains.Webhooks.Storage;

/// <summary>
/// Reads of lg_webhook_deliveries and lg_webhook_attempts for operators, beside the writer (<see cref="WebhookDeliveryStore"/>)
/// so one folder owns the tables. Keyset-paged, so no list is capped and no page costs more than its rows.
/// </summary>
public sealed class WebhookDeliveryReader(NpgsqlDataSource dataSource)
{
    private const string DeliveryColumns = """
        subscription_id, event_id, event_type, ingest_id, sequence, status, attempts, next_attempt_at, created_at, updated_at,
        last_status_code, last_error
        """;

    private const string AttemptColumns = """
        id, subscription_id, event_id, ingest_id, attempt_number, attempted_at, status_code, duration_ms, succeeded, error, response_body
        """;

    // The attempt columns from alias a, then the delivery's event type (null when its delivery row is gone).
    private static readonly string Prefixed = string.Join(", ", AttemptColumns.Split(',').Select(c => "a." + c.Trim())) + ", d.event_type";

    public async Task<DeadLetterPage> DeadLettersAsync(string subscriptionId, DeadLetterPosition? after, int limit)
    {
        await using var cmd = dataSource.CreateCommand($"""
            SELECT {DeliveryColumns} FROM lg_webhook_deliveries
            WHERE subscription_id = @sub AND status = 'dead' AND (NOT @paged OR (updated_at, event_id) > (@at, @ev))
            ORDER BY updated_at, event_id LIMIT @limit
            """);
        cmd.Parameters.AddWithValue("sub", subscriptionId);
        cmd.Parameters.AddWithValue("paged", after is not null);
        cmd.Parameters.AddWithValue("at", after?.UpdatedAt.UtcDateTime ?? DateTime.UnixEpoch);
        cmd.Parameters.AddWithValue("ev", after?.EventId ?? "");
        cmd.Parameters.AddWithValue("limit", limit + 1);
        var items = await ReadDeliveriesAsync(cmd);
        var next = items.Count > limit ? new DeadLetterPosition(items[limit - 1].UpdatedAt, items[limit - 1].EventId) : null;
        return new DeadLetterPage([.. items.Take(limit)], next);
    }

    /// <summary>
    /// Newest first, filtered in SQL (the event type is the attempt's delivery's, joined on its key), so a page is full
    /// whatever the filter and the cursor (the last id) pages on through every match.
    /// </summary>
    public async Task<AttemptPage> AttemptsAsync(string subscriptionId, AttemptFilter filter, long? before, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var cmd = dataSource.CreateCommand($"""
            SELECT {Prefixed} FROM lg_webhook_attempts a
            LEFT JOIN lg_webhook_deliveries d ON d.subscription_id = a.subscription_id AND d.event_id = a.event_id
            WHERE a.subscription_id = @sub AND (@before::bigint IS NULL OR a.id < @before)
              AND (@succeeded::boolean IS NULL OR a.succeeded = @succeeded) AND (@type::text IS NULL OR d.event_type = @type)
            ORDER BY a.id DESC LIMIT @limit
            """);
        cmd.Parameters.AddWithValue("sub", subscriptionId);
        cmd.Parameters.AddWithValue("before", (object?)before ?? DBNull.Value);
        cmd.Parameters.AddWithValue("succeeded", (object?)filter.Succeeded ?? DBNull.Value);
        cmd.Parameters.AddWithValue("type", (object?)filter.EventType ?? DBNull.Value);
        cmd.Parameters.AddWithValue("limit", limit + 1);
        var items = await ReadAttemptsAsync(cmd);
        return new AttemptPage([.. items.Take(limit)], items.Count > limit ? items[limit - 1].Id : null);
    }

    public async Task<FileDeliveries> ForFileAsync(long ingestId)
    {
        await using var deliveries = dataSource.CreateCommand(
            $"SELECT {DeliveryColumns} FROM lg_webhook_deliveries WHERE ingest_id = @id ORDER BY subscription_id, sequence");
        deliveries.Parameters.AddWithValue("id", ingestId);
        await using var attempts = dataSource.CreateCommand($"""
            SELECT {Prefixed} FROM lg_webhook_attempts a
            LEFT JOIN lg_webhook_deliveries d ON d.subscription_id = a.subscription_id AND d.event_id = a.event_id
            WHERE a.ingest_id = @id ORDER BY a.id
            """);
        attempts.Parameters.AddWithValue("id", ingestId);
        return new FileDeliveries(ingestId, await ReadDeliveriesAsync(deliveries), await ReadAttemptsAsync(attempts));
    }

    private static async Task<List<DeliveryView>> ReadDeliveriesAsync(NpgsqlCommand cmd)
    {
        var items = new List<DeliveryView>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            var status = r.GetString(5);
            items.Add(new DeliveryView(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), status, r.GetInt32(6),
                status == DeliveryStatus.Pending ? r.GetFieldValue<DateTimeOffset>(7) : null, r.GetFieldValue<DateTimeOffset>(8),
                r.GetFieldValue<DateTimeOffset>(9), r.IsDBNull(10) ? null : r.GetInt32(10), r.IsDBNull(11) ? null : r.GetString(11)));
        }

        return items;
    }

    private static async Task<List<AttemptView>> ReadAttemptsAsync(NpgsqlCommand cmd)
    {
        var items = new List<AttemptView>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            items.Add(new AttemptView(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt32(4), r.GetFieldValue<DateTimeOffset>(5),
                r.IsDBNull(6) ? null : r.GetInt32(6), r.GetInt32(7), r.GetBoolean(8), r.IsDBNull(9) ? null : r.GetString(9),
                r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11)));
        }

        return items;
    }
}
