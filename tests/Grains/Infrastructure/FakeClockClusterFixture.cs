using LaserGrains.Tests.Common;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace LaserGrains.Tests.Grains.Infrastructure;

/// <summary>
/// The real silo composition with a <see cref="FakeTimeProvider"/> as the silo's TimeProvider: a test moves time on
/// with <see cref="Clock"/> and the grains' timers fire. Webhook retries follow a short, jitter-free schedule.
/// </summary>
public sealed class FakeClockClusterFixture : IAsyncLifetime
{
    /// <summary>Three attempts: at once, 10 minutes later, an hour after that; then the delivery is dead-lettered.</summary>
    public static readonly TimeSpan[] Schedule = [TimeSpan.Zero, TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)];

    private GrainTestHost? _host;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private GrainTestHost Host => _host ?? throw new InvalidOperationException("not started");

    public TestDatabase Database => Host.Database;

    public InProcessTestCluster Cluster => Host.Cluster;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync() => _host = await GrainTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Webhooks:RetrySchedule"] = "0s,10m,1h",
        ["Webhooks:Jitter"] = "0",
        ["Webhooks:TimeoutSeconds"] = "10",
        ["Webhooks:AllowedTargets"] = LoopbackReceiver.Address,
    }, Clock);

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class FakeClockClusterCollection : ICollectionFixture<FakeClockClusterFixture>
{
    public const string Name = "fake-clock-cluster";
}
