namespace LaserGrains.Grains.Webhooks;

/// <summary>The little a dispatcher persists in grain storage; its queue is in lg_webhook_deliveries.</summary>
[GenerateSerializer, Alias("lg.webhook-dispatcher-state")]
public sealed class WebhookDispatcherState
{
    /// <summary>The first failure after the last success; null while deliveries succeed.</summary>
    [Id(0)] public DateTimeOffset? FailingSince { get; set; }

    /// <summary>The last success seen when <see cref="FailingSince"/> was last written.</summary>
    [Id(1)] public DateTimeOffset? LastSuccessAt { get; set; }
}
