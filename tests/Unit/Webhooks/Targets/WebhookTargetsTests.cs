using System.Net;
using System.Net.Sockets;
using LaserGrains.Shared.Webhooks.Targets;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks.Targets;

/// <summary>
/// The subscription-time and connect-time decisions, with a resolver that answers from a table: no DNS server is
/// asked and nothing is connected to.
/// </summary>
public sealed class WebhookTargetsTests
{
    private static readonly Dictionary<string, string[]> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["public.test"] = ["93.184.215.14"],
        ["inside.test"] = ["10.0.0.5"],
        ["mixed.test"] = ["93.184.215.14", "192.168.1.1"],
        ["metadata.test"] = ["169.254.169.254"],
        ["mapped.test"] = ["::ffff:127.0.0.1"],
        ["empty.test"] = [],
    };

    private static WebhookTargets Targets(string allowed = "") => new(TargetAllowList.Parse(allowed), Resolve);

    private static Task<IPAddress[]> Resolve(string host, CancellationToken _) =>
        Names.TryGetValue(host, out var found)
            ? Task.FromResult(found.Select(IPAddress.Parse).ToArray())
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));

    [Theory]
    [InlineData("https://public.test/hook")]
    [InlineData("https://93.184.215.14/hook")]
    [InlineData("http://[2606:4700:4700::1111]/hook")]
    public async Task Public_targets_are_accepted(string url) => Assert.Null(await Targets().ProblemAsync(url, default));

    [Theory]
    [InlineData("http://127.0.0.1:9000/hook", "loopback")]
    [InlineData("http://127.1/hook", "loopback")] // shorthand the URL parser expands
    [InlineData("http://2130706433/hook", "loopback")] // 127.0.0.1 as one number
    [InlineData("http://0x7f000001/hook", "loopback")]
    [InlineData("http://[::1]/hook", "loopback")]
    [InlineData("http://[::ffff:127.0.0.1]/hook", "IPv4-mapped")]
    [InlineData("http://[::ffff:7f00:1]/hook", "IPv4-mapped")]
    [InlineData("http://0.0.0.0/hook", "unspecified")]
    [InlineData("http://[::]/hook", "unspecified")]
    [InlineData("http://169.254.169.254/latest/meta-data", "link-local")]
    [InlineData("http://[fe80::1]/hook", "link-local")]
    [InlineData("http://10.1.2.3/hook", "private")]
    [InlineData("http://[fd00::1]/hook", "unique local")]
    [InlineData("http://100.64.1.1/hook", "carrier-grade")]
    [InlineData("http://224.0.0.1/hook", "multicast")]
    [InlineData("http://255.255.255.255/hook", "broadcast")]
    [InlineData("http://192.0.2.10/hook", "documentation")]
    [InlineData("http://198.18.0.1/hook", "benchmarking")]
    [InlineData("http://inside.test/hook", "inside.test resolves to 10.0.0.5")]
    [InlineData("http://metadata.test/hook", "link-local")]
    [InlineData("http://mixed.test/hook", "192.168.1.1")] // one inside address is enough to refuse
    [InlineData("http://mapped.test/hook", "loopback")]
    public async Task Inside_targets_are_refused_with_the_reason(string url, string reason)
    {
        var problem = await Targets().ProblemAsync(url, default);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        Assert.Contains(TargetAllowList.Variable, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_that_do_not_resolve_are_refused()
    {
        Assert.Contains("could not be resolved", await Targets().ProblemAsync("http://nowhere.test/", default), StringComparison.Ordinal);
        Assert.Contains("no address", await Targets().ProblemAsync("http://empty.test/", default), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_allowance_opens_exactly_its_host_and_port()
    {
        var targets = Targets("127.0.0.1:5080,inside.test:8443");
        Assert.Null(await targets.ProblemAsync("http://127.0.0.1:5080/webhooks/module-n/event", default));
        Assert.NotNull(await targets.ProblemAsync("http://127.0.0.1:5081/", default));
        Assert.NotNull(await targets.ProblemAsync("http://127.0.0.2:5080/", default));
        Assert.NotNull(await targets.ProblemAsync("http://127.0.0.1/", default)); // port 80
        Assert.Null(await targets.ProblemAsync("https://inside.test:8443/", default));
        Assert.NotNull(await targets.ProblemAsync("https://inside.test/", default)); // port 443
    }

    [Fact]
    public async Task At_connect_time_only_allowed_addresses_are_offered()
    {
        var targets = Targets("10.0.0.0/8:443");
        Assert.Equal([IPAddress.Parse("93.184.215.14")], await targets.AllowedAddressesAsync("mixed.test", 443, default));
        Assert.Equal([IPAddress.Parse("10.0.0.5")], await targets.AllowedAddressesAsync("inside.test", 443, default));
        var refused = await Assert.ThrowsAsync<WebhookTargetRefusedException>(() => targets.AllowedAddressesAsync("inside.test", 80, default));
        Assert.Contains("10.0.0.5 is a private address", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<WebhookTargetRefusedException>(() => targets.AllowedAddressesAsync("127.0.0.1", 443, default));
        await Assert.ThrowsAsync<WebhookTargetRefusedException>(() => targets.AllowedAddressesAsync("[::1]", 443, default));
    }

    [Fact]
    public async Task An_allowed_name_is_trusted_with_whatever_it_resolves_to()
    {
        var targets = Targets("metadata.test:80");
        Assert.Equal([IPAddress.Parse("169.254.169.254")], await targets.AllowedAddressesAsync("metadata.test", 80, default));
        await Assert.ThrowsAsync<WebhookTargetRefusedException>(() => targets.AllowedAddressesAsync("metadata.test", 81, default));
    }
}
