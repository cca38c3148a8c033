using LaserGrains.Grains;
using LaserGrains.Grains.Hosting;
using LaserGrains.Tests.Common;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace LaserGrains.Tests.Grains.Infrastructure;

/// <summary>An in-process Orleans cluster whose grains persist to a real, throw-away PostgreSQL database.</summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public string StorageRoot { get; } = Path.Combine(Path.GetTempPath(), "lg-grains-" + Guid.NewGuid().ToString("N")[..8]);

    public IClusterClient Client => Cluster.Client;

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
            silo.AddAdoNetGrainStorage(StorageNames.Files, o => { o.Invariant = "Npgsql"; o.ConnectionString = Database.ConnectionString; });
            silo.UseAdoNetReminderService(o => { o.Invariant = "Npgsql"; o.ConnectionString = Database.ConnectionString; });
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.Services.AddLaserGrainsServices();
        });
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
public sealed class GrainClusterCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "grain-cluster";
}
