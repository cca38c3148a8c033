using System.Net;
using System.Net.Sockets;

namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>Pure classification of an IP address against the special-purpose registries (no I/O).</summary>
public static class AddressClassifier
{
    public static AddressClass Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork) return Match(address, SpecialRanges.V4, address.ToString());
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return new AddressClass(AddressKind.Reserved, $"{address} is not an IP address");
        }

        // An address that carries an IPv4 address reaches that IPv4 address: judge it by what it carries.
        var bytes = address.GetAddressBytes();
        foreach (var (range, offset, name) in SpecialRanges.Embedding)
        {
            if (!range.Contains(address)) continue;
            var inner = new IPAddress(bytes.AsSpan(offset, 4));
            var innerClass = Match(inner, SpecialRanges.V4, inner.ToString());
            return innerClass with { Why = $"{address} is {name}: {innerClass.Why}" };
        }

        var text = address.ToString();
        var special = Match(address, SpecialRanges.V6, text);
        if (!special.IsPublic) return special;
        return SpecialRanges.GlobalUnicast.Contains(address)
            ? special
            : new AddressClass(AddressKind.Reserved, $"{text} is a reserved address (outside the global unicast block {SpecialRanges.GlobalUnicast})");
    }

    private static AddressClass Match(IPAddress address, IReadOnlyList<SpecialRanges.Entry> table, string text)
    {
        foreach (var entry in table)
        {
            if (entry.Range.Contains(address)) return new AddressClass(entry.Kind, $"{text} is {entry.Name} ({entry.Range})");
        }

        return new AddressClass(AddressKind.Public, $"{text} is a public address");
    }
}
