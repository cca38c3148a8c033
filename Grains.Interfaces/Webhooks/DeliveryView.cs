namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>One delivery of an event to a subscription as stored: its state, attempts so far and the last answer.</summary>
[GenerateSerializer, Immutable, Alias("lg.webhook-delivery-view")]
public sealed record DeliveryView(
    [property: Id(0)] string SubscriptionId,
    [property: Id(1)] string EventId,
    [property: Id(2)] string EventType,
    [property: Id(3)] long IngestId,
    [property: Id(4)] long Sequence,
    [property: Id(5)] string Status,
    [property: Id(6)] int Attempts,
    [property: Id(7)] DateTimeOffset? NextAttemptAt,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] DateTimeOffset UpdatedAt,
    [property: Id(10)] int? LastStatusCode,
    [property: Id(11)] string? LastError);
