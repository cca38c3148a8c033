namespace LaserGrains.LoadGen.Options;

/// <summary>What one run does: where it sends, what, how hard, for how long, and where it measures.</summary>
public sealed record LoadOptions
{
    public required IReadOnlyList<Uri> Gateways { get; init; }
    public required string ApiKey { get; init; }
    public string File { get; init; } = "circle";
    /// <summary>Closed loop: this many uploads in flight at all times (ignored when <see cref="Rate"/> is set).</summary>
    public int Connections { get; init; } = 8;
    /// <summary>Open loop: uploads started per second, on schedule, however slow the answers.</summary>
    public double? Rate { get; init; }
    public bool Wait { get; init; } = true;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(25);
    /// <summary>How long to wait before the last pg_stat_database read: idle backends flush their counters within 10 s.</summary>
    public TimeSpan StatsWait { get; init; } = TimeSpan.FromSeconds(11);
    public required string Database { get; init; }
    public required string ClusterId { get; init; }
    public string? ProjectCode { get; init; }
    public string? JsonPath { get; init; }
    public int MaxInFlight { get; init; } = 4096;

    public string Mode => Rate is { } r ? $"rate {r:0.#}/s" : $"{Connections} connections";
}
