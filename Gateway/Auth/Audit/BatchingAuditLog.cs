using System.Text.Json;
using LaserGrains.Shared.Batching;
using Npgsql;

namespace LaserGrains.Gateway.Auth.Audit;

/// <summary>
/// The gateway's audit log: the rows of concurrent requests share one INSERT (group commit, no timer); each request's
/// write completes only once its row is committed, and sees the failure otherwise. Reads go straight through.
/// </summary>
public sealed class BatchingAuditLog : IAuditLog, IDisposable
{
    /// <summary>Most rows in one INSERT.</summary>
    public const int MaxBatch = 256;

    private readonly PostgresAuditLog _inner;
    private readonly TimeProvider _time;
    private readonly GroupCommit<AuditRow, bool> _rows;

    public BatchingAuditLog(PostgresAuditLog inner, TimeProvider time)
    {
        (_inner, _time) = (inner, time);
        _rows = new GroupCommit<AuditRow, bool>(WriteAsync, MaxBatch, 16 * MaxBatch, ex => ex is PostgresException { IsTransient: false });
    }

    public Task WriteAsync(
        string actor, string action, string? target, int outcome, string? remote, IReadOnlyDictionary<string, string>? detail, CancellationToken cancellationToken)
    {
        var json = detail is { Count: > 0 } ? JsonSerializer.Serialize(detail) : null;
        return _rows.WriteAsync(new AuditRow(_time.GetUtcNow(), actor, action, target, outcome, remote, json), cancellationToken);
    }

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(long? beforeId, int limit, CancellationToken cancellationToken) =>
        _inner.ReadAsync(beforeId, limit, cancellationToken);

    public void Dispose() => _rows.Dispose();

    private async Task<IReadOnlyList<bool>> WriteAsync(IReadOnlyList<AuditRow> rows)
    {
        await _inner.WriteManyAsync(rows, CancellationToken.None);
        return Enumerable.Repeat(true, rows.Count).ToArray();
    }
}
