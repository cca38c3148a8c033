using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Shared.Webhooks;
using LaserGrains.Shared.Webhooks.Targets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LaserGrains.Grains.Webhooks.Hosting;

/// <summary>The seed's settings: when WEBHOOK_URL is set, the subscription "sub_default" (every event) is created or updated at start-up.</summary>
public sealed partial class SettingsSubscription(
    IGrainFactory grains, IOptions<WebhookOptions> options, WebhookTargets targets, ILogger<SettingsSubscription> logger) : BackgroundService
{
    public const string DefaultId = "sub_default";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.DefaultUrl)) return;
        if (o.DefaultSecret is { Length: > 0 } secret && !WebhookSecret.IsValid(secret))
        {
            LogBadSecret(logger);
            return;
        }

        // WEBHOOK_URL skips the API's check; say at once when the connect-time check will refuse every delivery.
        if (await targets.ProblemAsync(o.DefaultUrl, stoppingToken) is { } refused) LogRefusedTarget(logger, refused);

        // Several silos may start at once; the registry serialises them and the call is idempotent.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await grains.GetGrain<IWebhookRegistryGrain>(0).EnsureFromSettingsAsync(DefaultId, o.DefaultUrl, o.DefaultSecret is { Length: > 0 } s ? s : null, o.DefaultEnabled, o.DefaultMaxBatch);
                return;
            }
#pragma warning disable CA1031 // The cluster may still be forming; try again shortly.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                LogRetry(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "WEBHOOK_SECRET is not a whsec_ secret of 24–64 base64 bytes; the default subscription was not set up")]
    private static partial void LogBadSecret(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WEBHOOK_URL: {Reason} Its deliveries will fail until the target is allowed")]
    private static partial void LogRefusedTarget(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Default webhook subscription not set up yet; retrying")]
    private static partial void LogRetry(ILogger logger, Exception ex);
}
