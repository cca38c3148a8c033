namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>What a dispatcher is doing: queued deliveries in memory, requests in flight, since when it fails.</summary>
[GenerateSerializer, Immutable, Alias("lg.webhook-dispatcher-status")]
public sealed record DispatcherStatus(
    [property: Id(0)] int PendingInMemory,
    [property: Id(1)] bool MorePendingInStore,
    [property: Id(2)] int InFlight,
    [property: Id(3)] DateTimeOffset? FailingSince,
    [property: Id(4)] DateTimeOffset? LastSuccessAt);
