using System.Collections.Concurrent;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Catalog;
using Npgsql;

namespace LaserGrains.Tests.Grains.Infrastructure;

/// <summary>The real PostgreSQL catalog, whose upserts for a chosen file can be made to fail; counts the upserts per file.</summary>
public sealed class FlakyFileCatalog(NpgsqlDataSource dataSource) : IFileCatalog
{
    private readonly PostgresFileCatalog _inner = new(dataSource);
    private readonly ConcurrentDictionary<long, int> _failures = new();
    private readonly ConcurrentDictionary<long, int> _upserts = new();

    /// <summary>The next <paramref name="times"/> upserts of file <paramref name="ingestId"/> throw, as a lost connection would.</summary>
    public void FailNextUpserts(long ingestId, int times) => _failures[ingestId] = times;

    /// <summary>Upserts attempted for the file so far, failed ones included.</summary>
    public int Upserts(long ingestId) => _upserts.GetValueOrDefault(ingestId);

    public Task UpsertAsync(FileRecord record, long revision, string? searchText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _upserts.AddOrUpdate(record.IngestId, 1, (_, n) => n + 1);
        if (_failures.TryGetValue(record.IngestId, out var left) && left > 0 && _failures.TryUpdate(record.IngestId, left - 1, left))
        {
            throw new NpgsqlException("catalog write broken on purpose by the test");
        }

        return _inner.UpsertAsync(record, revision, searchText, cancellationToken);
    }

    public Task RemoveAsync(long ingestId, CancellationToken cancellationToken) => _inner.RemoveAsync(ingestId, cancellationToken);

    public Task<long> ReferencesAsync(string sha256, CancellationToken cancellationToken) => _inner.ReferencesAsync(sha256, cancellationToken);

    public Task<IReadOnlySet<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken) =>
        _inner.ReferencedAsync(sha256s, cancellationToken);

    public Task<long?> RevisionAsync(long ingestId, CancellationToken cancellationToken) => _inner.RevisionAsync(ingestId, cancellationToken);

    public Task<IReadOnlySet<long>> SettledAsync(long from, long to, CancellationToken cancellationToken) =>
        _inner.SettledAsync(from, to, cancellationToken);
}
