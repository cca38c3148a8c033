using System.Text;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Shared.Storage;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Grains.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LaserGrains.Tests.Grains.Files;

/// <summary>A file's events go through the fan-out into the delivery queue on the test host, as in the real silo.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class FileEventsTests(GrainClusterFixture fixture)
{
    private const string Dxf = "0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20\n0\n11\n10\n21\n0\n0\nENDSEC\n0\nEOF\n";

    [Fact]
    public async Task Ingest_QueuesIngestedAndProcessed_ForASubscriptionCreatedJustBefore()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var subscription = await fixture.Client.GetGrain<IWebhookRegistryGrain>(0)
            .CreateAsync(new SubscriptionDraft(receiver.Url, [], "file events"));
        var ingestId = 700_000 + Random.Shared.Next(100_000);
        var blobs = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IBlobStore>();
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(Dxf + $"999\nevents-{ingestId}\n"));
        var blob = await blobs.PutAsync(bytes, 1 << 20, CancellationToken.None);

        await fixture.Client.GetGrain<IFileGrain>(ingestId).IngestAsync(new IngestRequest(blob, "part.dxf", UploadHints.None, DateTimeOffset.UtcNow));

        var types = await Eventually.GetAsync(
            () => fixture.Database.ScalarAsync<string>(
                $"SELECT string_agg(event_type, ',' ORDER BY sequence) FROM lg_webhook_deliveries WHERE subscription_id = '{subscription.Id}' AND ingest_id = {ingestId}"),
            t => t == "file.ingested,file.processed", TimeSpan.FromSeconds(30), "both events queued");
        Assert.Equal("file.ingested,file.processed", types);
        await Eventually.GetAsync(() => Task.FromResult<int?>(receiver.Requests.Count), n => n == 2, TimeSpan.FromSeconds(30), "both events delivered");
    }
}
