using System.Text.Json;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Json;
using Npgsql;
using NpgsqlTypes;

namespace LaserGrains.Shared.Catalog;

/// <summary>Catalog rows in PostgreSQL; a row is only ever replaced by a higher revision of the same file.</summary>
public sealed class PostgresFileCatalog(NpgsqlDataSource dataSource) : IFileCatalog
{
    private const string UpsertSql = """
        INSERT INTO lg_files (ingest_id, revision, original_filename, stored_filename, file_path, kind, file_size, sha256,
            status, client_code, project_code, part_name, material, material_code, thickness_mm, quantity, version,
            confidence_score, created_at, processed_at, updated_at, record, search_text)
        VALUES (@id, @rev, @orig, @stored, @path, @kind, @size, @sha, @status, @client, @project, @part, @material,
            @material_code, @thk, @qty, @version, @confidence, @created, @processed, @updated, @record, @search)
        ON CONFLICT (ingest_id) DO UPDATE SET
            revision = EXCLUDED.revision, original_filename = EXCLUDED.original_filename,
            stored_filename = EXCLUDED.stored_filename, file_path = EXCLUDED.file_path, kind = EXCLUDED.kind,
            file_size = EXCLUDED.file_size, sha256 = EXCLUDED.sha256, status = EXCLUDED.status,
            client_code = EXCLUDED.client_code, project_code = EXCLUDED.project_code, part_name = EXCLUDED.part_name,
            material = EXCLUDED.material, material_code = EXCLUDED.material_code, thickness_mm = EXCLUDED.thickness_mm,
            quantity = EXCLUDED.quantity, version = EXCLUDED.version, confidence_score = EXCLUDED.confidence_score,
            created_at = EXCLUDED.created_at, processed_at = EXCLUDED.processed_at, updated_at = EXCLUDED.updated_at,
            record = EXCLUDED.record, search_text = EXCLUDED.search_text
        WHERE lg_files.revision < EXCLUDED.revision
        """;

    public async Task UpsertAsync(FileRecord record, long revision, string? searchText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var cmd = dataSource.CreateCommand(UpsertSql);
        var m = record.Metadata;
        cmd.Parameters.AddWithValue("id", record.IngestId);
        cmd.Parameters.AddWithValue("rev", revision);
        cmd.Parameters.AddWithValue("orig", record.OriginalFilename);
        cmd.Parameters.AddWithValue("stored", (object?)record.StoredFilename ?? DBNull.Value);
        cmd.Parameters.AddWithValue("path", (object?)record.FilePath ?? DBNull.Value);
        cmd.Parameters.AddWithValue("kind", FileJson.KindName(record.Kind));
        cmd.Parameters.AddWithValue("size", record.FileSize);
        cmd.Parameters.AddWithValue("sha", record.Sha256);
        cmd.Parameters.AddWithValue("status", FileJson.StatusName(record.Status));
        cmd.Parameters.AddWithValue("client", (object?)m.ClientCode?.Value ?? DBNull.Value);
        cmd.Parameters.AddWithValue("project", (object?)m.ProjectCode?.Value ?? DBNull.Value);
        cmd.Parameters.AddWithValue("part", (object?)m.PartName?.Value ?? DBNull.Value);
        cmd.Parameters.AddWithValue("material", (object?)m.Material?.Value ?? DBNull.Value);
        cmd.Parameters.AddWithValue("material_code", (object?)m.MaterialCode?.Value ?? DBNull.Value);
        cmd.Parameters.AddWithValue("thk", (object?)m.ThicknessMm?.Value ?? DBNull.Value);
        cmd.Parameters.AddWithValue("qty", (object?)m.Quantity?.Value ?? DBNull.Value);
        cmd.Parameters.AddWithValue("version", record.Version);
        cmd.Parameters.AddWithValue("confidence", record.ConfidenceScore);
        cmd.Parameters.AddWithValue("created", record.CreatedAt);
        cmd.Parameters.AddWithValue("processed", (object?)record.ProcessedAt ?? DBNull.Value);
        cmd.Parameters.AddWithValue("updated", record.UpdatedAt);
        cmd.Parameters.Add(new NpgsqlParameter("record", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(FileJson.ToJson(record), FileJson.Options) });
        cmd.Parameters.AddWithValue("search", (object?)searchText ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

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
}
