using System.Text.RegularExpressions;
using LaserGrains.Tests.Common;
using Xunit;

namespace LaserGrains.Tests.Unit.Deploy;

/// <summary>
/// deploy/compose.yaml, deploy/k8s/ and the Dockerfiles name only README's settings, give every process the ones it
/// needs with values the start-up rules accept, and agree with each other. A setting README gains must be placed in
/// the deployments or listed below as right by default: a new setting never goes unnoticed by them.
/// </summary>
public sealed partial class DeploySettingsTests
{
    /// <summary>README settings the deployments leave at their defaults, each on purpose.</summary>
    private static readonly string[] DefaultOnPurpose =
    [
        // Local scripts only: the deployments run their own PostgreSQL and build images instead.
        "LG_PG_DATA", "LG_PG_OS_USER", "LG_CONFIGURATION", "LG_RECEIVER_SECRET_FILE",
        // The shop's tables and limits: the built-in defaults until a shop sets its own (docs/DEPLOY.md, Settings).
        "LG_MATERIALS_FILE", "LG_CUT_SPEEDS_FILE", "LG_SHEET_WIDTH_MM", "LG_SHEET_HEIGHT_MM",
        "LG_MAX_UPLOAD_BYTES", "LG_MAX_REQUEST_BYTES", "LG_INGEST_WAIT_SECONDS", "LG_ZIP_MAX_ENTRIES", "LG_ZIP_MAX_TOTAL_BYTES", "LG_ZIP_MAX_RATIO",
        "LG_EXTRACTION_TIMEOUT_SECONDS", "LG_SEARCH_TEXT_MAX_CHARS", "LG_RECORD_MAX_PARTS", "LG_EVENT_MAX_BODY_BYTES",
        "LG_MAX_CONCURRENT_EXTRACTIONS", "LG_RATE_LIMIT_PER_MINUTE", "LG_RATE_LIMIT_ANONYMOUS_PER_MINUTE",
        "LG_BLOB_COLLECT_INTERVAL", "LG_BLOB_GRACE_PERIOD", "LG_FILE_SWEEP_PERIOD",
        // The receiver's and the webhook sender's tuning, the same on one machine as on many.
        "LG_RECEIVER_TOLERANCE_SECONDS", "LG_RECEIVER_MAX_BODY_BYTES",
        "WEBHOOK_ENABLED", "WEBHOOK_RETRY_ATTEMPTS", "WEBHOOK_RETRY_DELAY", "WEBHOOK_TIMEOUT",
        "LG_WEBHOOK_RETRY_SCHEDULE", "LG_WEBHOOK_JITTER", "LG_WEBHOOK_MAX_RETRY_AFTER", "LG_WEBHOOK_MAX_IN_FLIGHT",
        "LG_WEBHOOK_MEMORY_WINDOW", "LG_WEBHOOK_DISABLE_AFTER", "LG_WEBHOOK_REMINDER_PERIOD",
        // Trace export: off until the operator names a collector (docs/TELEMETRY.md); /metrics needs no setting.
        "LG_OTLP_ENDPOINT", "LG_OTLP_PROTOCOL",
    ];

    [Fact]
    public void EverySettingTheDeploymentsName_IsInReadmesTable()
    {
        var readme = ReadmeSettings();
        var unknown = DeployFiles.NamedSettings().Where(n => !readme.Contains(n.Key)).Select(n => $"{n.Key} ({n.Value})").ToList();

        Assert.True(unknown.Count == 0, "not in README's settings table: " + string.Join(", ", unknown));
    }

    [Fact]
    public void EveryReadmeSetting_IsPlacedInTheDeploymentsOrLeftToItsDefaultOnPurpose()
    {
        var named = DeployFiles.NamedSettings();
        var readme = ReadmeSettings();
        var unplaced = readme.Where(v => !named.ContainsKey(v) && !DefaultOnPurpose.Contains(v)).Order().ToList();

        Assert.True(unplaced.Count == 0, "README's settings that deploy/compose.yaml and deploy/k8s neither set nor leave to their default "
            + "on purpose (DeploySettingsTests.DefaultOnPurpose): " + string.Join(", ", unplaced));
        Assert.DoesNotContain(DefaultOnPurpose, v => !readme.Contains(v) || named.ContainsKey(v));
    }

    private static HashSet<string> ReadmeSettings()
    {
        var readme = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "README.md"));
        return [.. TableRow().Matches(readme).SelectMany(m => SettingName().Matches(m.Groups[1].Value)).Select(m => m.Value)];
    }

    [GeneratedRegex(@"^\| (`[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\b(?:LG|WEBHOOK)_[A-Z0-9_]*[A-Z0-9]\b")]
    private static partial Regex SettingName();
}
