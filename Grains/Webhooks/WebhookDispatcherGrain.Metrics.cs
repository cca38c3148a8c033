using LaserGrains.Grains.Telemetry;

namespace LaserGrains.Grains.Webhooks;

/// <summary>The dispatcher's share of the metrics: its backlog gauge is reported by the silo that hosts it, and only while it does.</summary>
public sealed partial class WebhookDispatcherGrain
{
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        WebhookMetrics.Forget(Id);
        return Task.CompletedTask;
    }
}
