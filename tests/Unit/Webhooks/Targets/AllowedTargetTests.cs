using System.Net;
using LaserGrains.Shared.Webhooks.Targets;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks.Targets;

/// <summary>Reading LG_WEBHOOK_ALLOWED_TARGETS entries and what each one allows.</summary>
public sealed class AllowedTargetTests
{
    [Theory]
    [InlineData("127.0.0.1:5080", "127.0.0.1", 5080, true)]
    [InlineData("127.0.0.1:5080", "127.0.0.1", 5081, false)]
    [InlineData("127.0.0.1:5080", "127.0.0.2", 5080, false)]
    [InlineData("127.0.0.1", "127.0.0.1", 1, true)]
    [InlineData("127.0.0.1:5080", "::ffff:127.0.0.1", 5080, true)]
    [InlineData("10.20.0.0/16", "10.20.255.1", 443, true)]
    [InlineData("10.20.0.0/16", "10.21.0.1", 443, false)]
    [InlineData("10.20.0.0/16:443", "10.20.0.1", 443, true)]
    [InlineData("10.20.0.0/16:443", "10.20.0.1", 80, false)]
    [InlineData("[::1]:5080", "::1", 5080, true)]
    [InlineData("[::1]:5080", "::1", 5081, false)]
    [InlineData("::1", "::1", 9, true)]
    [InlineData("fd00::/8", "fd12::1", 443, true)]
    [InlineData("fd00::/8:443", "fd12::1", 443, true)]
    [InlineData("fd00::/8:443", "fd12::1", 80, false)]
    [InlineData("fd00::/8", "fe80::1", 443, false)]
    [InlineData("127.0.0.0/8", "::1", 443, false)]
    public void An_address_entry_allows_its_addresses_and_port(string entry, string address, int port, bool allowed)
    {
        Assert.True(AllowedTarget.TryParse(entry, out var target));
        Assert.Equal(allowed, target!.AllowsAddress(IPAddress.Parse(address), port));
        Assert.False(target.AllowsName(address, port));
    }

    [Theory]
    [InlineData("hooks.internal:8443", "hooks.internal", 8443, true)]
    [InlineData("hooks.internal:8443", "HOOKS.Internal.", 8443, true)]
    [InlineData("hooks.internal:8443", "hooks.internal", 443, false)]
    [InlineData("hooks.internal", "hooks.internal", 1234, true)]
    [InlineData("hooks.internal", "evil.hooks.internal", 443, false)]
    [InlineData("localhost:5080", "localhost", 5080, true)]
    public void A_name_entry_allows_only_that_name(string entry, string host, int port, bool allowed)
    {
        Assert.True(AllowedTarget.TryParse(entry, out var target));
        Assert.Equal(allowed, target!.AllowsName(host, port));
    }

    [Theory]
    [InlineData("")]
    [InlineData("127.0.0.1:")]
    [InlineData("127.0.0.1:0")]
    [InlineData("127.0.0.1:65536")]
    [InlineData("127.0.0.1:http")]
    [InlineData("10.0.0.1/8")] // host bits below the prefix
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("[::1")]
    [InlineData("[::1]x")]
    [InlineData("[::1]:99999")]
    [InlineData("http://hooks.internal")]
    [InlineData("hooks internal")]
    [InlineData("fe80::1%2")]
    public void Malformed_entries_are_refused(string entry) => Assert.False(AllowedTarget.TryParse(entry, out _));

    [Fact]
    public void The_list_names_every_bad_entry()
    {
        var problem = TargetAllowList.Problem("127.0.0.1:5080, nope:x ,10.0.0.1/8", out var list);
        Assert.NotNull(problem);
        Assert.Contains("'nope:x'", problem, StringComparison.Ordinal);
        Assert.Contains("'10.0.0.1/8'", problem, StringComparison.Ordinal);
        Assert.Empty(list.Entries);
        Assert.Null(TargetAllowList.Problem(" 127.0.0.1:5080 ,, [::1]:5080,fd00::/8:443 ", out list));
        Assert.Equal(["127.0.0.1/32:5080", "::1/128:5080", "fd00::/8:443"], list.Entries.Select(e => e.ToString()));
    }
}
