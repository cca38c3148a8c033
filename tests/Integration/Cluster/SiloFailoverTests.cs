using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Cluster;

/// <summary>Two silo processes and a gateway on one database: one silo dies by SIGKILL, no file is lost.</summary>
public sealed class SiloFailoverTests
{
    private const int DeadStatus = 6;

    [Fact]
    public async Task KillOneOfTwoSilos_EveryFileStillReadable_AndDeadSiloDeclared()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 2);
        var ids = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            var (status, body) = await cluster.UploadAsync($"part-{i}.dxf", SampleFiles.RectangleDxf($"failover-{i}"));
            Assert.Equal(201, status);
            ids.Add(body.GetProperty("ingest_id").GetInt64());
        }

        await cluster.Silos[0].KillAsync();

        foreach (var id in ids)
        {
            var (_, body) = await Eventually.GetAsync(
                async () => await cluster.GetJsonAsync($"/files/{id}"), r => r.Status == 200, TimeSpan.FromSeconds(90), $"file {id}");
            Assert.Equal("completed", body.GetProperty("status").GetString());
            Assert.Equal(id, body.GetProperty("ingest_id").GetInt64());
        }

        var dead = await Eventually.GetAsync(
            () => cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '{cluster.ClusterId}' AND Status = {DeadStatus}"),
            n => n == 1, TimeSpan.FromSeconds(90), "the killed silo to be declared dead");
        Assert.Equal(1, dead);
    }
}
