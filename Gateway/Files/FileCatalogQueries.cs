using System.Text.Json;
using Npgsql;

namespace LaserGrains.Gateway.Files;

/// <summary>Read side of the catalog table lg_files.</summary>
public sealed class FileCatalogQueries(NpgsqlDataSource dataSource)
{
    public async Task<FilePage> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT count(*) FROM lg_files"));
        var rows = new NpgsqlBatchCommand("SELECT record FROM lg_files ORDER BY created_at DESC, ingest_id DESC LIMIT @limit OFFSET @offset");
        rows.Parameters.AddWithValue("limit", pageSize);
        rows.Parameters.AddWithValue("offset", (long)(page - 1) * pageSize);
        batch.BatchCommands.Add(rows);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var items = new List<JsonElement>();
        while (await reader.ReadAsync(cancellationToken))
        {
            using var doc = JsonDocument.Parse(reader.GetString(0));
            items.Add(doc.RootElement.Clone());
        }

        return new FilePage(page, pageSize, total, items);
    }
}
