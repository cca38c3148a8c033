using System.Globalization;

namespace LaserGrains.LoadGen.Options;

/// <summary>Turns the command line (and the local run's environment for defaults) into <see cref="LoadOptions"/>.</summary>
public static class ArgParser
{
    public const string Usage =
        """
        usage: LaserGrains.LoadGen [--url URL[,URL…]] [--key KEY | --key-file PATH] [--file circle|panel|PATH]
                                   [--connections N | --rate PER_SECOND] [--wait | --no-wait] [--duration 30s] [--warmup 5s]
                                   [--settle-timeout 60s] [--poll 25ms] [--stats-wait 11s] [--db CONNECTION_STRING]
                                   [--cluster-id ID] [--project CODE] [--max-in-flight N] [--no-laser-os] [--json FILE]
               LaserGrains.LoadGen receive --port N --log FILE --control-file PATH   (the fault suite's webhook target)
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args, Func<string, string?> env, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(env);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var wait = true;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--wait") wait = true;
            else if (a == "--no-wait") wait = false;
            else if (a.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count) values[a[2..]] = args[++i];
            else throw new FormatException($"unexpected argument '{a}'");
        }

        string? Get(string name) => values.Remove(name, out var v) ? v : null;
        var urls = Get("url") ?? env("LG_GATEWAY_URL") ?? "http://127.0.0.1:5080";
        var key = Get("key") ?? ReadKey(Get("key-file") ?? Path.Combine(repoRoot, ".data", "admin-key"));
        var options = new LoadOptions
        {
            Gateways = [.. urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u))],
            ApiKey = key,
            File = Get("file") ?? "circle",
            Connections = Get("connections") is { } c ? Positive(c, "connections") : 8,
            Rate = Get("rate") is { } r ? PositiveDouble(r, "rate") : null,
            Wait = wait,
            Duration = Get("duration") is { } d ? DurationText.Parse(d) : TimeSpan.FromSeconds(30),
            Warmup = Get("warmup") is { } w ? DurationText.Parse(w) : TimeSpan.FromSeconds(5),
            SettleTimeout = Get("settle-timeout") is { } s ? DurationText.Parse(s) : TimeSpan.FromSeconds(60),
            PollInterval = Get("poll") is { } p ? DurationText.Parse(p) : TimeSpan.FromMilliseconds(25),
            StatsWait = Get("stats-wait") is { } sw ? DurationText.Parse(sw) : TimeSpan.FromSeconds(11),
            Database = Get("db") ?? env("LG_DB") ?? LocalDatabase(env),
            ClusterId = Get("cluster-id") ?? env("LG_CLUSTER_ID") ?? "lasergrains-local",
            ProjectCode = Get("project"),
            MaxInFlight = Get("max-in-flight") is { } m ? Positive(m, "max-in-flight") : 4096,
            JsonPath = Get("json"),
        };
        if (values.Count > 0) throw new FormatException($"unknown option --{values.Keys.First()}");
        if (options.Duration <= TimeSpan.Zero) throw new FormatException("--duration must be longer than 0");
        return options;
    }

    // The same connection string deploy/env.sh builds for the local run.
    private static string LocalDatabase(Func<string, string?> env) =>
        $"Host=127.0.0.1;Port={env("LG_PG_PORT") ?? "55432"};Database={env("LG_DB_NAME") ?? "lasergrains"};" +
        $"Username={env("LG_PG_USER") ?? "lasergrains"};Password={env("LG_PG_PASSWORD") ?? "lasergrains"}";

    private static string ReadKey(string path) =>
        System.IO.File.Exists(path) ? System.IO.File.ReadAllText(path).Trim()
            : throw new FormatException($"no API key: {path} does not exist (give --key or --key-file; the rate limiter needs a key)");

    private static int Positive(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"--{name} must be a whole number above 0");

    private static double PositiveDouble(string text, string name) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && !double.IsInfinity(n)
            ? n : throw new FormatException($"--{name} must be a number above 0");
}
