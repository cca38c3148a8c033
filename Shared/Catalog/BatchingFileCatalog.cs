using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Batching;
using Npgsql;

namespace LaserGrains.Shared.Catalog;

/// <summary>
/// The silo's catalog writer: concurrent upserts from many file grains share one multi-row statement (group commit, no
/// timer: what queued while the previous statement ran goes in the next). Each caller's task completes only after the
/// statement holding its row committed, and fails with that statement's exception, so the grain's retry still holds.
/// A row the database refuses is retried on its own, so it fails only its own file. Reads and removals go straight through.
/// </summary>
public sealed class BatchingFileCatalog : IFileCatalog, IDisposable
{
    /// <summary>Most rows in one statement: large enough for any burst of concurrent grains, small enough to stay one quick round trip.</summary>
    public const int MaxBatch = 256;

    /// <summary>Most rows waiting or being written; further grains wait for room.</summary>
    public const int MaxQueued = 4096;

    /// <summary>
    /// How long a write short of a full batch waits for more rows: the file grain's answers never wait for its row (the
    /// grain state is the truth), so lists show a file this much later, for several files per transaction at load.
    /// </summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(5);

    private readonly PostgresFileCatalog _inner;
    private readonly GroupCommit<CatalogRow, bool> _upserts;

    public BatchingFileCatalog(PostgresFileCatalog inner)
    {
        _inner = inner;
        _upserts = new GroupCommit<CatalogRow, bool>(WriteAsync, MaxBatch, MaxQueued, RefusedRow, linger: Linger);
    }

    public Task UpsertAsync(FileRecord record, long revision, string? searchText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _upserts.WriteAsync(new CatalogRow(record, revision, searchText), cancellationToken);
    }

    public Task RemoveAsync(long ingestId, CancellationToken cancellationToken) => _inner.RemoveAsync(ingestId, cancellationToken);

    public Task<long> ReferencesAsync(string sha256, CancellationToken cancellationToken) => _inner.ReferencesAsync(sha256, cancellationToken);

    public Task<IReadOnlySet<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken) =>
        _inner.ReferencedAsync(sha256s, cancellationToken);

    public void Dispose() => _upserts.Dispose();

    private async Task<IReadOnlyList<bool>> WriteAsync(IReadOnlyList<CatalogRow> rows)
    {
        await _inner.UpsertManyAsync(rows, CancellationToken.None);
        return Enumerable.Repeat(true, rows.Count).ToArray();
    }

    /// <summary>The server refused the statement for its data (not an outage or a lost connection): find the row at fault.</summary>
    internal static bool RefusedRow(Exception ex) => ex is PostgresException { IsTransient: false };

    public Task<long?> RevisionAsync(long ingestId, CancellationToken cancellationToken) => _inner.RevisionAsync(ingestId, cancellationToken);

    public Task<IReadOnlySet<long>> SettledAsync(long from, long to, CancellationToken cancellationToken) =>
        _inner.SettledAsync(from, to, cancellationToken);
}
