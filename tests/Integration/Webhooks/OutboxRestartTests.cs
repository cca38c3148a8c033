using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>An event is published once: a subscription created after processing never receives old events, however the files come back.</summary>
public sealed class OutboxRestartTests
{
    [Fact]
    public async Task SubscriptionCreatedAfterProcessing_SiloKilledAndFilesRead_DeliversNothingOld()
    {
        await using var cluster = await LocalCluster.StartAsync(1, WebhookClusterFixture.Settings(WebhookClusterFixture.Schedule));
        await using var receiver = await TestReceiver.StartAsync();
        var old = await cluster.UploadFilesAsync(3, "before");
        await cluster.SubscribeAsync(receiver.Url);

        await cluster.Silos[0].KillAsync();
        await cluster.StartSiloAsync();
        foreach (var id in old)
        {
            // Reading activates each file's grain afresh on the new silo.
            await Eventually.GetAsync(async () => (await cluster.GetJsonAsync($"/files/{id}")).Status, s => s == 200, TimeSpan.FromSeconds(60), $"file {id} readable");
        }

        var fresh = await cluster.UploadFilesAsync(1, "after"); // the subscription works: new events arrive
        await receiver.AllDeliveredAsync(fresh, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.DoesNotContain(receiver.Requests, r => old.Contains(r.IngestId));
        Assert.Equal(0, await cluster.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM lg_webhook_deliveries WHERE ingest_id IN ({string.Join(',', old)})"));
    }
}
