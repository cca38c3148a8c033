namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>Where a page of dead letters ends (they are ordered by the time they died, then event id): the next page starts after it.</summary>
[GenerateSerializer, Immutable, Alias("lg.dead-letter-position")]
public sealed record DeadLetterPosition([property: Id(0)] DateTimeOffset UpdatedAt, [property: Id(1)] string EventId);

/// <summary>A page of dead letters, oldest first; <see cref="Next"/> is null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("lg.dead-letter-page")]
public sealed record DeadLetterPage([property: Id(0)] IReadOnlyList<DeliveryView> Items, [property: Id(1)] DeadLetterPosition? Next);

/// <summary>A page of attempts, newest first; the next page holds the attempts with ids below <see cref="NextBefore"/> (null: last page).</summary>
[GenerateSerializer, Immutable, Alias("lg.attempt-page")]
public sealed record AttemptPage([property: Id(0)] IReadOnlyList<AttemptView> Items, [property: Id(1)] long? NextBefore);

/// <summary>Every delivery of one file, to every subscription, and every attempt made for them.</summary>
[GenerateSerializer, Immutable, Alias("lg.file-deliveries")]
public sealed record FileDeliveries(
    [property: Id(0)] long IngestId,
    [property: Id(1)] IReadOnlyList<DeliveryView> Deliveries,
    [property: Id(2)] IReadOnlyList<AttemptView> Attempts);
