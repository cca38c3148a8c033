using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Grains.Webhooks;

/// <summary>Webhook delivery settings (section "Webhooks"); docs/WEBHOOKS.md lists each with its variable.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Delays before each attempt, e.g. "0s,5s,5m,30m,2h,5h,10h,10h" (Svix's schedule): 8 attempts.</summary>
    public string RetrySchedule { get; set; } = "0s,5s,5m,30m,2h,5h,10h,10h";

    /// <summary>The seed's WEBHOOK_RETRY_ATTEMPTS: when set, replaces the schedule by one try plus this many retries.</summary>
    [Range(0, 100)]
    public int? RetryAttempts { get; set; }

    /// <summary>The seed's WEBHOOK_RETRY_DELAY in seconds, used with RetryAttempts (default 5).</summary>
    [Range(0, 86_400)]
    public double? RetryDelaySeconds { get; set; }

    /// <summary>Random spread of every delay, as a fraction (0.2 = ±20 %).</summary>
    [Range(0, 1)]
    public double Jitter { get; set; } = 0.2;

    /// <summary>Upper bound of a Retry-After that is honoured on 429/503.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Per-request timeout (WEBHOOK_TIMEOUT, seconds).</summary>
    [Range(0.1, 600)]
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Requests in flight at once per subscription.</summary>
    [Range(1, 1024)]
    public int MaxInFlight { get; set; } = 64;

    /// <summary>Deliveries a dispatcher keeps in memory; more wait in lg_webhook_deliveries and are paged in.</summary>
    [Range(16, 1_000_000)]
    public int MemoryWindow { get; set; } = 10_000;

    /// <summary>A subscription failing with no success for this long is disabled.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(5);

    /// <summary>Period of the backstop reminder while deliveries are pending (≥ the silo's minimum reminder period).</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>WEBHOOK_URL: when set, a subscription "sub_default" for every event is created or updated at start-up.</summary>
    public string? DefaultUrl { get; set; }

    /// <summary>WEBHOOK_SECRET: the default subscription's secret; generated and stored when absent.</summary>
    public string? DefaultSecret { get; set; }

    /// <summary>WEBHOOK_ENABLED: false disables the default subscription.</summary>
    public bool DefaultEnabled { get; set; } = true;

    /// <summary>LG_WEBHOOK_DEFAULT_MAX_BATCH: the default subscription's max_batch (absent: one event a request).</summary>
    [Range(1, 100)]
    public int? DefaultMaxBatch { get; set; }
}
