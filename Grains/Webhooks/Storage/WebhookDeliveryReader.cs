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

    public async Task<AttemptPage> AttemptsAsync(string subscriptionId, long? before, int limit)
    {
        await using var cmd = dataSource.CreateCommand($"""
            SELECT {AttemptColumns} FROM lg_webhook_attempts
            WHERE subscription_id = @sub AND (@before::bigint IS NULL OR id < @before)
            ORDER BY id DESC LIMIT @limit
            """);
        cmd.Parameters.AddWithValue("sub", subscriptionId);
        cmd.Parameters.AddWithValue("before", (object?)before ?? DBNull.Value);
        cmd.Parameters.AddWithValue("limit", limit + 1);
        var items = await ReadAttemptsAsync(cmd);
        return new AttemptPage([.. items.Take(limit)], items.Count > limit ? items[limit - 1].Id : null);
    }

    public async Task<FileDeliveries> ForFileAsync(long ingestId)
    {
        await using var deliveries = dataSource.CreateCommand(
            $"SELECT {DeliveryColumns} FROM lg_webhook_deliveries WHERE ingest_id = @id ORDER BY subscription_id, sequence");
        deliveries.Parameters.AddWithValue("id", ingestId);
        await using var attempts = dataSource.CreateCommand($"SELECT {AttemptColumns} FROM lg_webhook_attempts WHERE ingest_id = @id ORDER BY id");
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
                r.IsDBNull(10) ? null : r.GetString(10)));
        }

        return items;
    }
}
