using Microsoft.Extensions.Logging;

namespace LaserGrains.Grains.Webhooks;

/// <summary>The dispatcher's log messages.</summary>
public sealed partial class WebhookDispatcherGrain
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery of {EventId} to {SubscriptionId} dead-lettered after {Attempts} attempts: {Error}")]
    private static partial void LogDeadLettered(ILogger logger, string subscriptionId, string eventId, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled: {Reason}")]
    private static partial void LogDisabled(ILogger logger, string subscriptionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook queue of {SubscriptionId} not reachable in the store; retrying")]
    private static partial void LogStoreFailed(ILogger logger, Exception ex, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook subscription {SubscriptionId} deleted; {Cancelled} pending deliveries cancelled")]
    private static partial void LogDeleted(ILogger logger, string subscriptionId, int cancelled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook subscription {SubscriptionId}: {Count} dead letters since {Since} replayed")]
    private static partial void LogReplayed(ILogger logger, string subscriptionId, long count, DateTimeOffset since);
}
