using LaserGrains.Shared.Auth;
using LaserGrains.Gateway.Auth.Access;
using Npgsql;

namespace LaserGrains.Gateway.Auth.Keys;

/// <summary>API keys in PostgreSQL (lg_api_keys): the hash, prefix, name, role and times.</summary>
public sealed class PostgresApiKeyStore(NpgsqlDataSource db, TimeProvider time) : IApiKeyStore
{
    private const string Columns = "id, name, prefix, role, created_by, created_at, last_used_at, revoked_at";

    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, Role role, string createdBy, CancellationToken cancellationToken)
    {
        var (token, prefix, hash) = SecretToken.Create(SecretToken.KeyMark);
        await using var cmd = db.CreateCommand(
            $"INSERT INTO lg_api_keys (name, prefix, key_hash, role, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {Columns}");
        cmd.Parameters.Add(new() { Value = name });
        cmd.Parameters.Add(new() { Value = prefix });
        cmd.Parameters.Add(new() { Value = hash });
        cmd.Parameters.Add(new() { Value = RoleNames.Name(role) });
        cmd.Parameters.Add(new() { Value = createdBy });
        cmd.Parameters.Add(new() { Value = time.GetUtcNow() });
        var keys = await ReadAsync(cmd, cancellationToken);
        return (keys[0], token);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM lg_api_keys ORDER BY id");
        return await ReadAsync(cmd, cancellationToken);
    }

    public async Task<ApiKey?> FindActiveAsync(byte[] hash, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM lg_api_keys WHERE key_hash = $1 AND revoked_at IS NULL");
        cmd.Parameters.Add(new() { Value = hash });
        var keys = await ReadAsync(cmd, cancellationToken);
        return keys.Count == 0 ? null : keys[0];
    }

    public async Task<bool> RevokeAsync(long id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand("UPDATE lg_api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL");
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = at });
        return await cmd.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task TouchAsync(long id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand("UPDATE lg_api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)");
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = at });
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<ApiKey>> ReadAsync(NpgsqlCommand cmd, CancellationToken cancellationToken)
    {
        var keys = new List<ApiKey>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var role = RoleNames.Parse(reader.GetString(3));
            keys.Add(new ApiKey(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), role, reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return keys;
    }
}
