using LaserGrains.Grains.Interfaces.Webhooks;

namespace LaserGrains.Grains.Webhooks;

/// <summary>Every subscription, by id; tens of them, so one state row holds them all.</summary>
[GenerateSerializer, Alias("lg.webhook-registry-state")]
public sealed class WebhookRegistryState
{
    [Id(0)] public Dictionary<string, WebhookSubscription> Subscriptions { get; set; } = [];

    /// <summary>Grows by one with every stored change; the fan-out compares it on every publish.</summary>
    [Id(1)] public long Version { get; set; }
}
