using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>One silo and a gateway with a retry schedule in seconds, shared by the webhook tests; each test has its own subscription.</summary>
public sealed class WebhookClusterFixture : IAsyncLifetime
{
    /// <summary>8 attempts over about 17 s: long enough to bring a receiver back, short enough to exhaust in a test.</summary>
    public const string Schedule = "0s,1s,1s,2s,2s,3s,3s,5s";

    public const double TimeoutSeconds = 2;

    private LocalCluster? _cluster;

    public LocalCluster Cluster => _cluster ?? throw new InvalidOperationException("not started");

    public static Dictionary<string, string> Settings(string schedule) => new()
    {
        ["LG_WEBHOOK_RETRY_SCHEDULE"] = schedule,
        ["WEBHOOK_TIMEOUT"] = TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["LG_WEBHOOK_REMINDER_PERIOD"] = "00:00:10",
        ["LG_WEBHOOK_MAX_RETRY_AFTER"] = "00:00:30",
        // Test receivers listen on a loopback address of their own; the gateway and silos (127.0.0.1) stay unreachable.
        ["LG_WEBHOOK_ALLOWED_TARGETS"] = TestReceiver.Address,
    };

    public async Task InitializeAsync() => _cluster = await LocalCluster.StartAsync(1, Settings(Schedule));

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
