namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>One HTTP attempt as stored, with its delivery's event type (null when the delivery row is gone): when, the status code (null: no answer), how long, the first 1 KB of the answer.</summary>
[GenerateSerializer, Immutable, Alias("lg.webhook-attempt-view")]
public sealed record AttemptView(
    [property: Id(0)] long Id,
    [property: Id(1)] string SubscriptionId,
    [property: Id(2)] string EventId,
    [property: Id(3)] long IngestId,
    [property: Id(4)] int AttemptNumber,
    [property: Id(5)] DateTimeOffset AttemptedAt,
    [property: Id(6)] int? StatusCode,
    [property: Id(7)] int DurationMs,
    [property: Id(8)] bool Succeeded,
    [property: Id(9)] string? Error,
    [property: Id(10)] string? ResponseBody,
    [property: Id(11)] string? EventType = null);
