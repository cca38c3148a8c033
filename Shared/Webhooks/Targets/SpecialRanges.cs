namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>
/// The special-purpose blocks of the IANA IPv4 and IPv6 registries that a webhook must not reach by default,
/// most specific first; anything outside them (and, for IPv6, inside 2000::/3) is public.
/// </summary>
internal static class SpecialRanges
{
    internal sealed record Entry(AddressRange Range, AddressKind Kind, string Name);

    public static IReadOnlyList<Entry> V4 { get; } =
    [
        E("0.0.0.0/32", AddressKind.Unspecified, "the unspecified address"),
        E("0.0.0.0/8", AddressKind.Reserved, "a “this network” address"),
        E("10.0.0.0/8", AddressKind.Private, "a private address"),
        E("100.64.0.0/10", AddressKind.SharedCgnat, "a shared (carrier-grade NAT) address"),
        E("127.0.0.0/8", AddressKind.Loopback, "a loopback address"),
        E("169.254.0.0/16", AddressKind.LinkLocal, "a link-local address"),
        E("172.16.0.0/12", AddressKind.Private, "a private address"),
        E("192.0.0.0/24", AddressKind.Reserved, "an IETF protocol assignment"),
        E("192.0.2.0/24", AddressKind.Documentation, "a documentation address"),
        E("192.88.99.0/24", AddressKind.Reserved, "a 6to4 relay anycast address"),
        E("192.168.0.0/16", AddressKind.Private, "a private address"),
        E("198.18.0.0/15", AddressKind.Benchmarking, "a benchmarking address"),
        E("198.51.100.0/24", AddressKind.Documentation, "a documentation address"),
        E("203.0.113.0/24", AddressKind.Documentation, "a documentation address"),
        E("224.0.0.0/4", AddressKind.Multicast, "a multicast address"),
        E("255.255.255.255/32", AddressKind.Broadcast, "the broadcast address"),
        E("240.0.0.0/4", AddressKind.Reserved, "a reserved address"),
    ];

    public static IReadOnlyList<Entry> V6 { get; } =
    [
        E("::/128", AddressKind.Unspecified, "the unspecified address"),
        E("::1/128", AddressKind.Loopback, "the loopback address"),
        E("::/96", AddressKind.Reserved, "an IPv4-compatible address (deprecated)"),
        E("64:ff9b:1::/48", AddressKind.Private, "a local-use NAT64 address"),
        E("100::/64", AddressKind.Reserved, "a discard-only address"),
        E("2001:2::/48", AddressKind.Benchmarking, "a benchmarking address"),
        E("2001:db8::/32", AddressKind.Documentation, "a documentation address"),
        E("2001::/23", AddressKind.Reserved, "an IETF protocol assignment (Teredo, ORCHID and others)"),
        E("3fff::/20", AddressKind.Documentation, "a documentation address"),
        E("fc00::/7", AddressKind.Private, "a unique local (private) address"),
        E("fe80::/10", AddressKind.LinkLocal, "a link-local address"),
        E("fec0::/10", AddressKind.Private, "a site-local address (deprecated)"),
        E("ff00::/8", AddressKind.Multicast, "a multicast address"),
    ];

    /// <summary>IPv6 global unicast; every other IPv6 block is reserved.</summary>
    public static AddressRange GlobalUnicast { get; } = AddressRange.Parse("2000::/3");

    /// <summary>Blocks whose addresses carry an IPv4 address that is what is really reached, with the byte it starts at.</summary>
    public static IReadOnlyList<(AddressRange Range, int Offset, string Name)> Embedding { get; } =
    [
        (AddressRange.Parse("::ffff:0:0/96"), 12, "IPv4-mapped"),
        (AddressRange.Parse("::ffff:0:0:0/96"), 12, "IPv4-translated"),
        (AddressRange.Parse("64:ff9b::/96"), 12, "NAT64"),
        (AddressRange.Parse("2002::/16"), 2, "6to4"),
    ];

    private static Entry E(string range, AddressKind kind, string name) => new(AddressRange.Parse(range), kind, name);
}
