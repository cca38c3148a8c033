using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Webhooks;

namespace LaserGrains.Tests.Integration.Telemetry;

/// <summary>One silo and a gateway logging JSON lines, with webhooks allowed to the test receiver's loopback address.</summary>
public sealed class TelemetryFixture : IAsyncLifetime
{
    private LocalCluster? _cluster;

    public LocalCluster Cluster => _cluster ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var settings = WebhookClusterFixture.Settings(WebhookClusterFixture.Schedule);
        settings["LG_LOG_FORMAT"] = "json";
        _cluster = await LocalCluster.StartAsync(1, settings);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TelemetryCollection : ICollectionFixture<TelemetryFixture>
{
    public const string Name = "telemetry";
}
