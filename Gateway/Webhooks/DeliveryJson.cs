using LaserGrains.Grains.Interfaces.Webhooks;

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
    string? LastError)
{
    public static DeliveryJson From(DeliveryView d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.SubscriptionId, d.EventId, d.EventType, d.IngestId, d.Sequence, d.Status, d.Attempts, d.NextAttemptAt, d.CreatedAt,
            d.UpdatedAt, d.LastStatusCode, d.LastError);
    }
}

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
    string? ResponseBody,
    string? EventType)
{
    public static AttemptJson From(AttemptView a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.SubscriptionId, a.EventId, a.IngestId, a.AttemptNumber, a.AttemptedAt, a.StatusCode, a.DurationMs, a.Succeeded,
            a.Error, a.ResponseBody, a.EventType);
    }
}

/// <summary>A page of a list; pass next_cursor back as cursor for the next page, absent on the last one.</summary>
public sealed record PageJson<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Every delivery of one file and every attempt made for it.</summary>
public sealed record FileDeliveriesJson(long IngestId, IReadOnlyList<DeliveryJson> Deliveries, IReadOnlyList<AttemptJson> Attempts)
{
    public static FileDeliveriesJson From(FileDeliveries f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.IngestId, [.. f.Deliveries.Select(DeliveryJson.From)], [.. f.Attempts.Select(AttemptJson.From)]);
    }
}
