using System.Globalization;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Tests.Common;
using Orleans.Configuration;

namespace LaserGrains.WebhookBench;

/// <summary>A throw-away database, one real silo process with WEBHOOK_URL pointing at the receiver, and an Orleans client.</summary>
public sealed class BenchCluster : IAsyncDisposable
{
    private BenchCluster(TestDatabase database, HostProcess silo, IHost client, Receiver receiver) =>
        (Database, Silo, Client, Receiver) = (database, silo, client, receiver);

    public TestDatabase Database { get; }

    public HostProcess Silo { get; }

    public IHost Client { get; }

    public Receiver Receiver { get; }

    public IClusterClient Grains => Client.Services.GetRequiredService<IClusterClient>();

    public static async Task<BenchCluster> StartAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var receiver = await Receiver.StartAsync();
        var clusterId = "bench-" + database.Name;
        var gatewayPort = FreePorts.Next();
        var silo = HostProcess.Start("Silo", new Dictionary<string, string>
        {
            ["LG_DB"] = database.ConnectionString,
            ["LG_CLUSTER_ID"] = clusterId,
            ["LG_SERVICE_ID"] = "lasergrains-bench",
            ["LG_SILO_PORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["LG_SILO_GATEWAY_PORT"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["LG_SILO_HTTP_URL"] = $"http://127.0.0.1:{FreePorts.Next()}",
            ["LG_STORAGE_ROOT"] = Path.Combine(Path.GetTempPath(), "lg-bench-" + database.Name),
            ["WEBHOOK_URL"] = receiver.Url,
            // The receiver is on loopback: allow exactly its address and port.
            ["LG_WEBHOOK_ALLOWED_TARGETS"] = new Uri(receiver.Url).Authority,
        });

        var client = Host.CreateDefaultBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleansClient(c =>
            {
                c.Configure<ClusterOptions>(o => { o.ClusterId = clusterId; o.ServiceId = "lasergrains-bench"; });
                c.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = database.ConnectionString; });
                c.UseConnectionRetryFilter(async (_, ct) => { await Task.Delay(500, ct); return !silo.HasExited; });
            })
            .Build();
        await client.StartAsync();
        var bench = new BenchCluster(database, silo, client, receiver);
        await Eventually.GetAsync(async () => (await bench.Grains.GetGrain<IWebhookRegistryGrain>(0).ListAsync()).Count,
            n => n == 1, TimeSpan.FromSeconds(90), "the default subscription");
        await Task.Delay(TimeSpan.FromSeconds(3)); // past the fan-out's subscription cache
        return bench;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.StopAsync();
        Client.Dispose();
        await Silo.DisposeAsync();
        await Receiver.DisposeAsync();
        await Database.DisposeAsync();
    }
}
