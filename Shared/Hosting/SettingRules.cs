using LaserGrains.Shared.Webhooks;
using LaserGrains.Shared.Webhooks.Targets;
using Npgsql;
using R = LaserGrains.Shared.Hosting.SettingChecks;

namespace LaserGrains.Shared.Hosting;

/// <summary>
/// One rule per environment variable of <see cref="EnvironmentSettings.Map"/>; the ranges are those of the options
/// classes. The silo adds stricter rules for what only its code can parse (material and speed tables, retry schedule).
/// </summary>
public static class SettingRules
{
    private const long MaxBytes = long.MaxValue;

    public static IReadOnlyDictionary<string, SettingRule> ByVariable { get; } = new Dictionary<string, SettingRule>
    {
        ["LG_DB"] = v => R.Parses(c => _ = new NpgsqlConnectionStringBuilder(c))(v) is null ? null : "is a malformed connection string (e.g. Host=127.0.0.1;Port=55432;Database=lasergrains;Username=…;Password=…)",
        ["LG_CLUSTER_ID"] = R.Text(150),
        ["LG_SERVICE_ID"] = R.Text(150),
        ["LG_SILO_PORT"] = R.Whole(1, 65535),
        ["LG_SILO_GATEWAY_PORT"] = R.Whole(1, 65535),
        ["LG_SILO_ADDRESS"] = R.IpAddress,
        ["LG_SILO_HTTP_URL"] = R.HttpUrl,
        ["LG_STORAGE_ROOT"] = R.FolderPath,
        ["LG_BLOB_STORE"] = v => v is "auto" or "filesystem" or "postgres" ? null : "must be auto, filesystem or postgres",
        ["LG_GATEWAY_URL"] = R.HttpUrl,
        ["LG_MAX_UPLOAD_BYTES"] = R.Whole(1, MaxBytes),
        ["LG_INGEST_WAIT_SECONDS"] = R.Whole(0, 3600),
        ["LG_MAX_REQUEST_BYTES"] = R.Whole(1, MaxBytes),
        ["LG_RATE_LIMIT_PER_MINUTE"] = R.Whole(1, 1_000_000),
        ["LG_RATE_LIMIT_ANONYMOUS_PER_MINUTE"] = R.Whole(1, 1_000_000),
        ["LG_ZIP_MAX_ENTRIES"] = R.Whole(1, 100_000),
        ["LG_ZIP_MAX_TOTAL_BYTES"] = R.Whole(1, MaxBytes),
        ["LG_ZIP_MAX_RATIO"] = R.Whole(2, 100_000),
        ["LG_SHEET_WIDTH_MM"] = R.Number(1, 100_000),
        ["LG_SHEET_HEIGHT_MM"] = R.Number(1, 100_000),
        ["LG_EXTRACTION_TIMEOUT_SECONDS"] = R.Whole(1, 3600),
        ["LG_SEARCH_TEXT_MAX_CHARS"] = R.Whole(0, 10_000_000),
        ["LG_RECORD_MAX_PARTS"] = R.Whole(0, 10_000),
        ["LG_EVENT_MAX_BODY_BYTES"] = R.Whole(16 * 1024, 64L * 1024 * 1024),
        ["LG_MATERIALS_FILE"] = R.LoadableFile(_ => { }),
        ["LG_CUT_SPEEDS_FILE"] = R.LoadableFile(_ => { }),
        ["LG_MAX_CONCURRENT_EXTRACTIONS"] = R.Whole(1, 1024),
        ["LG_BLOB_COLLECT_INTERVAL"] = R.Duration(TimeSpan.FromSeconds(1), TimeSpan.FromDays(7)),
        ["LG_FILE_SWEEP_PERIOD"] = R.Duration(TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)),
        ["LG_BLOB_GRACE_PERIOD"] = R.Duration(TimeSpan.FromSeconds(1), TimeSpan.FromDays(365)),
        ["LG_OTLP_ENDPOINT"] = R.HttpUrl,
        ["LG_OTLP_PROTOCOL"] = R.OneOf("grpc", "http"),
        ["LG_LOG_FORMAT"] = R.OneOf("text", "json"),
        ["LG_RECEIVER_SECRETS"] = Secrets,
        ["LG_RECEIVER_TOLERANCE_SECONDS"] = R.Whole(1, 86_400),
        ["LG_RECEIVER_MAX_BODY_BYTES"] = R.Whole(1, 64L * 1024 * 1024),
        ["WEBHOOK_ENABLED"] = R.Boolean,
        ["WEBHOOK_URL"] = R.HttpUrl,
        ["WEBHOOK_SECRET"] = v => WebhookSecret.TryParse(v, out _, out var problem) ? null : $"is not usable: {problem}",
        ["WEBHOOK_RETRY_ATTEMPTS"] = R.Whole(0, 100),
        ["WEBHOOK_RETRY_DELAY"] = R.Number(0, 86_400),
        ["WEBHOOK_TIMEOUT"] = R.Number(0.1, 600),
        ["LG_WEBHOOK_RETRY_SCHEDULE"] = R.Text(1000),
        ["LG_WEBHOOK_JITTER"] = R.Number(0, 1),
        ["LG_WEBHOOK_MAX_RETRY_AFTER"] = R.Duration(TimeSpan.Zero, TimeSpan.FromDays(7)),
        ["LG_WEBHOOK_MAX_IN_FLIGHT"] = R.Whole(1, 1024),
        ["LG_WEBHOOK_DEFAULT_MAX_BATCH"] = R.Whole(1, SubscriptionRules.MaxBatchLimit),
        ["LG_WEBHOOK_MEMORY_WINDOW"] = R.Whole(16, 1_000_000),
        ["LG_WEBHOOK_DISABLE_AFTER"] = R.Duration(TimeSpan.FromMinutes(1), TimeSpan.FromDays(365)),
        ["LG_WEBHOOK_REMINDER_PERIOD"] = R.Duration(TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)),
        ["LG_WEBHOOK_ALLOWED_TARGETS"] = v => TargetAllowList.Unreadable(v) is { Count: > 0 } bad
            ? $"has entries that are not host[:port], address[:port] ([v6]:port) or CIDR[:port]: {string.Join(", ", bad)}"
            : null,
    };

    /// <summary>Comma-separated whsec_ secrets; the problem names the entry and never echoes a secret.</summary>
    private static string? Secrets(string value)
    {
        var entries = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < entries.Length; i++)
        {
            if (!WebhookSecret.TryParse(entries[i], out _, out var problem)) return $"has an unusable entry {i + 1}: {problem}";
        }

        return null;
    }

    /// <summary>The first problem among the set variables, as one line naming the variable; null when all are usable.</summary>
    public static string? FirstProblem(System.Collections.IDictionary environment, IReadOnlyDictionary<string, SettingRule>? stricter = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var (variable, basic) in ByVariable)
        {
            var rule = stricter?.GetValueOrDefault(variable) ?? basic;
            if (environment[variable] is string { Length: > 0 } value && rule(value) is { } problem)
            {
                return $"invalid setting {variable}: it {problem} (see README, Settings).";
            }
        }

        return null;
    }
}
