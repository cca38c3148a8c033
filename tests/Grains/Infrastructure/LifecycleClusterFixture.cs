using LaserGrains.Grains;
using LaserGrains.Grains.Extraction;
using LaserGrains.Grains.Hosting;
using LaserGrains.Shared.Catalog;
using LaserGrains.Shared.Storage;
using LaserGrains.Grains.Webhooks.Hosting;
using LaserGrains.Tests.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace LaserGrains.Tests.Grains.Infrastructure;

/// <summary>
/// A test cluster for the file lifecycle on real PostgreSQL, with a catalog that can be broken on purpose, an SVG
/// extractor slower than the (short) response timeout, and every storage the silo has, so publications succeed.
/// </summary>
public sealed class LifecycleClusterFixture : IAsyncLifetime
{
    /// <summary>Orleans' response timeout in this cluster: far below the slow extractor's time.</summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(2);

    public TestDatabase Database { get; private set; } = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public string StorageRoot { get; } = Path.Combine(Path.GetTempPath(), "lg-lifecycle-" + Guid.NewGuid().ToString("N")[..8]);

    public IClusterClient Client => Cluster.Client;

    public FlakyFileCatalog Catalog => Cluster.GetSiloServiceProvider().GetRequiredService<FlakyFileCatalog>();

    public IBlobStore Blobs => Cluster.GetSiloServiceProvider().GetRequiredService<IBlobStore>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureHost(host => host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = Database.ConnectionString,
            ["Storage:Root"] = StorageRoot,
        }));
        builder.ConfigureSilo((_, silo) =>
        {
            foreach (var name in StorageNames.All)
            {
                silo.AddAdoNetGrainStorage(name, o => { o.Invariant = "Npgsql"; o.ConnectionString = Database.ConnectionString; });
            }

            silo.UseAdoNetReminderService(o => { o.Invariant = "Npgsql"; o.ConnectionString = Database.ConnectionString; });
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
            silo.Services.AddLaserGrainsServices();
            silo.Services.AddLaserGrainsWebhooks();
            silo.Services.AddSingleton<FlakyFileCatalog>();
            silo.Services.AddSingleton<IFileCatalog>(sp => sp.GetRequiredService<FlakyFileCatalog>());
            silo.Services.AddSingleton(_ => new ExtractionPipeline([new SlowSvgExtractor(), .. Extractors.All()]));
        });
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(StorageRoot)) Directory.Delete(StorageRoot, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class LifecycleClusterCollection : ICollectionFixture<LifecycleClusterFixture>
{
    public const string Name = "lifecycle-cluster";
}
