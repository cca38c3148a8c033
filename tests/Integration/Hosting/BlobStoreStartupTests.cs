using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Hosting;

/// <summary>A silo or gateway whose configured blob store is unusable stops at start with one line naming the store.</summary>
public sealed class BlobStoreStartupTests
{
    [Theory]
    [InlineData("Silo")]
    [InlineData("Gateway")]
    public async Task Start_PostgresStoreWithoutItsTables_ExitsWithOneLineNamingTheStore(string project)
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var cmd = db.CreateDataSource().CreateCommand("DROP TABLE lg_library; DROP TABLE lg_blobs; DROP TABLE lg_blob_chunks"))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        await using var host = HostProcess.Start(project, new Dictionary<string, string> { ["LG_DB"] = db.ConnectionString, ["LG_BLOB_STORE"] = "postgres" });
        var code = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, code);
        var line = Assert.Single(host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("blob store postgres (LG_BLOB_STORE) unusable", line, StringComparison.Ordinal);
        Assert.Contains("deploy/migrate.sh", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FileSystemStoreOnAFile_ExitsWithOneLineNamingTheFolder()
    {
        await using var db = await TestDatabase.CreateAsync();
        var notAFolder = Path.GetTempFileName();
        try
        {
            await using var host = HostProcess.Start("Gateway", new Dictionary<string, string> { ["LG_DB"] = db.ConnectionString, ["LG_STORAGE_ROOT"] = notAFolder });
            var code = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(2, code);
            var line = Assert.Single(host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("blob store filesystem (LG_BLOB_STORE) unusable", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(notAFolder);
        }
    }
}
