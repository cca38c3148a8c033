using Npgsql;

namespace LaserGrains.Gateway.Ingest;

/// <summary>Hands out ingest ids from the PostgreSQL sequence, so every gateway and every restart gets unique ids.</summary>
public sealed class IngestIdAllocator(NpgsqlDataSource dataSource)
{
    /// <summary><paramref name="count"/> new ids in ascending order, in one round trip.</summary>
    public async Task<long[]> NextAsync(int count, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("SELECT nextval('lg_ingest_id_seq') FROM generate_series(1, @n) ORDER BY 1");
        cmd.Parameters.AddWithValue("n", count);
        var result = new List<long>(count);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result.Add(reader.GetInt64(0));
        return [.. result];
    }
}
