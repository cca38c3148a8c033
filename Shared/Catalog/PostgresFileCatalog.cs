using System.Text.Json;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Json;
using Npgsql;

namespace LaserGrains.Shared.Catalog;

/// <summary>Catalog rows in PostgreSQL; a row is only ever replaced by a higher revision of the same file.</summary>
public sealed class PostgresFileCatalog(NpgsqlDataSource dataSource) : IFileCatalog
{
    public Task UpsertAsync(FileRecord record, long revision, string? searchText, CancellationToken cancellationToken) =>
        UpsertManyAsync([new CatalogRow(record, revision, searchText)], cancellationToken);

    /// <summary>Writes every row in one statement (one transaction); a file given twice keeps its highest revision.</summary>
    public async Task UpsertManyAsync(IReadOnlyList<CatalogRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var newest = CatalogRow.Newest(rows);
        if (newest.Count == 0) return;
        await using var cmd = dataSource.CreateCommand(CatalogUpsertSql.Upsert);
        Add(cmd, "ids", newest, r => r.Record.IngestId);
        Add(cmd, "revs", newest, r => r.Revision);
        Add(cmd, "origs", newest, r => r.Record.OriginalFilename);
        Add(cmd, "storeds", newest, r => r.Record.StoredFilename);
        Add(cmd, "paths", newest, r => r.Record.FilePath);
        Add(cmd, "kinds", newest, r => FileJson.KindName(r.Record.Kind));
        Add(cmd, "sizes", newest, r => r.Record.FileSize);
        Add(cmd, "shas", newest, r => r.Record.Sha256);
        Add(cmd, "statuses", newest, r => FileJson.StatusName(r.Record.Status));
        Add(cmd, "clients", newest, r => r.Record.Metadata.ClientCode?.Value);
        Add(cmd, "projects", newest, r => r.Record.Metadata.ProjectCode?.Value);
        Add(cmd, "parts", newest, r => r.Record.Metadata.PartName?.Value);
        Add(cmd, "materials", newest, r => r.Record.Metadata.Material?.Value);
        Add(cmd, "material_codes", newest, r => r.Record.Metadata.MaterialCode?.Value);
        Add(cmd, "thks", newest, r => r.Record.Metadata.ThicknessMm?.Value);
        Add(cmd, "qtys", newest, r => r.Record.Metadata.Quantity?.Value);
        Add(cmd, "versions", newest, r => r.Record.Version);
        Add(cmd, "confidences", newest, r => r.Record.ConfidenceScore);
        Add(cmd, "createds", newest, r => r.Record.CreatedAt.UtcDateTime);
        Add(cmd, "processeds", newest, r => r.Record.ProcessedAt?.UtcDateTime);
        Add(cmd, "updateds", newest, r => r.Record.UpdatedAt.UtcDateTime);
        Add(cmd, "records", newest, r => JsonSerializer.Serialize(FileJson.ToJson(r.Record), FileJson.Options));
        Add(cmd, "searches", newest, r => r.SearchText);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add<T>(NpgsqlCommand cmd, string name, List<CatalogRow> rows, Func<CatalogRow, T> column) =>
        cmd.Parameters.Add(new NpgsqlParameter<T[]>(name, rows.ConvertAll(r => column(r)).ToArray()));

    public async Task RemoveAsync(long ingestId, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("DELETE FROM lg_files WHERE ingest_id = @id");
        cmd.Parameters.AddWithValue("id", ingestId);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> ReferencesAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("SELECT count(*) FROM lg_files WHERE sha256 = @sha");
        cmd.Parameters.AddWithValue("sha", sha256);
        return (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlySet<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256s);
        await using var cmd = dataSource.CreateCommand("SELECT DISTINCT sha256 FROM lg_files WHERE sha256 = ANY(@shas::char(64)[])");
        cmd.Parameters.AddWithValue("shas", sha256s.ToArray());
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) found.Add(reader.GetString(0).Trim());
        return found;
    }

    public async Task<long?> RevisionAsync(long ingestId, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand("SELECT revision FROM lg_files WHERE ingest_id = @id");
        cmd.Parameters.AddWithValue("id", ingestId);
        return await cmd.ExecuteScalarAsync(cancellationToken) is long revision ? revision : null;
    }

    public async Task<IReadOnlySet<long>> SettledAsync(long from, long to, CancellationToken cancellationToken)
    {
        await using var cmd = dataSource.CreateCommand(
            "SELECT ingest_id FROM lg_files WHERE ingest_id >= @from AND ingest_id < @to AND status IN ('completed', 'failed', 'deleted')");
        cmd.Parameters.AddWithValue("from", from);
        cmd.Parameters.AddWithValue("to", to);
        var settled = new HashSet<long>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) settled.Add(reader.GetInt64(0));
        return settled;
    }
}
