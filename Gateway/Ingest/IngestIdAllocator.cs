using Npgsql;

namespace LaserGrains.Gateway.Ingest;

/// <summary>Hands out ingest ids from the PostgreSQL sequence, so every gateway and every restart gets unique ids.</summary>
public sealed class IngestIdAllocator(NpgsqlDataSource dataSource)
{
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("SELECT nextval('lg_ingest_id_seq')");
        return (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }
}
