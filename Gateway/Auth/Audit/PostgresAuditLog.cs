using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace LaserGrains.Gateway.Auth.Audit;

/// <summary>The audit log in PostgreSQL (lg_audit).</summary>
public sealed class PostgresAuditLog(NpgsqlDataSource db, TimeProvider time) : IAuditLog
{
    public async Task WriteAsync(
        string actor, string action, string? target, int outcome, string? remote, IReadOnlyDictionary<string, string>? detail, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand("INSERT INTO lg_audit (at, actor, action, target, outcome, remote, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)");
        cmd.Parameters.Add(new() { Value = time.GetUtcNow() });
        cmd.Parameters.Add(new() { Value = actor });
        cmd.Parameters.Add(new() { Value = action });
        cmd.Parameters.Add(new() { Value = (object?)target ?? DBNull.Value });
        cmd.Parameters.Add(new() { Value = outcome });
        cmd.Parameters.Add(new() { Value = (object?)remote ?? DBNull.Value });
        cmd.Parameters.Add(new() { Value = detail is { Count: > 0 } ? JsonSerializer.Serialize(detail) : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Jsonb });
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds every row in one statement, in the given order.</summary>
    public async Task WriteManyAsync(IReadOnlyList<AuditRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var cmd = db.CreateCommand(
            """
            INSERT INTO lg_audit (at, actor, action, target, outcome, remote, detail)
            SELECT a.at, a.actor, a.action, a.target, a.outcome, a.remote, a.detail::jsonb
            FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[]) WITH ORDINALITY
                AS a(at, actor, action, target, outcome, remote, detail, n)
            ORDER BY a.n
            """);
        cmd.Parameters.Add(new NpgsqlParameter<DateTime[]> { TypedValue = [.. rows.Select(r => r.At.UtcDateTime)] });
        cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Actor)] });
        cmd.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Action)] });
        cmd.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. rows.Select(r => r.Target)] });
        cmd.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. rows.Select(r => r.Outcome)] });
        cmd.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. rows.Select(r => r.Remote)] });
        cmd.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. rows.Select(r => r.Detail)] });
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(long? beforeId, int limit, CancellationToken cancellationToken)
    {
        await using var cmd = db.CreateCommand(
            "SELECT id, at, actor, action, target, outcome, remote, detail::text FROM lg_audit WHERE ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT $2");
        cmd.Parameters.Add(new() { Value = (object?)beforeId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        cmd.Parameters.Add(new() { Value = limit });
        var entries = new List<AuditEntry>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6),
                r.IsDBNull(7) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(7))));
        }

        return entries;
    }
}
