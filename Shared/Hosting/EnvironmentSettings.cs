namespace LaserGrains.Shared.Hosting;

/// <summary>Maps the short LG_* environment variables documented in README onto configuration keys.</summary>
public static class EnvironmentSettings
{
    /// <summary>Environment variable → configuration key; README's settings table lists the same pairs.</summary>
    public static IReadOnlyDictionary<string, string> Map { get; } = new Dictionary<string, string>
    {
        ["LG_DB"] = "Database:ConnectionString",
        ["LG_CLUSTER_ID"] = "Cluster:ClusterId",
        ["LG_SERVICE_ID"] = "Cluster:ServiceId",
        ["LG_SILO_PORT"] = "Cluster:SiloPort",
        ["LG_SILO_GATEWAY_PORT"] = "Cluster:GatewayPort",
        ["LG_SILO_ADDRESS"] = "Cluster:AdvertisedAddress",
        ["LG_SILO_HTTP_URL"] = "Silo:HttpUrl",
        ["LG_STORAGE_ROOT"] = "Storage:Root",
        ["LG_BLOB_STORE"] = "Storage:Kind",
        ["LG_GATEWAY_URL"] = "Gateway:Url",
        ["LG_MAX_UPLOAD_BYTES"] = "Gateway:MaxUploadBytes",
        ["LG_INGEST_WAIT_SECONDS"] = "Gateway:IngestWaitSeconds",
        ["LG_MAX_REQUEST_BYTES"] = "Gateway:MaxRequestBytes",
        ["LG_RATE_LIMIT_PER_MINUTE"] = "RateLimits:PerMinute",
        ["LG_RATE_LIMIT_ANONYMOUS_PER_MINUTE"] = "RateLimits:AnonymousPerMinute",
        ["LG_ZIP_MAX_ENTRIES"] = "Gateway:Archives:MaxEntries",
        ["LG_ZIP_MAX_TOTAL_BYTES"] = "Gateway:Archives:MaxTotalBytes",
        ["LG_ZIP_MAX_RATIO"] = "Gateway:Archives:MaxRatio",
        ["LG_SHEET_WIDTH_MM"] = "Files:SheetWidthMm",
        ["LG_SHEET_HEIGHT_MM"] = "Files:SheetHeightMm",
        ["LG_EXTRACTION_TIMEOUT_SECONDS"] = "Files:ExtractionTimeoutSeconds",
        ["LG_SEARCH_TEXT_MAX_CHARS"] = "Files:MaxSearchTextChars",
        ["LG_RECORD_MAX_PARTS"] = "Files:MaxRecordParts",
        ["LG_EVENT_MAX_BODY_BYTES"] = "Files:MaxEventBodyBytes",
        ["LG_MATERIALS_FILE"] = "Files:MaterialsFile",
        ["LG_CUT_SPEEDS_FILE"] = "Files:CutSpeedsFile",
        ["LG_MAX_CONCURRENT_EXTRACTIONS"] = "Files:MaxConcurrentExtractions",
        ["LG_BLOB_COLLECT_INTERVAL"] = "Files:BlobCollectInterval",
        ["LG_FILE_SWEEP_PERIOD"] = "Files:SweepPeriod",
        ["LG_BLOB_GRACE_PERIOD"] = "Files:BlobGracePeriod",
        ["LG_OTLP_ENDPOINT"] = "Telemetry:OtlpEndpoint",
        ["LG_OTLP_PROTOCOL"] = "Telemetry:OtlpProtocol",
        ["LG_LOG_FORMAT"] = "Telemetry:LogFormat",
        ["LG_RECEIVER_SECRETS"] = "LaserOs:Secrets",
        ["LG_RECEIVER_TOLERANCE_SECONDS"] = "LaserOs:TimestampToleranceSeconds",
        ["LG_RECEIVER_MAX_BODY_BYTES"] = "LaserOs:MaxBodyBytes",
        // Webhooks: the seed's WEBHOOK_* names, then LaserGrains' own (docs/WEBHOOKS.md).
        ["WEBHOOK_ENABLED"] = "Webhooks:DefaultEnabled",
        ["WEBHOOK_URL"] = "Webhooks:DefaultUrl",
        ["WEBHOOK_SECRET"] = "Webhooks:DefaultSecret",
        ["WEBHOOK_RETRY_ATTEMPTS"] = "Webhooks:RetryAttempts",
        ["WEBHOOK_RETRY_DELAY"] = "Webhooks:RetryDelaySeconds",
        ["WEBHOOK_TIMEOUT"] = "Webhooks:TimeoutSeconds",
        ["LG_WEBHOOK_RETRY_SCHEDULE"] = "Webhooks:RetrySchedule",
        ["LG_WEBHOOK_JITTER"] = "Webhooks:Jitter",
        ["LG_WEBHOOK_MAX_RETRY_AFTER"] = "Webhooks:MaxRetryAfter",
        ["LG_WEBHOOK_MAX_IN_FLIGHT"] = "Webhooks:MaxInFlight",
        ["LG_WEBHOOK_MEMORY_WINDOW"] = "Webhooks:MemoryWindow",
        ["LG_WEBHOOK_DISABLE_AFTER"] = "Webhooks:DisableAfter",
        ["LG_WEBHOOK_REMINDER_PERIOD"] = "Webhooks:ReminderPeriod",
        ["LG_WEBHOOK_ALLOWED_TARGETS"] = "Webhooks:AllowedTargets",
        ["LG_WEBHOOK_DEFAULT_MAX_BATCH"] = "Webhooks:DefaultMaxBatch",
    };

    /// <summary>The configuration values set through LG_* variables in <paramref name="environment"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> From(System.Collections.IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var (variable, key) in Map)
        {
            if (environment[variable] is string value && value.Length > 0)
            {
                yield return new KeyValuePair<string, string?>(key, value);
            }
        }
    }
}
