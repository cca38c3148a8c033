using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LaserGrains.Shared.Telemetry;

namespace LaserGrains.Grains.Telemetry;

/// <summary>Delivery metrics per subscription: attempts by outcome, latency from event to delivery, backlog, dead letters.</summary>
/// <remarks>The subscription id is the one label beyond the outcome: admins create subscriptions, so the set stays small.</remarks>
public static class WebhookMetrics
{
    private static readonly ConcurrentDictionary<string, int> Backlogs = new(StringComparer.Ordinal);

    private static readonly Counter<long> Attempts = Instrumentation.Meter.CreateCounter<long>(
        "lasergrains.webhook.attempts", "{attempt}", "Delivery attempts by subscription and outcome (success: a 2xx answer; failure: anything else).");

    private static readonly Histogram<double> Latency = Instrumentation.Meter.CreateHistogram<double>(
        "lasergrains.webhook.delivery.latency", "s", "From the event to its successful delivery, retries included, by subscription.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800, 7200, 36000] });

    private static readonly Counter<long> DeadLetters = Instrumentation.Meter.CreateCounter<long>(
        "lasergrains.webhook.dead_letters", "{delivery}", "Deliveries dead-lettered after their last attempt, by subscription.");

    static WebhookMetrics() =>
        Instrumentation.Meter.CreateObservableGauge("lasergrains.webhook.backlog", ObserveBacklog, "{delivery}",
            "Deliveries waiting in the memory window of each subscription's dispatcher on this silo (at most LG_WEBHOOK_MEMORY_WINDOW; more may wait in PostgreSQL).");

    public static void Attempted(string subscriptionId, bool succeeded, DateTimeOffset eventTime, DateTimeOffset now)
    {
        var subscription = new KeyValuePair<string, object?>("subscription", subscriptionId);
        Attempts.Add(1, subscription, new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure"));
        if (succeeded) Latency.Record(Math.Max(0, (now - eventTime).TotalSeconds), subscription);
    }

    public static void DeadLettered(string subscriptionId) => DeadLetters.Add(1, new KeyValuePair<string, object?>("subscription", subscriptionId));

    /// <summary>The dispatcher's current window size; a dispatcher that deactivates reports nothing.</summary>
    public static void Backlog(string subscriptionId, int waiting) => Backlogs[subscriptionId] = waiting;

    public static void Forget(string subscriptionId) => Backlogs.TryRemove(subscriptionId, out _);

    private static IEnumerable<Measurement<int>> ObserveBacklog() =>
        Backlogs.Select(b => new Measurement<int>(b.Value, new KeyValuePair<string, object?>("subscription", b.Key)));
}
