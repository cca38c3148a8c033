using LaserGrains.Grains.Interfaces.Files;
using Microsoft.Extensions.Logging;

namespace LaserGrains.Grains.Files;

/// <summary>The file grain's log messages.</summary>
public sealed partial class FileGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "File {IngestId} processed: {Status} ({Kind})")]
    private static partial void LogProcessed(ILogger logger, long ingestId, FileStatus status, FileKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Events of file {IngestId} not published ({Pending} pending); they are retried")]
    private static partial void LogPublishFailed(ILogger logger, Exception ex, long ingestId, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog row of file {IngestId} not updated; it is retried")]
    private static partial void LogCatalogFailed(ILogger logger, Exception ex, long ingestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queued deliveries of hard-deleted file {IngestId} not redacted; it is retried")]
    private static partial void LogRedactFailed(ILogger logger, Exception ex, long ingestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bytes of hard-deleted file {IngestId} not removed now; the blob collector frees them")]
    private static partial void LogBytesNotRemoved(ILogger logger, Exception ex, long ingestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "File {IngestId} deleted (hard: {Hard}); bytes removed: {BytesRemoved}")]
    private static partial void LogDeleted(ILogger logger, long ingestId, bool hard, bool bytesRemoved);
}
