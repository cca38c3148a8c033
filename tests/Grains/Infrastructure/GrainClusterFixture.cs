using LaserGrains.Tests.Common;
using Orleans.TestingHost;

namespace LaserGrains.Tests.Grains.Infrastructure;

/// <summary>The real silo composition on the test host, on real time: for grains whose work is not about time.</summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    private GrainTestHost? _host;

    private GrainTestHost Host => _host ?? throw new InvalidOperationException("not started");

    public TestDatabase Database => Host.Database;

    public InProcessTestCluster Cluster => Host.Cluster;

    public string StorageRoot => Host.StorageRoot;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync() => _host = await GrainTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Webhooks:AllowedTargets"] = LoopbackReceiver.Address, // the receivers, nothing else on loopback
        ["Files:SweepPeriod"] = "00:00:02", // so a sweep test sees several ticks within seconds
    }, clock: null);

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class GrainClusterCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "grain-cluster";
}
