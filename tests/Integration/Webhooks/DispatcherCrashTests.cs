using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>The only silo dies by SIGKILL while deliveries wait for their retry; a new silo delivers every one of them.</summary>
public sealed class DispatcherCrashTests
{
    [Fact]
    public async Task SiloKilledWhileRetriesWait_NewSiloDeliversEveryPendingEvent()
    {
        // 20 attempts 3 s apart: the deliveries are still waiting when the silo dies and long after.
        var schedule = "0s," + string.Join(',', Enumerable.Repeat("3s", 19));
        await using var cluster = await LocalCluster.StartAsync(1, WebhookClusterFixture.Settings(schedule));
        await using var receiver = await TestReceiver.StartAsync();
        receiver.Respond = (_, _) => new Answer(500);
        var (id, _) = await cluster.SubscribeAsync(receiver.Url);
        var files = await cluster.UploadFilesAsync(5, "crash");
        await Eventually.GetAsync(() => Task.FromResult(receiver.Requests.Where(r => files.Contains(r.IngestId)).Select(r => r.Id).Distinct().Count()),
            n => n == 5, TimeSpan.FromSeconds(60), "a failed first attempt of every file's first event");
        var pending = await cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_webhook_deliveries WHERE subscription_id = '{id}' AND status = 'pending'");
        Assert.Equal(10, pending);

        await cluster.Silos[0].KillAsync();
        receiver.Respond = (_, _) => new Answer(200);
        var before = receiver.Requests.Count;
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(before, receiver.Requests.Count); // nobody is delivering while no silo runs

        await cluster.StartSiloAsync();
        await receiver.AllDeliveredAsync(files, TimeSpan.FromSeconds(120));
        receiver.AssertFileOrder(files);
        var left = await Eventually.GetAsync(
            () => cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM lg_webhook_deliveries WHERE subscription_id = '{id}' AND status <> 'delivered'"),
            n => n == 0, TimeSpan.FromSeconds(30), "every delivery recorded as delivered");
        Assert.Equal(0, left);
    }
}
