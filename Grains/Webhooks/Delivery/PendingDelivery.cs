using LaserGrains.Grains.Interfaces.Events;

namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>A queued delivery as the dispatcher holds it in memory; its row in lg_webhook_deliveries is the durable copy.</summary>
public sealed class PendingDelivery
{
    public required string EventId { get; init; }
    public required string EventType { get; init; }
    public required long IngestId { get; init; }
    public required long Sequence { get; init; }
    public required DateTimeOffset EventTime { get; init; }
    /// <summary>The body sent; replaced by its redacted form when the file is hard-deleted while the delivery waits.</summary>
    public required string Payload { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Set when a batch carrying this delivery was refused: it goes in a request of its own from then on, so one bad event cannot hold back others.</summary>
    public bool SendAlone { get; set; }

    /// <summary>
    /// The enqueue's INSERT while it is in flight (null once the row is known to be stored). The first attempt may start
    /// before it completes; its outcome is written only once the insert reports this event as newly stored.
    /// </summary>
    public Task<HashSet<string>>? Insert { get; set; }

    public static PendingDelivery From(FileEvent e, DateTimeOffset firstAttemptAt)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new PendingDelivery
        {
            EventId = e.EventId,
            EventType = e.EventType,
            IngestId = e.IngestId,
            Sequence = e.Sequence,
            EventTime = e.Timestamp,
            Payload = e.Payload,
            NextAttemptAt = firstAttemptAt,
        };
    }
}
