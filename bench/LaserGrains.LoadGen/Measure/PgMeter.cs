using Npgsql;

namespace LaserGrains.LoadGen.Measure;

/// <summary>Reads the database's counters (pg_stat_database) and the cluster's process ids (pg_stat_activity).</summary>
public sealed class PgMeter(OwnConnections connections) : IStatementCounter
{
    private long _statements;

    public long Statements => Interlocked.Read(ref _statements);

    /// <summary>The counters; retried for a while when PostgreSQL is restarting.</summary>
    public async Task<PgCounters> CountersAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryCountersAsync();
            }
            catch (Exception e) when (OwnConnections.IsTransient(e) && attempt < 30)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private async Task<PgCounters> TryCountersAsync()
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await using var cmd = new NpgsqlCommand(
            "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted FROM pg_stat_database WHERE datname = current_database()", connection);
        Interlocked.Increment(ref _statements);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        return new(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));
    }

    /// <summary>Backends connected to this database, without the load generator's own connections.</summary>
    public Task<IReadOnlySet<int>> DatabaseBackendsAsync() => PidsAsync("SELECT pid FROM pg_stat_activity WHERE datname = current_database()", withPostmaster: false);

    /// <summary>Every process of the cluster (backends of every database, the auxiliary processes, the postmaster) but the load generator's own.</summary>
    public Task<IReadOnlySet<int>> ClusterAsync() => PidsAsync("SELECT pid FROM pg_stat_activity", withPostmaster: true);

    private async Task<IReadOnlySet<int>> PidsAsync(string sql, bool withPostmaster)
    {
        var pids = new HashSet<int>();
        try
        {
            await using var connection = await connections.OpenAsync(CancellationToken.None);
            await using var cmd = new NpgsqlCommand(sql, connection);
            Interlocked.Increment(ref _statements);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) pids.Add(r.GetInt32(0));
        }
        catch (Exception e) when (OwnConnections.IsTransient(e))
        {
            return pids; // PostgreSQL is restarting: its processes are new ones anyway
        }

        pids.ExceptWith(connections.BackendPids);
        if (withPostmaster && pids.Count > 0 && ProcStat.ParentPid(pids.First()) is { } postmaster) pids.Add(postmaster);
        return pids;
    }
}

/// <summary>Cumulative counters of one database.</summary>
public sealed record PgCounters(long Commits, long Rollbacks, long Inserted, long Updated, long Deleted)
{
    public PgCounters Minus(PgCounters before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return new(Commits - before.Commits, Rollbacks - before.Rollbacks, Inserted - before.Inserted, Updated - before.Updated, Deleted - before.Deleted);
    }
}
