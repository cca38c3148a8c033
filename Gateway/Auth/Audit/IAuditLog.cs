namespace LaserGrains.Gateway.Auth.Audit;

/// <summary>The one owner of table lg_audit: rows are added and read, never changed.</summary>
public interface IAuditLog
{
    Task WriteAsync(string actor, string action, string? target, int outcome, string? remote, IReadOnlyDictionary<string, string>? detail, CancellationToken cancellationToken);

    /// <summary>Entries newest first, older than <paramref name="beforeId"/> when given.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(long? beforeId, int limit, CancellationToken cancellationToken);
}
