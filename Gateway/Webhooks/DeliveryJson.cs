namespace LaserGrains.Gateway.Webhooks;

/// <summary>One delivery of an event to a subscription, with its state.</summary>
public sealed record DeliveryJson(
    string SubscriptionId,
    string EventId,
    string EventType,
    long IngestId,
    long Sequence,
    string Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int? LastStatusCode,
    string? LastError);

/// <summary>One HTTP attempt: when, the status code (null: no answer), how long, the first 1 KB of the answer.</summary>
public sealed record AttemptJson(
    long Id,
    string SubscriptionId,
    string EventId,
    long IngestId,
    int AttemptNumber,
    DateTimeOffset AttemptedAt,
    int? StatusCode,
    int DurationMs,
    bool Succeeded,
    string? Error,
    string? ResponseBody);

/// <summary>A page of a list; pass next_cursor back as cursor for the next page, absent on the last one.</summary>
public sealed record PageJson<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Every delivery of one file and every attempt made for it.</summary>
public sealed record FileDeliveriesJson(long IngestId, IReadOnlyList<DeliveryJson> Deliveries, IReadOnlyList<AttemptJson> Attempts);
