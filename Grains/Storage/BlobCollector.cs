using LaserGrains.Grains.Files;
using LaserGrains.Shared.Catalog;
using LaserGrains.Shared.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LaserGrains.Grains.Storage;

/// <summary>
/// Periodically frees blobs no catalog row references (entries of refused archives, bytes a failed hard delete left,
/// uploads that never became a file) once they are older than the grace period, so an upload in flight is never taken.
/// Every silo runs one; they may overlap harmlessly on a shared store.
/// </summary>
public sealed partial class BlobCollector(
    IBlobStore blobs, IFileCatalog catalog, TimeProvider time, IOptions<FileGrainOptions> options, ILogger<BlobCollector> logger) : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.BlobCollectInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var (removed, abandoned) = await CollectAsync(stoppingToken);
                if (removed + abandoned > 0) LogCollected(logger, removed, abandoned);
            }
#pragma warning disable CA1031 // A failed round (database down, a file in use) is tried again next round.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
        }
    }

    /// <summary>One round: removed blobs and removed abandoned upload temp files.</summary>
    public async Task<(int Removed, int Abandoned)> CollectAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.BlobGracePeriod;
        var removed = 0;
        // Off the caller's thread: the walk and the deletes are file-system calls.
        var old = await Task.Run(() => blobs.List().Where(b => b.WrittenAtUtc < cutoff.UtcDateTime).Select(b => b.Sha256).ToList(), cancellationToken);
        foreach (var chunk in old.Chunk(Batch))
        {
            var referenced = await catalog.ReferencedAsync(chunk, cancellationToken);
            var orphans = chunk.Where(sha => !referenced.Contains(sha)).ToList();
            removed += await Task.Run(() => orphans.Count(sha => blobs.CollectIfOlder(sha, cutoff)), cancellationToken);
        }

        var abandoned = await Task.Run(() => blobs.RemoveAbandonedUploads(cutoff), cancellationToken);
        return (removed, abandoned);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Blob collector freed {Removed} unreferenced blobs and {Abandoned} abandoned uploads")]
    private static partial void LogCollected(ILogger logger, int removed, int abandoned);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob collector round failed; the next round tries again")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
