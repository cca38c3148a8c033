using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Ingest;

/// <summary>One silo and a gateway with a 64 KiB upload limit, shared by the gateway API tests.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const int UploadLimit = 64 * 1024;

    public LocalCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Cluster = await LocalCluster.StartAsync(extra: new() { ["LG_MAX_UPLOAD_BYTES"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway";
}
