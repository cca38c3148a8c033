using System.Diagnostics;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Hosting;

/// <summary>With no silo left in the cluster, a call that needs a grain answers 503 with Retry-After, not 500.</summary>
public sealed class NoSiloTests
{
    [Fact]
    public async Task AllSilosGone_GrainCallAnswers503()
    {
        await using var cluster = await LocalCluster.StartAsync();
        var (created, file) = await cluster.UploadAsync("nosilo.dxf", SampleFiles.RectangleDxf("no-silo"));
        Assert.Equal(201, created);

        await cluster.Silos[0].KillAsync();
        var clock = Stopwatch.StartNew();
        using var response = await cluster.Http.GetAsync(cluster.Url($"/files/{file.GetProperty("ingest_id").GetInt64()}"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == 503, $"expected 503 after {clock.Elapsed.TotalSeconds:0} s, got {(int)response.StatusCode}: {body}\n{cluster.Gateway!.Output}");
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
