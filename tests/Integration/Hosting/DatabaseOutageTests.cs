using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Ingest;
using Npgsql;

namespace LaserGrains.Tests.Integration.Hosting;

/// <summary>
/// While PostgreSQL cannot be reached the API answers 503 with Retry-After and a problem body, never 500. The outage is
/// real: silo and gateway reach the shared server through a loopback relay that the test cuts and restores.
/// </summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task DatabaseCut_ApiAnswers503WithRetryAfter_ThenRecovers()
    {
        var admin = new NpgsqlConnectionStringBuilder(TestEnvironment.AdminConnectionString);
        await using var relay = new TcpForwarder(admin.Host == "localhost" ? "127.0.0.1" : admin.Host!, admin.Port);
        await using var cluster = await LocalCluster.StartAsync(gatewayOnly: c =>
            new() { ["LG_DB"] = new NpgsqlConnectionStringBuilder(c.Database.ConnectionString) { Port = relay.Port, Timeout = 3 }.ConnectionString });

        var (created, file) = await cluster.UploadAsync("before.dxf", SampleFiles.RectangleDxf("outage-before"));
        Assert.Equal(201, created);

        relay.Cut();
        try
        {
            await AssertUnavailableAsync(() => cluster.Http.GetAsync(cluster.Url("/files?page_size=5")));
            await AssertUnavailableAsync(() => cluster.Http.GetAsync(cluster.Url("/stats")));
            // An upload still goes through: its ingest id comes from the ids the gateway reserved ahead (the first upload
            // took them), and the silos' database is not cut.
            var (during, duringFile) = await cluster.UploadAsync("during.dxf", SampleFiles.RectangleDxf("outage-during"));
            Assert.Equal(201, during);
            Assert.Equal(file.GetProperty("ingest_id").GetInt64() + 1, duringFile.GetProperty("ingest_id").GetInt64());
        }
        finally
        {
            relay.Restore();
        }

        await Eventually.GetAsync(async () => (int)(await cluster.Http.GetAsync(cluster.Url("/files?page_size=5"))).StatusCode,
            code => code == 200, TimeSpan.FromSeconds(30), "the catalog to answer again");
        var (status, again) = await cluster.GetJsonAsync($"/files/{file.GetProperty("ingest_id").GetInt64()}");
        Assert.Equal(200, status);
        Assert.Equal("completed", again.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GrainStorageCut_GrainCallsAnswer503_ActiveFilesStillRead()
    {
        var admin = new NpgsqlConnectionStringBuilder(TestEnvironment.AdminConnectionString);
        await using var relay = new TcpForwarder(admin.Host == "localhost" ? "127.0.0.1" : admin.Host!, admin.Port);
        await using var cluster = await LocalCluster.StartAsync(silosOnly: c =>
            new() { ["LG_DB"] = new NpgsqlConnectionStringBuilder(c.Database.ConnectionString) { Port = relay.Port, Timeout = 3 }.ConnectionString });
        var (created, file) = await cluster.UploadAsync("active.dxf", SampleFiles.RectangleDxf("outage-active"));
        Assert.Equal(201, created);
        var id = file.GetProperty("ingest_id").GetInt64();

        relay.Cut();
        try
        {
            // A file that is not active must be read from grain storage, which is gone; a change must be written to it.
            await AssertUnavailableAsync(() => cluster.Http.GetAsync(cluster.Url("/files/424242")));
            await AssertUnavailableAsync(() => cluster.Http.PostAsync(cluster.Url($"/files/{id}/re-extract"), null));
            // The active file answers from memory.
            Assert.Equal(200, (await cluster.GetJsonAsync($"/files/{id}")).Status);
        }
        finally
        {
            relay.Restore();
        }

        await Eventually.GetAsync(async () => (int)(await cluster.Http.GetAsync(cluster.Url("/files/424243"))).StatusCode,
            code => code == 404, TimeSpan.FromSeconds(60), "grain storage to answer again");
    }

    private static async Task AssertUnavailableAsync(Func<Task<HttpResponseMessage>> send)
    {
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 503, $"expected 503, got {(int)response.StatusCode}: {body}");
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":503", body, StringComparison.Ordinal);
    }
}
