using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Hosting;

/// <summary>GET /health/ready follows the cluster itself (its management grain), not rows of the membership table.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task OnlySiloKilled_NotReady_UntilANewSiloJoins()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 1);
        var (_, before) = await cluster.GetJsonAsync("/health/ready");
        Assert.Equal(1, before.GetProperty("active_silos").GetInt32());

        // A killed silo's row still says Active (nobody is left to declare it dead): readiness must not trust it.
        await cluster.Silos[0].KillAsync();
        var (_, down) = await Eventually.GetAsync(
            () => cluster.GetJsonAsync("/health/ready"), r => r.Status == 503, TimeSpan.FromSeconds(90), "503 without a silo");
        Assert.True(down.GetProperty("database").GetBoolean());
        Assert.Equal(0, down.GetProperty("active_silos").GetInt32());
        Assert.False(string.IsNullOrEmpty(down.GetProperty("problem").GetString()));

        await cluster.StartSiloAsync();
        var (_, up) = await Eventually.GetAsync(
            () => cluster.GetJsonAsync("/health/ready"), r => r.Status == 200, TimeSpan.FromSeconds(90), "200 once a new silo joined");
        Assert.True(up.GetProperty("active_silos").GetInt32() >= 1);
    }
}
