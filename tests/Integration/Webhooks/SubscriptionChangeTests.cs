using System.Net.Http.Json;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Integration.Infrastructure;
using LaserGrains.Tests.Integration.Ingest;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>
/// Two silo processes and a gateway: a subscription change holds for every event raised after the API answered, on
/// both silos, even when uploads start the moment the answer arrives and both silos' fan-outs were already warm.
/// </summary>
public sealed class SubscriptionChangeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private static readonly string[] ProcessedOnly = ["file.processed"];

    [Fact]
    public async Task SubscribeThenUploadAtOnce_EveryEventArrives_AndUpdateDisableDeleteHoldForLaterEvents()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 2, WebhookClusterFixture.Settings(WebhookClusterFixture.Schedule));
        await using var updated = await TestReceiver.StartAsync();
        await using var disabled = await TestReceiver.StartAsync();
        await using var deleted = await TestReceiver.StartAsync();
        await UploadAtOnceAsync(cluster, 6, "warm"); // both silos' fan-outs now hold the list without these subscriptions

        var (updatedId, _) = await cluster.SubscribeAsync(updated.Url);
        var (disabledId, _) = await cluster.SubscribeAsync(disabled.Url);
        var (deletedId, _) = await cluster.SubscribeAsync(deleted.Url);
        var first = await UploadAtOnceAsync(cluster, 30, "at-once");
        foreach (var receiver in new[] { updated, disabled, deleted }) await receiver.AllDeliveredAsync(first, Wait);

        using (var put = await cluster.Http.PutAsJsonAsync(cluster.Url($"/webhooks/subscriptions/{updatedId}"),
                   new { url = updated.Url, event_types = ProcessedOnly }))
        {
            Assert.Equal(200, (int)put.StatusCode);
        }

        Assert.Equal(200, (await cluster.PostJsonAsync($"/webhooks/subscriptions/{disabledId}/disable")).Status);
        using (var delete = await cluster.Http.DeleteAsync(cluster.Url($"/webhooks/subscriptions/{deletedId}")))
        {
            Assert.Equal(204, (int)delete.StatusCode);
        }

        var later = await UploadAtOnceAsync(cluster, 20, "after-change");
        var processed = await Eventually.GetAsync(
            () => Task.FromResult<IReadOnlyList<ReceivedRequest>?>([.. updated.Delivered.Where(r => later.Contains(r.IngestId))]),
            d => d!.Count == later.Count, Wait, "one file.processed per later file");
        Assert.All(processed, r => Assert.Equal("file.processed", r.EventType));
        await Task.Delay(TimeSpan.FromSeconds(2)); // anything wrongly queued would have been sent by now (first attempt at 0 s)
        Assert.DoesNotContain(updated.Requests, r => later.Contains(r.IngestId) && r.EventType != "file.processed");
        Assert.DoesNotContain(disabled.Requests, r => later.Contains(r.IngestId));
        Assert.DoesNotContain(deleted.Requests, r => later.Contains(r.IngestId));
        var laterIds = string.Join(',', later);
        Assert.Equal(0, await cluster.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM lg_webhook_deliveries WHERE ingest_id IN ({laterIds}) AND (subscription_id IN ('{disabledId}', '{deletedId}') OR event_type <> 'file.processed')"));
    }

    /// <summary>Uploads <paramref name="count"/> small DXF files concurrently; every one must answer 201.</summary>
    private static async Task<List<long>> UploadAtOnceAsync(LocalCluster cluster, int count, string tag)
    {
        var uploads = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            cluster.UploadAsync($"{tag}-{i}.dxf", SampleFiles.RectangleDxf($"{tag}-{i}-{Guid.NewGuid():N}"))));
        Assert.All(uploads, u => Assert.Equal(201, u.Status));
        return [.. uploads.Select(u => u.Body.GetProperty("ingest_id").GetInt64())];
    }
}
