using System.Text;
using System.Text.Json.Nodes;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Interfaces.Webhooks;
using LaserGrains.Shared.Storage;
using LaserGrains.Tests.Common;
using LaserGrains.Tests.Grains.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LaserGrains.Tests.Grains.Webhooks;

/// <summary>
/// A hard delete while the file's deliveries wait in a dispatcher's memory for a retry: once the receiver recovers,
/// nothing it receives for that file carries the file's content, though the window was never reloaded from the store.
/// </summary>
[Collection(FakeClockClusterCollection.Name)]
public sealed class HardDeleteRedactionTests(FakeClockClusterFixture fixture)
{
    private const string Dxf = "0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20\n0\n11\n10\n21\n0\n0\nENDSEC\n0\nEOF\n";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly HashSet<string> KeptFileData = ["ingest_id", "original_filename", "status"];

    [Fact]
    public async Task HardDelete_WhileDeliveriesWaitForARetry_RetriesCarryNoFileContent()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Status = 500;
        var subscription = await fixture.Client.GetGrain<IWebhookRegistryGrain>(0)
            .CreateAsync(new SubscriptionDraft(receiver.Url, [], "hard delete redaction"));
        var ingestId = 950_000 + Random.Shared.Next(40_000);
        var file = fixture.Client.GetGrain<IFileGrain>(ingestId);
        var blobs = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IBlobStore>();
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(Dxf + $"999\nredact-{ingestId}\n"));
        var blob = await blobs.PutAsync(bytes, 1 << 20, CancellationToken.None);
        await file.IngestAsync(new IngestRequest(blob, "ACME_P42_bracket_S355_3mm.dxf", UploadHints.None, fixture.Clock.GetUtcNow()));
        await file.WaitAsync(Wait);
        var record = (await file.GetAsync())!;
        Assert.NotNull(record.Metadata.PartName); // read from the name: content the redaction must remove
        var rows = $"FROM lg_webhook_deliveries WHERE subscription_id = '{subscription.Id}' AND ingest_id = {ingestId}";
        // The first event failed once and waits 10 minutes; the rest wait behind it, all in the dispatcher's window.
        await Eventually.GetAsync(() => fixture.Database.ScalarAsync<long>($"SELECT count(*) {rows} AND attempts = 1 AND status = 'pending'"),
            n => n >= 1, Wait, "a failed first attempt");
        // The outcome row commits just before the dispatcher's turn ends the attempt: nothing in flight a moment later.
        var dispatcher = fixture.Client.GetGrain<IWebhookDispatcherGrain>(subscription.Id);
        await Eventually.GetAsync(async () => (await dispatcher.GetStatusAsync()).InFlight, n => n == 0, Wait, "no attempt in flight");
        var before = receiver.Bodies.Count;
        Assert.Contains(receiver.Bodies, b => b.Body.Contains(record.Sha256, StringComparison.Ordinal)); // content was sent before

        await file.DeleteAsync(DeleteMode.Hard);
        receiver.Status = 200;
        fixture.Clock.Advance(FakeClockClusterFixture.Schedule[1]);
        await Eventually.GetAsync(() => fixture.Database.ScalarAsync<long>($"SELECT count(*) {rows} AND status <> 'delivered'"),
            n => n == 0, Wait, "every delivery of the file delivered");

        var after = receiver.Bodies.Skip(before).Where(b => b.EventId.StartsWith($"evt_{ingestId}_", StringComparison.Ordinal)).ToList();
        Assert.Contains(after, b => b.Body.Contains(FileEventTypes.Processed, StringComparison.Ordinal));
        Assert.Contains(after, b => b.Body.Contains(FileEventTypes.Deleted, StringComparison.Ordinal));
        Assert.All(after, b => AssertNoContent(b.Body, record));
    }

    private static void AssertNoContent(string body, FileRecord record)
    {
        var json = JsonNode.Parse(body)!.AsObject();
        var fileData = json["file_data"]!.AsObject();
        // The seed's contract keeps the original name (which the metadata was read from); nothing else may name the file.
        fileData.Remove("original_filename");
        var rest = json.ToJsonString();
        string?[] content = [record.Sha256, record.StoredFilename, record.Metadata.PartName?.Value, record.Metadata.ClientCode?.Value];
        Assert.All(content.OfType<string>().Where(c => c.Length > 0), c => Assert.DoesNotContain(c, rest, StringComparison.Ordinal));
        if (json["event_type"]!.GetValue<string>() == FileEventTypes.Deleted)
        {
            Assert.Empty(fileData["parts"]!.AsArray()); // the tombstone's record: defaults only
            return;
        }

        Assert.True(json["redacted"]!.GetValue<bool>());
        Assert.All(fileData, p => Assert.Contains(p.Key, KeptFileData));
        Assert.Null(json["data"]);
    }
}
