using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace LaserGrains.Tests.Integration.Machines;

/// <summary>
/// Machines for a test: each in a network namespace of its own, joined by a bridge in the root namespace, on a 10.x
/// subnet the test picks (nothing else answers there); where namespaces cannot be made (not root, no ip tool), distinct
/// loopback addresses instead. Everything made is removed on dispose, and leftovers of test runs that died are swept.
/// </summary>
public sealed class TestNetwork : IAsyncDisposable
{
    private const string Prefix = "lgt";
    private readonly List<string> _namespaces = [];
    private string? _bridge;

    private TestNetwork(string kind, IPAddress hostSide) => (Kind, HostSide) = (kind, hostSide);

    /// <summary>"network namespaces" or "loopback addresses": what the test ran on.</summary>
    public string Kind { get; }

    /// <summary>The test process's own address on that network (the bridge, or 127.0.0.1); relays listen there.</summary>
    public IPAddress HostSide { get; }

    public List<TestMachine> Machines { get; } = [];

    public static async Task<TestNetwork> CreateAsync(int machines)
    {
        var tag = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "x" + Random.Shared.Next(0, 10).ToString(CultureInfo.InvariantCulture);
        var subnet = $"10.{Random.Shared.Next(200, 250)}.{Random.Shared.Next(1, 254)}";
        if (await TryNamespacesAsync(tag, subnet, machines) is { } isolated) return isolated;
        var loopback = new TestNetwork("loopback addresses", IPAddress.Loopback);
        var block = Random.Shared.Next(2, 250);
        for (var i = 0; i < machines; i++) loopback.Machines.Add(new TestMachine($"machine{i + 1}", IPAddress.Parse($"127.{block}.{i + 1}.2"), []));
        return loopback;
    }

    private static async Task<TestNetwork?> TryNamespacesAsync(string tag, string subnet, int machines)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/sbin/ip") && !File.Exists("/sbin/ip")) return null;
        await SweepAsync();
        var network = new TestNetwork("network namespaces", IPAddress.Parse(subnet + ".1"));
        try
        {
            network._bridge = $"{Prefix}b{tag}";
            await IpAsync($"link add {network._bridge} type bridge");
            await IpAsync($"addr add {subnet}.1/24 dev {network._bridge}");
            await IpAsync($"link set {network._bridge} up");
            for (var i = 0; i < machines; i++)
            {
                var ns = $"{Prefix}-{tag}-{i + 1}";
                var outer = $"{Prefix}v{tag}{i + 1}";
                await IpAsync($"netns add {ns}");
                network._namespaces.Add(ns);
                await IpAsync($"link add {outer} type veth peer name eth0 netns {ns}");
                await IpAsync($"link set {outer} master {network._bridge}");
                await IpAsync($"link set {outer} up");
                await IpAsync($"-n {ns} addr add {subnet}.{i + 2}/24 dev eth0");
                await IpAsync($"-n {ns} link set eth0 up");
                await IpAsync($"-n {ns} link set lo up");
                network.Machines.Add(new TestMachine($"machine{i + 1}", IPAddress.Parse($"{subnet}.{i + 2}"), ["ip", "netns", "exec", ns]));
            }

            return network;
        }
        catch (InvalidOperationException)
        {
            await network.DisposeAsync();
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Deleting a namespace deletes its end of the veth pair, and with it the bridge's end.
        foreach (var ns in _namespaces) await IpAsync($"netns del {ns}", check: false);
        if (_bridge is not null) await IpAsync($"link del {_bridge}", check: false);
        _namespaces.Clear();
        _bridge = null;
    }

    // Namespaces and bridges of earlier runs whose process is gone (a test host killed mid-test) go first.
    private static async Task SweepAsync()
    {
        var (_, names) = await RunAsync("ip", "netns list", check: false);
        foreach (var line in names.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = line.Split(' ')[0];
            if (!name.StartsWith(Prefix + "-", StringComparison.Ordinal) || Alive(name.Split('-')[1])) continue;
            await IpAsync($"netns del {name}", check: false);
        }

        var (_, links) = await RunAsync("ip", "-o link show type bridge", check: false);
        foreach (var line in links.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = line.Split(':', 3)[1].Trim();
            if (name.StartsWith(Prefix + "b", StringComparison.Ordinal) && !Alive(name[(Prefix.Length + 1)..])) await IpAsync($"link del {name}", check: false);
        }
    }

    private static bool Alive(string tag) =>
        int.TryParse(tag.Split('x')[0], CultureInfo.InvariantCulture, out var pid) && Directory.Exists($"/proc/{pid}");

    private static Task<(int Code, string Output)> IpAsync(string arguments, bool check = true) => RunAsync("ip", arguments, check);

    private static async Task<(int Code, string Output)> RunAsync(string file, string arguments, bool check)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (check && process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments}: {error.Trim()}");
        return (process.ExitCode, output);
    }
}

/// <summary>One machine of a <see cref="TestNetwork"/>: its address, and the command prefix that runs a process on it.</summary>
public sealed record TestMachine(string Name, IPAddress Address, IReadOnlyList<string> Launcher);
