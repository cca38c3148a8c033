namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>
/// A subscriber endpoint: where to POST, which events it wants, the keys that sign its requests, and whether its events go
/// one to a request (<see cref="MaxBatch"/> null, the Standard Webhooks shape) or up to MaxBatch to a request. <see cref="Version"/> is the
/// registry version that stored this state of it, so a dispatcher can tell an older copy from a newer one.
/// </summary>
[GenerateSerializer, Immutable, Alias("lg.webhook-subscription")]
public sealed record WebhookSubscription(
    [property: Id(0)] string Id,
    [property: Id(1)] string Url,
    [property: Id(2)] IReadOnlyList<string> EventTypes,
    [property: Id(3)] string? Description,
    [property: Id(4)] bool Enabled,
    [property: Id(5)] string? DisabledReason,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] IReadOnlyList<SigningKey> Keys,
    [property: Id(9)] bool FromSettings,
    [property: Id(10)] long Version = 0,
    [property: Id(11)] int? MaxBatch = null)
{
    /// <summary>True when the subscription wants events of <paramref name="eventType"/> (an empty filter means all).</summary>
    public bool Wants(string eventType) => EventTypes.Count == 0 || EventTypes.Contains(eventType, StringComparer.Ordinal);

    /// <summary>The current secret, the one shown on creation or rotation.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string CurrentSecret => Keys[0].Secret;
}
