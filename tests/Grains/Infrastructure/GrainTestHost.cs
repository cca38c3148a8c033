using LaserGrains.Grains.Hosting;
using LaserGrains.Tests.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace LaserGrains.Tests.Grains.Infrastructure;

/// <summary>
/// An in-process Orleans cluster built with the real silo's composition (<see cref="SiloComposition.AddLaserGrains"/>)
/// on a real, throw-away PostgreSQL database. Given a clock, grains and their timers run on it while Orleans' own
/// maintenance (messaging, membership, directory, activation collection, reminders) stays on real time.
/// </summary>
public sealed class GrainTestHost : IAsyncDisposable
{
    private static readonly string[] RealTimeAreas =
    [
        TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory, ReminderTimeProviderNames.Reminders,
    ];

    private GrainTestHost(TestDatabase database, string storageRoot, InProcessTestCluster cluster) =>
        (Database, StorageRoot, Cluster) = (database, storageRoot, cluster);

    public TestDatabase Database { get; }

    public string StorageRoot { get; }

    public InProcessTestCluster Cluster { get; }

    public static async Task<GrainTestHost> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeProvider? clock)
    {
        var database = await TestDatabase.CreateAsync();
        var storageRoot = Path.Combine(Path.GetTempPath(), "lg-grains-" + Guid.NewGuid().ToString("N")[..8]);
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureHost(host => host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Storage:Root"] = storageRoot,
        }));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddLaserGrains();
            if (clock is null) return;
            silo.Services.AddSingleton(clock); // after the composition's TimeProvider.System, so it wins
            foreach (var area in RealTimeAreas) silo.Services.AddKeyedSingleton(area, TimeProvider.System);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new GrainTestHost(database, storageRoot, cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(StorageRoot)) Directory.Delete(StorageRoot, recursive: true);
    }
}
