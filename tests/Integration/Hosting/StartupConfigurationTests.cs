using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Hosting;

/// <summary>A silo or gateway with an unusable database stops at once with one clear line, not a stack trace.</summary>
public sealed class StartupConfigurationTests
{
    [Theory]
    [InlineData("Silo", "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=p;Timeout=2", "cannot reach the database")]
    [InlineData("Gateway", "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=p;Timeout=2", "cannot reach the database")]
    [InlineData("Silo", "this is not a connection string", "malformed")]
    public async Task Start_UnusableDatabase_ExitsWithOneClearLine(string project, string connectionString, string expected)
    {
        await using var host = HostProcess.Start(project, new Dictionary<string, string> { ["LG_DB"] = connectionString });

        var code = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, code);
        var lines = host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Silo", "LG_SILO_PORT", "eleven")]
    [InlineData("Silo", "LG_WEBHOOK_RETRY_SCHEDULE", "soon")]
    [InlineData("Gateway", "LG_GATEWAY_URL", "127.0.0.1:5080")]
    [InlineData("Gateway", "LG_ZIP_MAX_RATIO", "1")]
    public async Task Start_BadSetting_ExitsWithOneLineNamingIt(string project, string variable, string value)
    {
        await using var host = HostProcess.Start(project, new Dictionary<string, string> { [variable] = value });

        var code = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, code);
        var lines = host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains($"invalid setting {variable}", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DatabaseWithoutSchema_ExitsAndNamesTheMigration()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var cmd = db.CreateDataSource().CreateCommand("DROP TABLE lg_files"))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        await using var host = HostProcess.Start("Silo", new Dictionary<string, string> { ["LG_DB"] = db.ConnectionString });
        var code = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, code);
        Assert.Contains("deploy/migrate.sh", host.Output, StringComparison.Ordinal);
    }
}
