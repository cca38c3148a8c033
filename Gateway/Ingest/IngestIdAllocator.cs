using LaserGrains.Shared.Batching;
using Npgsql;

namespace LaserGrains.Gateway.Ingest;

/// <summary>
/// Hands out ingest ids from the PostgreSQL sequence, so every gateway and every restart gets unique ids. Concurrent
/// requests share one round trip (group commit): the ids of one batch come back ascending and each request gets a
/// contiguous run of them, in queue order, so a request's files keep their upload order.
/// </summary>
public sealed class IngestIdAllocator : IDisposable
{
    /// <summary>Most requests served by one round trip.</summary>
    public const int MaxBatch = 256;

    private readonly NpgsqlDataSource _dataSource;
    private readonly GroupCommit<int, long[]> _requests;

    public IngestIdAllocator(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _requests = new GroupCommit<int, long[]>(AllocateAsync, MaxBatch, 16 * MaxBatch);
    }

    /// <summary><paramref name="count"/> new ids in ascending order.</summary>
    public Task<long[]> NextAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count == 0 ? Task.FromResult(Array.Empty<long>()) : _requests.WriteAsync(count, cancellationToken);
    }

    public void Dispose() => _requests.Dispose();

    private async Task<IReadOnlyList<long[]>> AllocateAsync(IReadOnlyList<int> counts)
    {
        await using var cmd = _dataSource.CreateCommand("SELECT nextval('lg_ingest_id_seq') FROM generate_series(1, @n) ORDER BY 1");
        cmd.Parameters.AddWithValue("n", counts.Sum());
        var ids = new List<long>();
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        }

        return Split(ids, counts);
    }

    /// <summary>Contiguous runs of <paramref name="ids"/>, one per request, in request order.</summary>
    public static long[][] Split(IReadOnlyList<long> ids, IReadOnlyList<int> counts)
    {
        var runs = new long[counts.Count][];
        var at = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            runs[i] = new long[counts[i]];
            for (var j = 0; j < counts[i]; j++) runs[i][j] = ids[at++];
        }

        return runs;
    }
}
