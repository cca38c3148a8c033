using System.Text.Json;
using LaserGrains.Shared.Json;
using LaserGrains.Grains.Interfaces.Files;
using Npgsql;
using NpgsqlTypes;

namespace LaserGrains.Grains.Storage;

/// <summary>lg_file_parts: one row per part, written with binary COPY so a sheet of a million rows takes seconds.</summary>
public sealed class PostgresFilePartStore(NpgsqlDataSource dataSource) : IFilePartStore
{
    public async Task ReplaceAsync(long ingestId, IReadOnlyList<JobSheetPart> parts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var delete = new NpgsqlCommand("DELETE FROM lg_file_parts WHERE ingest_id = @id", connection, tx))
        {
            delete.Parameters.AddWithValue("id", ingestId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY lg_file_parts (ingest_id, ordinal, part) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < parts.Count; i++)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(ingestId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(JsonSerializer.Serialize(parts[i], FileJson.Options), NpgsqlDbType.Jsonb, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JobSheetPart>> ReadAsync(long ingestId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand(
            "SELECT part::text FROM lg_file_parts WHERE ingest_id = @id AND ordinal >= @from ORDER BY ordinal LIMIT @limit");
        cmd.Parameters.AddWithValue("id", ingestId);
        cmd.Parameters.AddWithValue("from", offset);
        cmd.Parameters.AddWithValue("limit", limit);
        var parts = new List<JobSheetPart>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            parts.Add(JsonSerializer.Deserialize<JobSheetPart>(reader.GetString(0), FileJson.Options)!);
        }

        return parts;
    }

    public async Task RemoveAsync(long ingestId, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("DELETE FROM lg_file_parts WHERE ingest_id = @id");
        cmd.Parameters.AddWithValue("id", ingestId);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
