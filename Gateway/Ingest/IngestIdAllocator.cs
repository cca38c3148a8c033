using LaserGrains.Shared.Batching;
using Npgsql;

namespace LaserGrains.Gateway.Ingest;

/// <summary>
/// Hands out ingest ids from the PostgreSQL sequence, so every gateway and every restart gets unique ids. Each round
/// trip takes <see cref="Reserve"/> ids more than it was asked for and keeps them for the next requests, so most uploads
/// make none; concurrent requests that find the reserve short share one round trip (group commit). A request's ids are
/// ascending, so its files keep their upload order. Ids reserved by a gateway that stops are never used (gaps).
/// </summary>
public sealed class IngestIdAllocator : IDisposable
{
    /// <summary>Most requests served by one round trip.</summary>
    public const int MaxBatch = 256;

    /// <summary>Ids taken ahead on each round trip: an ingested file costs PostgreSQL a transaction in this many.</summary>
    public const int Reserve = 64;

    private readonly NpgsqlDataSource _dataSource;
    private readonly GroupCommit<int, long[]> _requests;
    private readonly Queue<long> _reserve = new();
    private readonly Lock _gate = new();

    public IngestIdAllocator(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _requests = new GroupCommit<int, long[]>(AllocateAsync, MaxBatch, 16 * MaxBatch);
    }

    /// <summary><paramref name="count"/> new ids in ascending order.</summary>
    public Task<long[]> NextAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0) return Task.FromResult(Array.Empty<long>());
        lock (_gate)
        {
            // The reserve is ascending (the sequence only grows), so a run taken from its front is ascending too.
            if (_reserve.Count >= count) return Task.FromResult(Take(_reserve, count));
        }

        return _requests.WriteAsync(count, cancellationToken);
    }

    public void Dispose() => _requests.Dispose();

    private async Task<IReadOnlyList<long[]>> AllocateAsync(IReadOnlyList<int> counts)
    {
        await using var cmd = _dataSource.CreateCommand("SELECT nextval('lg_ingest_id_seq') FROM generate_series(1, @n) ORDER BY 1");
        var asked = counts.Sum();
        cmd.Parameters.AddWithValue("n", asked + Reserve);
        var ids = new List<long>();
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        }

        lock (_gate)
        {
            for (var i = asked; i < ids.Count; i++) _reserve.Enqueue(ids[i]);
        }

        return Split(ids, counts);
    }

    private static long[] Take(Queue<long> reserve, int count)
    {
        var run = new long[count];
        for (var i = 0; i < count; i++) run[i] = reserve.Dequeue();
        return run;
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
