using LaserGrains.Grains.Interfaces.Webhooks;

namespace LaserGrains.Grains.Webhooks;

/// <summary>Every subscription, by id; tens of them, so one state row holds them all.</summary>
[GenerateSerializer, Alias("lg.webhook-registry-state")]
public sealed class WebhookRegistryState
{
    [Id(0)] public Dictionary<string, WebhookSubscription> Subscriptions { get; set; } = [];
}
