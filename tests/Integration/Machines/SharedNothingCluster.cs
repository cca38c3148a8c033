using System.Globalization;
using System.Text.RegularExpressions;
using LaserGrains.Tests.Common;
using Npgsql;

namespace LaserGrains.Tests.Integration.Machines;

/// <summary>
/// Silos and gateways on machines of a <see cref="TestNetwork"/> that share nothing but the database: each has its own
/// storage folder and working directory, PostgreSQL is reached through a relay on the test's own address, and the bytes
/// live in the PostgreSQL blob store.
/// </summary>
public sealed partial class SharedNothingCluster : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lg-machines-" + Guid.NewGuid().ToString("N")[..8]);
    private int _used;

    private SharedNothingCluster(TestNetwork network, TestDatabase database, TcpForwarder relay) =>
        (Network, Database, Relay) = (network, database, relay);

    public TestNetwork Network { get; }

    public TestDatabase Database { get; }

    public TcpForwarder Relay { get; }

    public List<HostProcess> Silos { get; } = [];

    public List<string> GatewayUrls { get; } = [];

    public List<HostProcess> Gateways { get; } = [];

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(100) };

    public string ClusterId => "machines-" + Database.Name;

    public static async Task<SharedNothingCluster> StartAsync(int silos, int gateways)
    {
        var network = await TestNetwork.CreateAsync(silos + gateways);
        var database = await TestDatabase.CreateAsync();
        var pg = new NpgsqlConnectionStringBuilder(TestEnvironment.AdminConnectionString);
        var cluster = new SharedNothingCluster(network, database, new TcpForwarder(pg.Host!, pg.Port, network.HostSide));
        try
        {
            var key = await HostProcess.RunCommandAsync("Gateway", new Dictionary<string, string> { ["LG_DB"] = database.ConnectionString }, ["keys", "create", "machines", "admin"]);
            if (key.ExitCode != 0) throw new InvalidOperationException($"keys create exited with {key.ExitCode}: {key.Stdout}");
            cluster.Http.DefaultRequestHeaders.Authorization = new("Bearer", key.Stdout.Trim());
            for (var i = 0; i < silos; i++) await cluster.StartSiloAsync();
            for (var i = 0; i < gateways; i++) await cluster.StartGatewayAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The machine's own folders: storage (LG_STORAGE_ROOT) and work (its working directory).</summary>
    public string Folder(TestMachine machine, string name) => Path.Combine(_root, machine.Name, name);

    /// <summary>Ingest ids whose processing a silo logged ("File N processed").</summary>
    public static IReadOnlySet<long> ProcessedBy(HostProcess silo) =>
        Processed().Matches(silo.Output).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    private async Task StartSiloAsync()
    {
        var machine = Network.Machines[_used++];
        var env = Environment(machine);
        env["LG_SILO_ADDRESS"] = machine.Address.ToString();
        env["LG_SILO_PORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        env["LG_SILO_GATEWAY_PORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        var url = $"http://{machine.Address}:{FreePorts.Next()}";
        env["LG_SILO_HTTP_URL"] = url;
        env["Logging__LogLevel__LaserGrains.Grains.Files.FileGrain"] = "Information"; // "File N processed" says which silo did it
        var silo = HostProcess.Start("Silo", env, $"silo{Silos.Count + 1}@{machine.Name}", machine.Launcher, Folder(machine, "work"));
        Silos.Add(silo);
        await WaitAsync(silo, url + "/health/ready");
    }

    private async Task StartGatewayAsync()
    {
        var machine = Network.Machines[_used++];
        var env = Environment(machine);
        var url = $"http://{machine.Address}:{FreePorts.Next()}";
        env["LG_GATEWAY_URL"] = url;
        var gateway = HostProcess.Start("Gateway", env, $"gateway{Gateways.Count + 1}@{machine.Name}", machine.Launcher, Folder(machine, "work"));
        Gateways.Add(gateway);
        GatewayUrls.Add(url);
        await WaitAsync(gateway, url + "/health/ready");
    }

    private Dictionary<string, string> Environment(TestMachine machine)
    {
        Directory.CreateDirectory(Folder(machine, "storage"));
        Directory.CreateDirectory(Folder(machine, "work"));
        var db = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Host = Network.HostSide.ToString(), Port = Relay.Port };
        return new()
        {
            ["LG_DB"] = db.ConnectionString,
            ["LG_BLOB_STORE"] = "postgres",
            ["LG_CLUSTER_ID"] = ClusterId,
            ["LG_SERVICE_ID"] = "lasergrains-test",
            ["LG_STORAGE_ROOT"] = Folder(machine, "storage"),
            ["Cluster__Membership__ProbeTimeout"] = "00:00:01",
            ["Cluster__Membership__NumMissedProbesLimit"] = "2",
            ["Cluster__Membership__IAmAliveTablePublishTimeout"] = "00:00:05",
            ["Cluster__Membership__TableRefreshTimeout"] = "00:00:02",
        };
    }

    private async Task WaitAsync(HostProcess process, string readyUrl) =>
        await Eventually.GetAsync(
            async () => process.HasExited
                ? throw new InvalidOperationException($"{process.Name} exited:\n{process.Output}")
                : (await Http.GetAsync(new Uri(readyUrl))).IsSuccessStatusCode,
            ok => ok, TimeSpan.FromSeconds(120), $"{process.Name} to be ready");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        foreach (var gateway in Gateways) await gateway.DisposeAsync();
        foreach (var silo in Silos) await silo.DisposeAsync();
        await Relay.DisposeAsync();
        await Database.DisposeAsync();
        await Network.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [GeneratedRegex(@"File (\d+) processed")]
    private static partial Regex Processed();
}
