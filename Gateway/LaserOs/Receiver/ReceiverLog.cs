namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>Log messages of the receiver endpoint.</summary>
public static partial class ReceiverLog
{
    [LoggerMessage(10, LogLevel.Warning, "Laser OS receiver refused an event with {Status}: {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string reason);

    [LoggerMessage(11, LogLevel.Error, "Laser OS receiver could not store webhook {WebhookId} {EventType} for ingest {IngestId}; rolled back")]
    public static partial void Failed(ILogger logger, Exception exception, string webhookId, string eventType, long ingestId);

    [LoggerMessage(12, LogLevel.Error, "Laser OS receiver could not store every event of batch {WebhookId} ({Count} events)")]
    public static partial void BatchFailed(ILogger logger, Exception exception, string webhookId, int count);
}
