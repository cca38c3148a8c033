using System.Net;
using LaserGrains.Shared.Webhooks.Targets;
using Xunit;

namespace LaserGrains.Tests.Unit.Webhooks.Targets;

/// <summary>Every special-purpose range, both ends and a neighbour outside; pure logic, nothing is connected to.</summary>
public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("0.0.0.0", AddressKind.Unspecified)]
    [InlineData("0.0.0.1", AddressKind.Reserved)]
    [InlineData("0.255.255.255", AddressKind.Reserved)]
    [InlineData("10.0.0.0", AddressKind.Private)]
    [InlineData("10.255.255.255", AddressKind.Private)]
    [InlineData("100.64.0.0", AddressKind.SharedCgnat)]
    [InlineData("100.127.255.255", AddressKind.SharedCgnat)]
    [InlineData("127.0.0.1", AddressKind.Loopback)]
    [InlineData("127.255.255.254", AddressKind.Loopback)]
    [InlineData("169.254.0.1", AddressKind.LinkLocal)]
    [InlineData("169.254.169.254", AddressKind.LinkLocal)]
    [InlineData("172.16.0.0", AddressKind.Private)]
    [InlineData("172.31.255.255", AddressKind.Private)]
    [InlineData("192.0.0.8", AddressKind.Reserved)]
    [InlineData("192.0.2.1", AddressKind.Documentation)]
    [InlineData("192.88.99.1", AddressKind.Reserved)]
    [InlineData("192.168.0.1", AddressKind.Private)]
    [InlineData("192.168.255.255", AddressKind.Private)]
    [InlineData("198.18.0.0", AddressKind.Benchmarking)]
    [InlineData("198.19.255.255", AddressKind.Benchmarking)]
    [InlineData("198.51.100.7", AddressKind.Documentation)]
    [InlineData("203.0.113.200", AddressKind.Documentation)]
    [InlineData("224.0.0.1", AddressKind.Multicast)]
    [InlineData("239.255.255.255", AddressKind.Multicast)]
    [InlineData("240.0.0.1", AddressKind.Reserved)]
    [InlineData("255.255.255.254", AddressKind.Reserved)]
    [InlineData("255.255.255.255", AddressKind.Broadcast)]
    public void Special_IPv4_ranges_are_not_public(string address, AddressKind kind) =>
        Assert.Equal(kind, AddressClassifier.Classify(IPAddress.Parse(address)).Kind);

    [Theory]
    [InlineData("1.1.1.1")]
    [InlineData("8.8.8.8")]
    [InlineData("9.255.255.255")] // just below 10/8
    [InlineData("11.0.0.0")] // just above 10/8
    [InlineData("100.63.255.255")] // below 100.64/10
    [InlineData("100.128.0.0")] // above 100.64/10
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("169.255.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.0.1.0")]
    [InlineData("192.0.3.0")]
    [InlineData("192.167.255.255")]
    [InlineData("192.169.0.0")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("223.255.255.255")]
    public void Ordinary_IPv4_addresses_are_public(string address) =>
        Assert.Equal(AddressKind.Public, AddressClassifier.Classify(IPAddress.Parse(address)).Kind);

    [Theory]
    [InlineData("::", AddressKind.Unspecified)]
    [InlineData("::1", AddressKind.Loopback)]
    [InlineData("::2", AddressKind.Reserved)] // IPv4-compatible, deprecated
    [InlineData("::7f00:1", AddressKind.Reserved)]
    [InlineData("64:ff9b:1::1", AddressKind.Private)]
    [InlineData("100::1", AddressKind.Reserved)]
    [InlineData("2001:2::1", AddressKind.Benchmarking)]
    [InlineData("2001:db8::1", AddressKind.Documentation)]
    [InlineData("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", AddressKind.Documentation)]
    [InlineData("2001::1", AddressKind.Reserved)] // Teredo
    [InlineData("2001:10::1", AddressKind.Reserved)] // ORCHID
    [InlineData("3fff::1", AddressKind.Documentation)]
    [InlineData("3fff:fff::1", AddressKind.Documentation)]
    [InlineData("fc00::1", AddressKind.Private)]
    [InlineData("fd12:3456:789a::1", AddressKind.Private)]
    [InlineData("fe80::1", AddressKind.LinkLocal)]
    [InlineData("febf:ffff::1", AddressKind.LinkLocal)]
    [InlineData("fec0::1", AddressKind.Private)]
    [InlineData("ff02::1", AddressKind.Multicast)]
    [InlineData("ff0e::1", AddressKind.Multicast)]
    [InlineData("5f00::1", AddressKind.Reserved)] // SRv6 SIDs: outside 2000::/3
    [InlineData("4000::1", AddressKind.Reserved)]
    [InlineData("1::1", AddressKind.Reserved)]
    [InlineData("e000::1", AddressKind.Reserved)]
    public void Special_IPv6_ranges_are_not_public(string address, AddressKind kind) =>
        Assert.Equal(kind, AddressClassifier.Classify(IPAddress.Parse(address)).Kind);

    [Theory]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:82a::200e")]
    [InlineData("2001:200::1")] // just past 2001::/23
    [InlineData("2001:db7:ffff::1")] // just below documentation
    [InlineData("2001:db9::1")] // just above documentation
    [InlineData("3ffe:ffff::1")] // below 3fff::/20
    public void Global_unicast_IPv6_is_public(string address) =>
        Assert.Equal(AddressKind.Public, AddressClassifier.Classify(IPAddress.Parse(address)).Kind);

    [Theory]
    [InlineData("::ffff:127.0.0.1", AddressKind.Loopback)]
    [InlineData("::ffff:10.1.2.3", AddressKind.Private)]
    [InlineData("::ffff:169.254.169.254", AddressKind.LinkLocal)]
    [InlineData("::ffff:0.0.0.0", AddressKind.Unspecified)]
    [InlineData("::ffff:8.8.8.8", AddressKind.Public)]
    [InlineData("::ffff:0:192.168.1.1", AddressKind.Private)] // IPv4-translated
    [InlineData("64:ff9b::127.0.0.1", AddressKind.Loopback)] // NAT64
    [InlineData("64:ff9b::100.64.0.1", AddressKind.SharedCgnat)]
    [InlineData("64:ff9b::1.1.1.1", AddressKind.Public)]
    [InlineData("2002:7f00:1::1", AddressKind.Loopback)] // 6to4 of 127.0.0.1
    [InlineData("2002:c0a8:101::1", AddressKind.Private)] // 6to4 of 192.168.1.1
    [InlineData("2002:0808:0808::1", AddressKind.Public)]
    public void Addresses_carrying_IPv4_are_judged_by_what_they_carry(string address, AddressKind kind)
    {
        var verdict = AddressClassifier.Classify(IPAddress.Parse(address));
        Assert.Equal(kind, verdict.Kind);
    }

    [Fact]
    public void The_reason_names_the_address_and_the_range()
    {
        Assert.Equal("127.0.0.1 is a loopback address (127.0.0.0/8)", AddressClassifier.Classify(IPAddress.Parse("127.0.0.1")).Why);
        Assert.Equal("::ffff:127.0.0.1 is IPv4-mapped: 127.0.0.1 is a loopback address (127.0.0.0/8)",
            AddressClassifier.Classify(IPAddress.Parse("::ffff:127.0.0.1")).Why);
        Assert.Contains("fc00::/7", AddressClassifier.Classify(IPAddress.Parse("fd00::5")).Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_local_address_with_a_scope_is_still_link_local() =>
        Assert.Equal(AddressKind.LinkLocal, AddressClassifier.Classify(IPAddress.Parse("fe80::1%2")).Kind);
}
