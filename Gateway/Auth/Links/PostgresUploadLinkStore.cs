using LaserGrains.Shared.Auth;
using Npgsql;

namespace LaserGrains.Gateway.Auth.Links;

/// <summary>Upload links in PostgreSQL (lg_upload_links, lg_upload_link_files).</summary>
public sealed class PostgresUploadLinkStore(NpgsqlDataSource db, TimeProvider time) : IUploadLinkStore
{
    private const string Columns =
        "id, prefix, client_code, project_code, description, expires_at, max_files, max_file_bytes, files_used, created_by, created_at, revoked_at";

    public async Task<(UploadLink Link, string Token)> CreateAsync(UploadLinkDraft draft, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (token, prefix, hash) = SecretToken.Create(SecretToken.LinkMark);
        await using var cmd = db.CreateCommand(
            "INSERT INTO lg_upload_links (prefix, token_hash, client_code, project_code, description, expires_at, max_files, max_file_bytes, created_by, created_at) " +
            $"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING {Columns}");
        object?[] values = [prefix, hash, draft.ClientCode, draft.ProjectCode, draft.Description, draft.ExpiresAt, draft.MaxFiles, draft.MaxFileBytes, createdBy, time.GetUtcNow()];
        foreach (var v in values) cmd.Parameters.Add(new() { Value = v ?? DBNull.Value });
        return ((await ReadAsync(cmd, cancellationToken))[0], token);
    }

    public async Task<IReadOnlyList<UploadLink>> ListAsync(CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM lg_upload_links ORDER BY id");
        return await ReadAsync(cmd, cancellationToken);
    }

    public async Task<UploadLink?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM lg_upload_links WHERE id = $1");
        cmd.Parameters.Add(new() { Value = id });
        return (await ReadAsync(cmd, cancellationToken)).FirstOrDefault();
    }

    public async Task<UploadLink?> FindActiveAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM lg_upload_links WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2");
        cmd.Parameters.Add(new() { Value = hash });
        cmd.Parameters.Add(new() { Value = now });
        return (await ReadAsync(cmd, cancellationToken)).FirstOrDefault();
    }

    public async Task<bool> RevokeAsync(long id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand("UPDATE lg_upload_links SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL");
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = at });
        return await cmd.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> ReserveAsync(long id, int files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            "UPDATE lg_upload_links SET files_used = files_used + $2 WHERE id = $1 AND revoked_at IS NULL AND expires_at > $3 " +
            "AND (max_files IS NULL OR files_used + $2 <= max_files)");
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = files });
        cmd.Parameters.Add(new() { Value = now });
        return await cmd.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task RecordFileAsync(long id, long ingestId, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand("INSERT INTO lg_upload_link_files (link_id, ingest_id) VALUES ($1, $2) ON CONFLICT DO NOTHING");
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = ingestId });
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<long>> FilesAsync(long id, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand("SELECT ingest_id FROM lg_upload_link_files WHERE link_id = $1 ORDER BY ingest_id LIMIT 1000");
        cmd.Parameters.Add(new() { Value = id });
        var ids = new List<long>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private static async Task<List<UploadLink>> ReadAsync(NpgsqlCommand cmd, CancellationToken cancellationToken)
    {
        var links = new List<UploadLink>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            links.Add(new UploadLink(
                r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetFieldValue<DateTimeOffset>(5), r.IsDBNull(6) ? null : r.GetInt32(6), r.IsDBNull(7) ? null : r.GetInt64(7),
                r.GetInt32(8), r.GetString(9), r.GetFieldValue<DateTimeOffset>(10), r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11)));
        }

        return links;
    }
}
