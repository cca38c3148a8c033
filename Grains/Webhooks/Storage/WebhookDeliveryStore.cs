using LaserGrains.Grains.Webhooks.Delivery;
using Npgsql;

namespace LaserGrains.Grains.Webhooks.Storage;

/// <summary>
/// The durable queue of every dispatcher: one row per (subscription, event) in lg_webhook_deliveries and one row per
/// attempt in lg_webhook_attempts. Only the subscription's dispatcher grain writes its rows; times come from the grain's clock.
/// </summary>
public sealed class WebhookDeliveryStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Inserts new deliveries and writes the outcome of finished attempts (each delivery's state and one attempt row
    /// each), all in one batch: one round trip, one transaction. Returns the event ids that were not already queued.
    /// An outcome is only ever queued after its delivery's insert returned, so it never meets its own insert here.
    /// </summary>
    public async Task<HashSet<string>> WriteAsync(string subscriptionId, IReadOnlyList<DeliveryWrite> writes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var rows = writes.Where(w => w.Insert is not null).Select(w => w.Insert!).ToList();
        var records = writes.Where(w => w.Record is not null).Select(w => w.Record!).ToList();
        await using var batch = dataSource.CreateBatch();
        if (rows.Count > 0) batch.BatchCommands.Add(InsertCommand(subscriptionId, rows, now));
        if (records.Count > 0)
        {
            batch.BatchCommands.Add(UpdateCommand(subscriptionId, records, now));
            batch.BatchCommands.Add(AttemptsCommand(subscriptionId, records));
        }

        var inserted = new HashSet<string>(StringComparer.Ordinal);
        if (batch.BatchCommands.Count == 0) return inserted;
        await using var reader = await batch.ExecuteReaderAsync();
        if (rows.Count > 0)
        {
            while (await reader.ReadAsync()) inserted.Add(reader.GetString(0));
        }

        while (await reader.NextResultAsync())
        {
        }

        return inserted;
    }

    private static NpgsqlBatchCommand InsertCommand(string subscriptionId, List<PendingDelivery> rows, DateTimeOffset now)
    {
        var cmd = new NpgsqlBatchCommand(DeliverySql.Insert);
        cmd.Parameters.AddWithValue("sub", subscriptionId);
        cmd.Parameters.AddWithValue("now", now.UtcDateTime);
        cmd.Parameters.AddWithValue("ids", rows.Select(r => r.EventId).ToArray());
        cmd.Parameters.AddWithValue("types", rows.Select(r => r.EventType).ToArray());
        cmd.Parameters.AddWithValue("ingests", rows.Select(r => r.IngestId).ToArray());
        cmd.Parameters.AddWithValue("seqs", rows.Select(r => r.Sequence).ToArray());
        cmd.Parameters.AddWithValue("times", rows.Select(r => r.EventTime.UtcDateTime).ToArray());
        cmd.Parameters.AddWithValue("payloads", rows.Select(r => r.Payload).ToArray());
        cmd.Parameters.AddWithValue("nexts", rows.Select(r => r.NextAttemptAt.UtcDateTime).ToArray());
        return cmd;
    }

    private static NpgsqlBatchCommand UpdateCommand(string subscriptionId, List<DeliveryRecord> records, DateTimeOffset now)
    {
        var update = new NpgsqlBatchCommand(DeliverySql.UpdateState);
        update.Parameters.AddWithValue("sub", subscriptionId);
        update.Parameters.AddWithValue("now", now.UtcDateTime);
        update.Parameters.AddWithValue("ids", records.Select(r => r.Delivery.EventId).ToArray());
        update.Parameters.AddWithValue("statuses", records.Select(r => r.Status).ToArray());
        update.Parameters.AddWithValue("attempts", records.Select(r => r.Delivery.Attempts).ToArray());
        update.Parameters.AddWithValue("nexts", records.Select(r => r.Delivery.NextAttemptAt.UtcDateTime).ToArray());
        update.Parameters.AddWithValue("codes", records.Select(r => r.Outcome.StatusCode).ToArray());
        update.Parameters.AddWithValue("errors", records.Select(r => r.Outcome.Error).ToArray());
        return update;
    }

    private static NpgsqlBatchCommand AttemptsCommand(string subscriptionId, List<DeliveryRecord> records)
    {
        var insert = new NpgsqlBatchCommand(DeliverySql.InsertAttempts);
        insert.Parameters.AddWithValue("sub", subscriptionId);
        insert.Parameters.AddWithValue("ids", records.Select(r => r.Delivery.EventId).ToArray());
        insert.Parameters.AddWithValue("ingests", records.Select(r => r.Delivery.IngestId).ToArray());
        insert.Parameters.AddWithValue("numbers", records.Select(r => r.Delivery.Attempts).ToArray());
        insert.Parameters.AddWithValue("ats", records.Select(r => r.Outcome.AttemptedAt.UtcDateTime).ToArray());
        insert.Parameters.AddWithValue("codes", records.Select(r => r.Outcome.StatusCode).ToArray());
        insert.Parameters.AddWithValue("durations", records.Select(r => (int)Math.Round(r.Outcome.Duration.TotalMilliseconds)).ToArray());
        insert.Parameters.AddWithValue("errors", records.Select(r => r.Outcome.Error).ToArray());
        insert.Parameters.AddWithValue("bodies", records.Select(r => r.Outcome.ResponseBody).ToArray());
        insert.Parameters.AddWithValue("oks", records.Select(r => r.Outcome.Succeeded).ToArray());
        return insert;
    }

    /// <summary>The oldest pending deliveries of a subscription in queue order, at most <paramref name="limit"/>.</summary>
    public async Task<List<PendingDelivery>> LoadPendingAsync(string subscriptionId, int limit)
    {
        await using var cmd = dataSource.CreateCommand(DeliverySql.LoadPending);
        cmd.Parameters.AddWithValue("sub", subscriptionId);
        cmd.Parameters.AddWithValue("limit", limit);
        var rows = new List<PendingDelivery>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new PendingDelivery
            {
                EventId = reader.GetString(0),
                EventType = reader.GetString(1),
                IngestId = reader.GetInt64(2),
                Sequence = reader.GetInt64(3),
                EventTime = reader.GetFieldValue<DateTimeOffset>(4),
                Payload = reader.GetString(5),
                Attempts = reader.GetInt32(6),
                NextAttemptAt = reader.GetFieldValue<DateTimeOffset>(7),
            });
        }

        return rows;
    }

    /// <summary>Re-queues one finished delivery with a fresh schedule; false when unknown or already pending.</summary>
    public async Task<bool> ReplayOneAsync(string subscriptionId, string eventId, DateTimeOffset now) =>
        await ExecuteAsync(DeliverySql.ReplayOne, subscriptionId, now, ("event", eventId)) > 0;

    /// <summary>Re-queues every dead letter dead-lettered at or after <paramref name="since"/>, however many.</summary>
    public Task<int> ReplayDeadSinceAsync(string subscriptionId, DateTimeOffset since, DateTimeOffset now) =>
        ExecuteAsync(DeliverySql.ReplayDeadSince, subscriptionId, now, ("since", since.UtcDateTime));

    /// <summary>Cancels the pending deliveries of a deleted subscription.</summary>
    public Task<int> CancelPendingAsync(string subscriptionId, DateTimeOffset now) =>
        ExecuteAsync(DeliverySql.CancelPending, subscriptionId, now);

    /// <summary>After a hard delete: every stored delivery of the file raised before <paramref name="beforeSequence"/> keeps only its envelope.</summary>
    public async Task<int> RedactFileAsync(long ingestId, long beforeSequence)
    {
        await using var cmd = dataSource.CreateCommand(DeliverySql.RedactFile);
        cmd.Parameters.AddWithValue("ingest", ingestId);
        cmd.Parameters.AddWithValue("before", beforeSequence);
        return await cmd.ExecuteNonQueryAsync();
    }

    private async Task<int> ExecuteAsync(string sql, string subscriptionId, DateTimeOffset now, params (string Name, object Value)[] extra)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        cmd.Parameters.AddWithValue("sub", subscriptionId);
        cmd.Parameters.AddWithValue("now", now.UtcDateTime);
        foreach (var (name, value) in extra) cmd.Parameters.AddWithValue(name, value);
        return await cmd.ExecuteNonQueryAsync();
    }
}
