namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>What a caller may set on a subscription: its URL, event types (empty = all), a description and the batch size (null: one event a request).</summary>
[GenerateSerializer, Immutable, Alias("lg.webhook-subscription-draft")]
public sealed record SubscriptionDraft(
    [property: Id(0)] string Url,
    [property: Id(1)] IReadOnlyList<string> EventTypes,
    [property: Id(2)] string? Description,
    [property: Id(3)] int? MaxBatch = null);
