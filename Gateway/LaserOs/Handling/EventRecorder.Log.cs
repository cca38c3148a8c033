namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>Log messages of the event recorder.</summary>
public sealed partial class EventRecorder
{
    // Debug: two lines per ingested file at Information cost more than the rest of the receiver's logging, and the same
    // sentence is kept in laser_os.activity_log (the Laser OS page's activity list).
    [LoggerMessage(1, LogLevel.Debug, "Webhook {WebhookId} {EventType} for ingest {IngestId}: {Message}")]
    private static partial void LogHandled(ILogger logger, string webhookId, string eventType, long ingestId, string message);

    [LoggerMessage(2, LogLevel.Information, "Webhook {WebhookId} {EventType} for ingest {IngestId} was handled before; dropped")]
    private static partial void LogDuplicate(ILogger logger, string webhookId, string eventType, long ingestId);

    [LoggerMessage(3, LogLevel.Warning, "Webhook {WebhookId} {EventType} for ingest {IngestId} is stale, dropped: {Message}")]
    private static partial void LogStale(ILogger logger, string webhookId, string eventType, long ingestId, string message);
}
