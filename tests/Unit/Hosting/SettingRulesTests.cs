using System.Collections;
using System.Text.RegularExpressions;
using LaserGrains.Grains.Hosting;
using LaserGrains.Shared.Hosting;
using Xunit;

namespace LaserGrains.Tests.Unit.Hosting;

/// <summary>Every setting the silo and gateway read has a rule that takes its good values and refuses bad ones with a sentence.</summary>
public sealed partial class SettingRulesTests
{
    /// <summary>Settings only the deploy scripts read; the processes never see them.</summary>
    private static readonly string[] ScriptOnly = ["LG_PG_PORT", "LG_PG_HOST", "LG_PG_DATA", "LG_PG_USER", "LG_PG_PASSWORD", "LG_PG_OS_USER", "LG_DB_NAME", "LG_CONFIGURATION", "LG_RECEIVER_SECRET_FILE"];

    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "LG_DB", "Host=127.0.0.1;Port=55432;Database=x", "Host=a;Nonsense" },
        { "LG_CLUSTER_ID", "cluster-a", " " },
        { "LG_SERVICE_ID", "svc", new string('x', 151) },
        { "LG_SILO_PORT", "11111", "abc" },
        { "LG_SILO_GATEWAY_PORT", "30000", "70000" },
        { "LG_SILO_ADDRESS", "127.0.0.1", "localhost:1" },
        { "LG_SILO_HTTP_URL", "http://127.0.0.1:5081", "127.0.0.1:5081" },
        { "LG_STORAGE_ROOT", ".data/files", "\0" },
        { "LG_BLOB_STORE", "postgres", "s3" },
        { "LG_GATEWAY_URL", "http://127.0.0.1:5080", "ftp://x" },
        { "LG_MAX_UPLOAD_BYTES", "1024", "0" },
        { "LG_INGEST_WAIT_SECONDS", "0", "-1" },
        { "LG_MAX_REQUEST_BYTES", "1073741824", "1GB" },
        { "LG_RATE_LIMIT_PER_MINUTE", "1200", "0" },
        { "LG_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "300", "ten" },
        { "LG_ZIP_MAX_ENTRIES", "1000", "0" },
        { "LG_ZIP_MAX_TOTAL_BYTES", "2147483648", "lots" },
        { "LG_ZIP_MAX_RATIO", "100", "1" },
        { "LG_SHEET_WIDTH_MM", "3000.5", "0" },
        { "LG_SHEET_HEIGHT_MM", "1500", "NaN" },
        { "LG_EXTRACTION_TIMEOUT_SECONDS", "60", "0" },
        { "LG_SEARCH_TEXT_MAX_CHARS", "32000", "-5" },
        { "LG_RECORD_MAX_PARTS", "100", "10001" },
        { "LG_EVENT_MAX_BODY_BYTES", "1048576", "100" },
        { "LG_MATERIALS_FILE", MaterialsFile(), "/nonexistent/materials.json" },
        { "LG_CUT_SPEEDS_FILE", SpeedsFile(), MaterialsFile() + ".missing" },
        { "LG_MAX_CONCURRENT_EXTRACTIONS", "4", "0" },
        { "LG_BLOB_COLLECT_INTERVAL", "00:30:00", "00:00:00" },
        { "LG_FILE_SWEEP_PERIOD", "00:01:00", "2.00:00:00" },
        { "LG_BLOB_GRACE_PERIOD", "01:00:00", "soon" },
        { "LG_OTLP_ENDPOINT", "http://127.0.0.1:4317", "127.0.0.1:4317" },
        { "LG_OTLP_PROTOCOL", "http", "grpc+http" },
        { "LG_LOG_FORMAT", "json", "JSON" },
        { "LG_RECEIVER_SECRETS", Secret + "," + Secret, "secret1" },
        { "LG_RECEIVER_TOLERANCE_SECONDS", "300", "0" },
        { "LG_RECEIVER_MAX_BODY_BYTES", "1048576", "x" },
        { "WEBHOOK_ENABLED", "false", "yes" },
        { "WEBHOOK_URL", "http://127.0.0.1:5080/webhooks/module-n/event", "not a url" },
        { "WEBHOOK_SECRET", Secret, "plain-text" },
        { "WEBHOOK_RETRY_ATTEMPTS", "3", "101" },
        { "WEBHOOK_RETRY_DELAY", "5", "-1" },
        { "WEBHOOK_TIMEOUT", "30", "0" },
        { "LG_WEBHOOK_RETRY_SCHEDULE", "0s,5s,5m", "soon" },
        { "LG_WEBHOOK_JITTER", "0.2", "2" },
        { "LG_WEBHOOK_MAX_RETRY_AFTER", "01:00:00", "an hour" },
        { "LG_WEBHOOK_MAX_IN_FLIGHT", "64", "0" },
        { "LG_WEBHOOK_DEFAULT_MAX_BATCH", "32", "101" },
        { "LG_WEBHOOK_MEMORY_WINDOW", "10000", "15" },
        { "LG_WEBHOOK_DISABLE_AFTER", "5.00:00:00", "-00:01:00" },
        { "LG_WEBHOOK_REMINDER_PERIOD", "00:00:05", "00:00:00" },
        { "LG_WEBHOOK_ALLOWED_TARGETS", "127.0.0.1:5080,[::1]:5080,10.0.0.0/8:443,hooks.internal", "127.0.0.1:http" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_GoodValue_Passes_BadValue_IsNamedInOneLine(string variable, string good, string bad)
    {
        Assert.Null(SettingRules.FirstProblem(new Hashtable { [variable] = good }, GrainSettingRules.Stricter));

        var problem = SettingRules.FirstProblem(new Hashtable { [variable] = bad }, GrainSettingRules.Stricter);

        Assert.NotNull(problem);
        Assert.StartsWith($"invalid setting {variable}: it ", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public void Cases_CoverEveryRule_AndEveryRuleIsAMappedVariable()
    {
        var covered = Cases().Select(c => (string)c[0]).ToHashSet();
        Assert.Equal(SettingRules.ByVariable.Keys.Order(), covered.Order());
        Assert.Equal(EnvironmentSettings.Map.Keys.Order(), SettingRules.ByVariable.Keys.Order());
    }

    [Fact]
    public void ReadmeSettingsTable_EveryProcessSettingHasARule()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        var variables = TableVariable().Matches(readme).SelectMany(m => VariableName().Matches(m.Groups[1].Value)).Select(m => m.Value).ToHashSet();

        Assert.Contains("LG_DB", variables);
        foreach (var variable in variables.Except(ScriptOnly)) Assert.True(SettingRules.ByVariable.ContainsKey(variable), $"{variable} has no rule");
        foreach (var variable in SettingRules.ByVariable.Keys) Assert.True(variables.Contains(variable), $"{variable} is missing from README's table");
    }

    [Theory]
    [InlineData("LG_MATERIALS_FILE")]
    [InlineData("LG_CUT_SPEEDS_FILE")]
    public void SiloRules_FileThatDoesNotParse_IsRefused(string variable)
    {
        var broken = WriteTemp(variable + ".json", "{ not json");

        Assert.Null(SettingRules.FirstProblem(new Hashtable { [variable] = broken }));
        Assert.Contains("cannot be used", SettingRules.FirstProblem(new Hashtable { [variable] = broken }, GrainSettingRules.Stricter), StringComparison.Ordinal);
    }

    [Fact]
    public void FirstProblem_UnsetOrEmptyVariables_AreDefaults()
    {
        Assert.Null(SettingRules.FirstProblem(new Hashtable { ["LG_SILO_PORT"] = "", ["UNRELATED"] = "x" }));
    }

    private static string MaterialsFile() => WriteTemp("materials.json", """{ "materials": [] }""");

    private static string SpeedsFile() => WriteTemp("speeds.json", """{ "speeds": [] }""");

    private static string WriteTemp(string name, string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "lg-settings-" + name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LaserGrains.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("LaserGrains.sln not found");
    }

    [GeneratedRegex(@"^\| (`[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex TableVariable();

    [GeneratedRegex(@"\b(?:LG|WEBHOOK)_[A-Z_]+\b")]
    private static partial Regex VariableName();
}
