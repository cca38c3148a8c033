using System.Collections.Concurrent;
using LaserGrains.LoadGen.Load;
using Npgsql;

namespace LaserGrains.LoadGen.Measure;

/// <summary>Watches accepted uploads settle by polling PostgreSQL: the catalog row's final status and processed_at,
/// and the Laser OS DesignFile row (which the receiver creates on file.processed or file.failed).</summary>
/// <remarks>Completion time is the processed_at the grain stamped (from the answer when it was final, else from the
/// catalog); DesignFile time is the start of the first poll that saw the row, so it is late by at most one poll
/// interval. Every poll is one autocommit statement on this tracker's own connection, counted so the report can take
/// them out of the database's transaction count.</remarks>
public sealed class SettleTracker(OwnConnections connections, bool laserOs, TimeProvider time) : IStatementCounter
{
    private const string Sql =
        """
        SELECT 0, ingest_id, status, processed_at FROM lg_files WHERE ingest_id = ANY($1) AND status IN ('completed', 'failed')
        UNION ALL
        SELECT 1, ingest_id, status, NULL::timestamptz FROM laser_os.design_files WHERE ingest_id = ANY($2)
        """;

    private readonly ConcurrentDictionary<long, UploadSample> _catalog = new();
    private readonly ConcurrentDictionary<long, UploadSample> _design = new();
    private long _statements;

    public long Statements => Interlocked.Read(ref _statements);

    public int Unsettled => _catalog.Count + _design.Count;

    public void Track(UploadSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.CompletedAt is null) _catalog[sample.IngestId] = sample;
        if (laserOs) _design[sample.IngestId] = sample;
    }

    public async Task PollUntilAsync(Func<bool> stop, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (!stop() && await timer.WaitForNextTickAsync(cancellationToken))
        {
            await PollOnceAsync(cancellationToken);
        }
    }

    // A poll that fails (PostgreSQL restarting under the fault suite) is skipped; the next one asks again.
    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await TryPollAsync(cancellationToken);
        }
        catch (Exception e) when (OwnConnections.IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task TryPollAsync(CancellationToken cancellationToken)
    {
        long[] catalog = [.. _catalog.Keys], design = [.. _design.Keys];
        if (catalog.Length == 0 && design.Length == 0) return;
        var seenAt = time.GetUtcNow();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand(Sql, connection) { Parameters = { new() { Value = catalog }, new() { Value = design } } };
        Interlocked.Increment(ref _statements);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(1);
            if (reader.GetInt32(0) == 0 && _catalog.TryRemove(id, out var sample))
            {
                sample.FinalStatus = reader.GetString(2);
                sample.CompletedAt = reader.IsDBNull(3) ? seenAt : reader.GetFieldValue<DateTimeOffset>(3);
            }
            else if (_design.TryRemove(id, out var designed))
            {
                designed.DesignFileAt = seenAt;
            }
        }
    }
}
