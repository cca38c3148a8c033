namespace LaserGrains.Grains.Interfaces.Webhooks;

/// <summary>Every subscription as the registry last stored them; <see cref="Version"/> grows by one with every stored change.</summary>
[GenerateSerializer, Immutable, Alias("lg.webhook-subscription-snapshot")]
public sealed record SubscriptionSnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<WebhookSubscription> Subscriptions);
