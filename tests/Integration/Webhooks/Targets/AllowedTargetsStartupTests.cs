using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Webhooks.Targets;

/// <summary>A malformed LG_WEBHOOK_ALLOWED_TARGETS stops the silo and the gateway at start-up, naming the entry.</summary>
public sealed class AllowedTargetsStartupTests
{
    [Theory]
    [InlineData("Silo")]
    [InlineData("Gateway")]
    public async Task A_malformed_entry_stops_the_host_and_is_named(string project)
    {
        await using var db = await TestDatabase.CreateAsync();
        var storage = Path.Combine(Path.GetTempPath(), "lg-test-" + db.Name);
        await using var host = HostProcess.Start(project, new Dictionary<string, string>
        {
            ["LG_DB"] = db.ConnectionString,
            ["LG_GATEWAY_URL"] = $"http://127.0.0.1:{FreePorts.Next()}",
            ["LG_SILO_HTTP_URL"] = $"http://127.0.0.1:{FreePorts.Next()}",
            ["LG_SILO_PORT"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LG_SILO_GATEWAY_PORT"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LG_STORAGE_ROOT"] = storage,
            ["LG_WEBHOOK_ALLOWED_TARGETS"] = "127.0.0.1:5080, 10.0.0.1/8",
        });

        var code = await host.WaitForExitAsync(TimeSpan.FromSeconds(90));
        if (Directory.Exists(storage)) Directory.Delete(storage, recursive: true);

        Assert.Equal(2, code);
        Assert.Contains("LG_WEBHOOK_ALLOWED_TARGETS", host.Output, StringComparison.Ordinal);
        Assert.Contains("'10.0.0.1/8'", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("'127.0.0.1:5080'", host.Output, StringComparison.Ordinal);
    }
}
