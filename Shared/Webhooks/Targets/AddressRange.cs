using System.Net;
using System.Net.Sockets;

namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>A CIDR block (192.168.0.0/16, fc00::/7) that can say whether it holds an address of its own family.</summary>
public sealed class AddressRange
{
    private readonly byte[] _network;

    public AddressRange(IPAddress network, int prefixLength)
    {
        ArgumentNullException.ThrowIfNull(network);
        var bytes = network.GetAddressBytes();
        ArgumentOutOfRangeException.ThrowIfNegative(prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefixLength, bytes.Length * 8);
        _network = bytes;
        PrefixLength = prefixLength;
        Family = network.AddressFamily;
    }

    public AddressFamily Family { get; }

    public int PrefixLength { get; }

    /// <summary>Parses "a.b.c.d/n" or "x::y/n"; false for anything else, or for host bits set below the prefix.</summary>
    public static bool TryParse(string text, out AddressRange? range)
    {
        range = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(text.AsSpan(0, slash), out var address) || HasScope(address)) return false;
        if (!int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)) return false;
        if (length > address.GetAddressBytes().Length * 8) return false;
        var candidate = new AddressRange(address, length);
        if (!candidate.Contains(address) || !candidate.IsNetworkAddress(address)) return false;
        range = candidate;
        return true;
    }

    /// <summary>A range written as in the RFCs: "100.64.0.0/10".</summary>
    public static AddressRange Parse(string text) =>
        TryParse(text, out var range) ? range! : throw new FormatException($"'{text}' is not an address range like 10.0.0.0/8.");

    /// <summary>True when <paramref name="address"/> is of this range's family and its first PrefixLength bits match.</summary>
    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != Family) return false;
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        var whole = PrefixLength / 8;
        if (!bytes[..whole].SequenceEqual(_network.AsSpan(0, whole))) return false;
        var rest = PrefixLength % 8;
        if (rest == 0) return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (bytes[whole] & mask) == (_network[whole] & mask) && written == _network.Length;
    }

    public override string ToString() => $"{new IPAddress(_network)}/{PrefixLength}";

    /// <summary>A zone index (fe80::1%2) names an interface, not a range; only IPv6 addresses can carry one.</summary>
    internal static bool HasScope(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0;

    private bool IsNetworkAddress(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        for (var bit = PrefixLength; bit < bytes.Length * 8; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0) return false;
        }

        return true;
    }
}
