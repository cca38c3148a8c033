using System.Net;

namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>The parsed LG_WEBHOOK_ALLOWED_TARGETS, and the rule built on it: public addresses, or what an entry allows.</summary>
public sealed class TargetAllowList
{
    public const string Variable = "LG_WEBHOOK_ALLOWED_TARGETS";

    private TargetAllowList(IReadOnlyList<AllowedTarget> entries) => Entries = entries;

    public static TargetAllowList Empty { get; } = new([]);

    public IReadOnlyList<AllowedTarget> Entries { get; }

    /// <summary>The comma-separated entries of <paramref name="text"/> that do not parse, quoted.</summary>
    public static IReadOnlyList<string> Unreadable(string? text)
    {
        _ = Problem(text, out _, out var bad);
        return bad;
    }

    /// <summary>Null when every comma-separated entry parses; otherwise a sentence naming the bad ones.</summary>
    public static string? Problem(string? text, out TargetAllowList list) => Problem(text, out list, out _);

    private static string? Problem(string? text, out TargetAllowList list, out List<string> bad)
    {
        list = Empty;
        var entries = new List<AllowedTarget>();
        bad = [];
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (AllowedTarget.TryParse(part, out var entry)) entries.Add(entry!);
            else bad.Add($"'{part}'");
        }

        if (bad.Count > 0)
        {
            return $"{Variable}: {string.Join(", ", bad)} not understood; write host[:port], address[:port] ([v6]:port) or CIDR[:port], comma-separated.";
        }

        list = new TargetAllowList(entries);
        return null;
    }

    public static TargetAllowList Parse(string? text) =>
        Problem(text, out var list) is { } problem ? throw new FormatException(problem) : list;

    public bool AllowsName(string host, int port) => Entries.Any(e => e.AllowsName(host, port));

    /// <summary>Null when a webhook may connect to <paramref name="address"/> on <paramref name="port"/>; otherwise why not.</summary>
    public string? Refusal(IPAddress address, int port)
    {
        ArgumentNullException.ThrowIfNull(address);
        var kind = AddressClassifier.Classify(address);
        if (kind.IsPublic || Entries.Any(e => e.AllowsAddress(address, port))) return null;
        return $"{kind.Why}, which {Variable} does not allow on port {port}";
    }
}
