using System.Globalization;
using System.Text;
using Npgsql;

namespace LaserGrains.Gateway.Webhooks;

/// <summary>Reads of the delivery tables for operators: dead letters and attempts, keyset-paged so no list is capped.</summary>
public sealed class DeliveryQueries(NpgsqlDataSource dataSource)
{
    private const string DeliveryColumns = """
        subscription_id, event_id, event_type, ingest_id, sequence, status, attempts, next_attempt_at, created_at, updated_at,
        last_status_code, last_error
        """;

    private const string AttemptColumns = """
        id, subscription_id, event_id, ingest_id, attempt_number, attempted_at, status_code, duration_ms, succeeded, error, response_body
        """;

    public async Task<PageJson<DeliveryJson>> DeadLettersAsync(string subscriptionId, string? cursor, int limit, CancellationToken ct)
    {
        var after = DecodeCursor(cursor);
        await using var cmd = dataSource.CreateCommand($"""
            SELECT {DeliveryColumns} FROM lg_webhook_deliveries
            WHERE subscription_id = @sub AND status = 'dead' AND (NOT @paged OR (updated_at, event_id) > (@at, @ev))
            ORDER BY updated_at, event_id LIMIT @limit
            """);
        cmd.Parameters.AddWithValue("sub", subscriptionId);
        cmd.Parameters.AddWithValue("paged", after is not null);
        cmd.Parameters.AddWithValue("at", after?.At ?? DateTime.UnixEpoch);
        cmd.Parameters.AddWithValue("ev", after?.EventId ?? "");
        cmd.Parameters.AddWithValue("limit", limit + 1);
        var items = await ReadDeliveriesAsync(cmd, ct);
        var next = items.Count > limit ? EncodeCursor(items[limit - 1].UpdatedAt.UtcDateTime, items[limit - 1].EventId) : null;
        return new PageJson<DeliveryJson>(items.Take(limit).ToList(), next);
    }

    public async Task<PageJson<AttemptJson>> AttemptsAsync(string subscriptionId, string? cursor, int limit, CancellationToken ct)
    {
        long? before = long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        await using var cmd = dataSource.CreateCommand($"""
            SELECT {AttemptColumns} FROM lg_webhook_attempts
            WHERE subscription_id = @sub AND (@before::bigint IS NULL OR id < @before)
            ORDER BY id DESC LIMIT @limit
            """);
        cmd.Parameters.AddWithValue("sub", subscriptionId);
        cmd.Parameters.AddWithValue("before", (object?)before ?? DBNull.Value);
        cmd.Parameters.AddWithValue("limit", limit + 1);
        var items = await ReadAttemptsAsync(cmd, ct);
        var next = items.Count > limit ? items[limit - 1].Id.ToString(CultureInfo.InvariantCulture) : null;
        return new PageJson<AttemptJson>(items.Take(limit).ToList(), next);
    }

    public async Task<FileDeliveriesJson> ForFileAsync(long ingestId, CancellationToken ct)
    {
        await using var deliveries = dataSource.CreateCommand(
            $"SELECT {DeliveryColumns} FROM lg_webhook_deliveries WHERE ingest_id = @id ORDER BY subscription_id, sequence");
        deliveries.Parameters.AddWithValue("id", ingestId);
        await using var attempts = dataSource.CreateCommand(
            $"SELECT {AttemptColumns} FROM lg_webhook_attempts WHERE ingest_id = @id ORDER BY id");
        attempts.Parameters.AddWithValue("id", ingestId);
        return new FileDeliveriesJson(ingestId, await ReadDeliveriesAsync(deliveries, ct), await ReadAttemptsAsync(attempts, ct));
    }

    private static async Task<List<DeliveryJson>> ReadDeliveriesAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var items = new List<DeliveryJson>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var status = r.GetString(5);
            items.Add(new DeliveryJson(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), status, r.GetInt32(6),
                status == "pending" ? r.GetFieldValue<DateTimeOffset>(7) : null, r.GetFieldValue<DateTimeOffset>(8), r.GetFieldValue<DateTimeOffset>(9),
                r.IsDBNull(10) ? null : r.GetInt32(10), r.IsDBNull(11) ? null : r.GetString(11)));
        }

        return items;
    }

    private static async Task<List<AttemptJson>> ReadAttemptsAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var items = new List<AttemptJson>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            items.Add(new AttemptJson(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt32(4), r.GetFieldValue<DateTimeOffset>(5),
                r.IsDBNull(6) ? null : r.GetInt32(6), r.GetInt32(7), r.GetBoolean(8), r.IsDBNull(9) ? null : r.GetString(9),
                r.IsDBNull(10) ? null : r.GetString(10)));
        }

        return items;
    }

    private static string EncodeCursor(DateTime at, string eventId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{at.Ticks.ToString(CultureInfo.InvariantCulture)}|{eventId}"));

    /// <summary>The position after which the next page starts; null for the first page or an unreadable cursor.</summary>
    internal static (DateTime At, string EventId)? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            return bar > 0 && long.TryParse(text[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? (new DateTime(ticks, DateTimeKind.Utc), text[(bar + 1)..])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
