using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Infrastructure;

/// <summary>Real silo and gateway processes on loopback against a throw-away PostgreSQL database.</summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly List<HostProcess> _silos = [];
    private readonly List<string> _siloUrls = [];
    private readonly Dictionary<string, string> _extra;

    private LocalCluster(TestDatabase database, Dictionary<string, string> extra)
    {
        Database = database;
        _extra = extra;
        StorageRoot = Path.Combine(Path.GetTempPath(), "lg-test-" + database.Name);
        ClusterId = "test-" + database.Name;
        GatewayUrl = $"http://127.0.0.1:{FreePorts.Next()}";
    }

    public TestDatabase Database { get; }

    public string StorageRoot { get; }

    public string ClusterId { get; }

    public HostProcess? Gateway { get; private set; }

    public IReadOnlyList<HostProcess> Silos => _silos;

    /// <summary>Each silo's HTTP endpoint (LG_SILO_HTTP_URL), in the order of <see cref="Silos"/>.</summary>
    public IReadOnlyList<string> SiloHttpUrls => _siloUrls;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(100) };

    /// <summary>
    /// Chosen before anything starts, so silos can be told where the gateway's receiver will be ("{gateway}" in extra
    /// settings for the URL, "{gateway-authority}" for its address:port).
    /// </summary>
    public string GatewayUrl { get; }

    /// <summary>An absolute gateway URL for <paramref name="pathAndQuery"/>.</summary>
    public Uri Url(string pathAndQuery) => new(GatewayUrl + pathAndQuery);

    /// <summary>A fresh database, <paramref name="silos"/> silos and a gateway (with <paramref name="gatewayOnly"/>'s settings on top), ready to serve.</summary>
    public static async Task<LocalCluster> StartAsync(
        int silos = 1, Dictionary<string, string>? extra = null,
        Func<LocalCluster, Dictionary<string, string>>? gatewayOnly = null, Func<LocalCluster, Dictionary<string, string>>? silosOnly = null)
    {
        var cluster = new LocalCluster(await TestDatabase.CreateAsync(), extra ?? []);
        try
        {
            foreach (var (k, v) in gatewayOnly?.Invoke(cluster) ?? []) cluster.GatewayOnly[k] = v;
            foreach (var (k, v) in silosOnly?.Invoke(cluster) ?? []) cluster.SilosOnly[k] = v;
            for (var i = 0; i < silos; i++) await cluster.StartSiloAsync();
            await cluster.StartGatewayAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public Dictionary<string, string> CommonEnvironment() => new(_extra.ToDictionary(e => e.Key, e => e.Value
        .Replace("{gateway-authority}", new Uri(GatewayUrl).Authority, StringComparison.Ordinal).Replace("{gateway}", GatewayUrl, StringComparison.Ordinal)))
    {
        ["LG_DB"] = Database.ConnectionString,
        ["LG_CLUSTER_ID"] = ClusterId,
        ["LG_SERVICE_ID"] = "lasergrains-test",
        ["LG_STORAGE_ROOT"] = StorageRoot,
        // Fast failure detection so a killed silo is declared dead within seconds, not minutes.
        ["Cluster__Membership__ProbeTimeout"] = "00:00:01",
        ["Cluster__Membership__NumMissedProbesLimit"] = "2",
        ["Cluster__Membership__IAmAliveTablePublishTimeout"] = "00:00:05",
        ["Cluster__Membership__TableRefreshTimeout"] = "00:00:02",
    };

    public async Task<HostProcess> StartSiloAsync()
    {
        var env = CommonEnvironment();
        foreach (var (k, v) in SilosOnly) env[k] = v;
        env["LG_SILO_PORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        env["LG_SILO_GATEWAY_PORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        var siloUrl = $"http://127.0.0.1:{FreePorts.Next()}";
        env["LG_SILO_HTTP_URL"] = siloUrl;
        var silo = HostProcess.Start("Silo", env, $"silo{_silos.Count + 1}");
        _silos.Add(silo);
        _siloUrls.Add(siloUrl);
        // The silo's HTTP endpoint opens only after Orleans has joined the cluster.
        await Eventually.GetAsync(
            async () => silo.HasExited
                ? throw new InvalidOperationException($"{silo.Name} exited:\n{silo.Output}")
                : (await Http.GetAsync(new Uri(siloUrl + "/health/live"))).IsSuccessStatusCode,
            ok => ok, TimeSpan.FromSeconds(90), $"{silo.Name} to start");
        return silo;
    }

    /// <summary>Settings given to the gateway only (after the common ones), e.g. a database connection through a relay.</summary>
    private Dictionary<string, string> GatewayOnly { get; } = [];

    private Dictionary<string, string> SilosOnly { get; } = [];

    public async Task StartGatewayAsync()
    {
        // Every request of the tests carries an admin key made the way deploy/keys.sh makes one.
        if (Http.DefaultRequestHeaders.Authorization is null)
        {
            Http.DefaultRequestHeaders.Authorization = new("Bearer", await CreateKeyAsync("tests", "admin"));
        }

        var env = CommonEnvironment();
        foreach (var (k, v) in GatewayOnly) env[k] = v;
        env["LG_GATEWAY_URL"] = GatewayUrl;
        var gateway = HostProcess.Start("Gateway", env);
        Gateway = gateway;
        await Eventually.GetAsync(
            async () => gateway.HasExited
                ? throw new InvalidOperationException($"The gateway exited ({gateway.ExitCode}):\n{gateway.Output}")
                : (await Http.GetAsync(Url("/health/ready"))).IsSuccessStatusCode,
            ok => ok, TimeSpan.FromSeconds(90), "the gateway to be ready");
    }

    /// <summary>A new API key from the gateway's own command (what deploy/keys.sh runs).</summary>
    public async Task<string> CreateKeyAsync(string name, string role)
    {
        var (code, output) = await HostProcess.RunCommandAsync("Gateway", CommonEnvironment(), ["keys", "create", name, role]);
        if (code != 0) throw new InvalidOperationException($"keys create exited with {code}: {output}");
        return output.Trim();
    }

    /// <summary>Uploads one file with optional hint fields and returns the status code and JSON body.</summary>
    public async Task<(int Status, JsonElement Body)> UploadAsync(string filename, byte[] content, IDictionary<string, string>? hints = null, string query = "")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", filename);
        foreach (var (k, v) in hints ?? new Dictionary<string, string>()) form.Add(new StringContent(v), k);
        using var response = await Http.PostAsync(Url("/ingest" + query), form);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ((int)response.StatusCode, body);
    }

    public async Task<(int Status, JsonElement Body)> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(Url(path));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (Gateway is not null) await Gateway.DisposeAsync();
        foreach (var silo in _silos) await silo.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(StorageRoot)) Directory.Delete(StorageRoot, recursive: true);
    }
}
