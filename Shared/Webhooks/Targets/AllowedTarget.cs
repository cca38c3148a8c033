using System.Globalization;
using System.Net;

namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>
/// One entry of LG_WEBHOOK_ALLOWED_TARGETS: a host name, an address or a CIDR range, each with an optional port
/// ("receiver.internal:8443", "127.0.0.1:5080", "[::1]:5080", "10.20.0.0/16", "fd00::/8:443"). No port = every port.
/// </summary>
public sealed record AllowedTarget(string? HostName, AddressRange? Range, int? Port)
{
    /// <summary>True for <paramref name="host"/> (a name, compared case-insensitively) on <paramref name="port"/>.</summary>
    public bool AllowsName(string host, int port) =>
        HostName is not null && string.Equals(HostName, host.TrimEnd('.'), StringComparison.OrdinalIgnoreCase) && PortMatches(port);

    /// <summary>True for <paramref name="address"/> on <paramref name="port"/>; an IPv4-mapped address counts as its IPv4 address.</summary>
    public bool AllowsAddress(IPAddress address, int port)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (Range is null || !PortMatches(port)) return false;
        return Range.Contains(address) || (address.IsIPv4MappedToIPv6 && Range.Contains(address.MapToIPv4()));
    }

    public static bool TryParse(string text, out AllowedTarget? target)
    {
        target = null;
        text = text.Trim();
        if (text.Length == 0) return false;
        var (host, portText) = Split(text);
        int? port = null;
        if (portText is not null)
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535) return false;
            port = p;
        }

        if (host.Contains('/', StringComparison.Ordinal))
        {
            if (!AddressRange.TryParse(host, out var range)) return false;
            target = new AllowedTarget(null, range, port);
        }
        else if (IPAddress.TryParse(host, out var address) && !AddressRange.HasScope(address))
        {
            target = new AllowedTarget(null, new AddressRange(address, address.GetAddressBytes().Length * 8), port);
        }
        else if (Uri.CheckHostName(host) == UriHostNameType.Dns)
        {
            target = new AllowedTarget(host.TrimEnd('.').ToLowerInvariant(), null, port);
        }

        return target is not null;
    }

    public override string ToString() => (HostName ?? Range!.ToString()) + (Port is { } p ? ":" + p.ToString(CultureInfo.InvariantCulture) : "");

    private bool PortMatches(int port) => Port is null || Port == port;

    /// <summary>Host and port text: "[v6]:port", "v6" and "v6/len" have colons of their own, so only those forms are read for v6.</summary>
    private static (string Host, string? Port) Split(string text)
    {
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) return (text, null);
            var rest = text[(close + 1)..];
            return (text[1..close], rest.StartsWith(':') ? rest[1..] : rest.Length == 0 ? null : "bad");
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            var colon = text.IndexOf(':', slash);
            return colon < 0 ? (text, null) : (text[..colon], text[(colon + 1)..]);
        }

        var colons = text.Count(c => c == ':');
        if (colons == 1)
        {
            var at = text.IndexOf(':', StringComparison.Ordinal);
            return (text[..at], text[(at + 1)..]);
        }

        return (text, null);
    }
}
