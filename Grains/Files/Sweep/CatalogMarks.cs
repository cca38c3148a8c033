using Npgsql;

namespace LaserGrains.Grains.Files.Sweep;

/// <summary>
/// What the catalog (lg_files) proves about a file's settling. A file grain upserts its row only after its outbox was
/// published, so a row at the state's revision means every effect of that revision was carried out, and a row in a
/// final status means the file's processing and its effects are done.
/// </summary>
public sealed class CatalogMarks(NpgsqlDataSource dataSource)
{
    private const string SettledSql = """
        SELECT ingest_id FROM lg_files
        WHERE ingest_id >= @from AND ingest_id < @to AND status IN ('completed', 'failed', 'deleted')
        """;

    private const string RevisionSql = "SELECT revision FROM lg_files WHERE ingest_id = @id";

    /// <summary>The ids in [from, to) whose catalog row is in a final status.</summary>
    public async Task<HashSet<long>> SettledAsync(long from, long to, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand(SettledSql);
        cmd.Parameters.AddWithValue("from", from);
        cmd.Parameters.AddWithValue("to", to);
        var settled = new HashSet<long>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) settled.Add(reader.GetInt64(0));
        return settled;
    }

    /// <summary>The revision the catalog row holds, or null when there is no row.</summary>
    public async Task<long?> RevisionAsync(long ingestId, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand(RevisionSql);
        cmd.Parameters.AddWithValue("id", ingestId);
        return await cmd.ExecuteScalarAsync(cancellationToken) is long revision ? revision : null;
    }
}
