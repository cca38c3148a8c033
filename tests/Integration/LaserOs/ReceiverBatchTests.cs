using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>
/// POST /webhooks/module-n/events over real HTTP against the gateway's receiver and its PostgreSQL: each entry of a
/// signed batch is handled as if it had come alone under its id; an unreadable entry refuses the batch, writing nothing.
/// </summary>
[Collection(ReceiverCollection.Name)]
public sealed class ReceiverBatchTests(ReceiverFixture fixture)
{
    private ReceiverClient Receiver => fixture.Receiver;

    [Fact]
    public async Task Batch_EachEntryHandled_UnderItsOwnId_WithAReceiptEach()
    {
        var code = EventBodies.NewProjectCode();
        var files = Enumerable.Range(0, 3).Select(_ => EventBodies.NewIngestId()).ToList();
        var entries = files.Select(f => ($"evt_{f}_2", EventBodies.Event("file.processed", f, 2, code))).ToList();
        var batchId = ReceiverClient.NewWebhookId();

        var (status, body) = await Receiver.PostBatchAsync(entries, batchId);

        Assert.Equal(200, status);
        Assert.Equal(batchId, body.GetProperty("webhook_id").GetString());
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(entries.Select(e => e.Item1), results.Select(r => r.GetProperty("webhook_id").GetString()));
        Assert.All(results, r => Assert.Equal("handled", r.GetProperty("status").GetString()));
        Assert.Equal(files, results.Select(r => r.GetProperty("ingest_id").GetInt64()));
        foreach (var f in files)
        {
            Assert.Equal(1, await Receiver.CountAsync("design_files", $"ingest_id = {f}"));
            Assert.Equal(1, await Receiver.CountAsync("handled_events", $"webhook_id = 'evt_{f}_2'"));
        }

        Assert.Equal(0, await Receiver.CountAsync("handled_events", $"webhook_id = '{batchId}'"));
    }

    [Fact]
    public async Task Batch_EntriesSeenBefore_AloneOrInABatch_AreDuplicates_TheNewOneHandled()
    {
        var (a, b, c) = (EventBodies.NewIngestId(), EventBodies.NewIngestId(), EventBodies.NewIngestId());
        var alone = await Receiver.PostAsync(EventBodies.Event("file.ingested", a, 1, null), $"evt_{a}_1");
        await Receiver.PostBatchAsync([($"evt_{b}_1", EventBodies.Event("file.ingested", b, 1, null))]);

        var (status, body) = await Receiver.PostBatchAsync(
        [
            ($"evt_{a}_1", EventBodies.Event("file.ingested", a, 1, null)),
            ($"evt_{b}_1", EventBodies.Event("file.ingested", b, 1, null)),
            ($"evt_{c}_1", EventBodies.Event("file.ingested", c, 1, null)),
        ]);

        Assert.Equal("handled", alone.Body.GetProperty("status").GetString());
        Assert.Equal(200, status);
        Assert.Equal(["duplicate", "duplicate", "handled"], body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(1, await Receiver.CountAsync("activity_log", $"ingest_id = {a}"));
        Assert.Equal(1, await Receiver.CountAsync("activity_log", $"ingest_id = {b}"));
        Assert.Equal(1, await Receiver.CountAsync("activity_log", $"ingest_id = {c}"));
    }

    [Fact]
    public async Task Batch_AFilesEventsInOrder_AppliedInOrder()
    {
        var (code, f) = (EventBodies.NewProjectCode(), EventBodies.NewIngestId());
        var processed = EventBodies.Event("file.processed", f, 2, code);
        processed["file_data"]!["material"] = "Aluminium";

        var (status, body) = await Receiver.PostBatchAsync([($"evt_{f}_1", EventBodies.Event("file.ingested", f, 1, code)), ($"evt_{f}_2", processed)]);

        Assert.Equal(200, status);
        Assert.Equal(["handled", "handled"], body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(2L, await Receiver.ScalarAsync<long>($"SELECT last_sequence FROM laser_os.design_files WHERE ingest_id = {f}"));
        Assert.Equal("Aluminium", await Receiver.ScalarAsync<string>($"SELECT material FROM laser_os.design_files WHERE ingest_id = {f}"));
    }

    [Fact]
    public async Task Batch_OneUnreadableEntry_RefusesTheBatch_NamingIt_NothingWritten()
    {
        var (good, bad) = (EventBodies.NewIngestId(), EventBodies.NewIngestId());
        var broken = EventBodies.Event("file.processed", bad, 2, null);
        broken.Remove("timestamp");

        var (status, body) = await Receiver.PostBatchAsync([($"evt_{good}_2", EventBodies.Event("file.processed", good, 2, null)), ($"evt_{bad}_2", broken)]);

        Assert.Equal(400, status);
        Assert.Equal("Invalid batch", body.GetProperty("title").GetString());
        Assert.StartsWith($"events[1] (id evt_{bad}_2): timestamp is required", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Receiver.CountAsync("handled_events", $"ingest_id IN ({good}, {bad})"));
        Assert.Equal(0, await Receiver.CountAsync("design_files", $"ingest_id = {good}"));
    }

    [Fact]
    public async Task Batch_SignedWrongly_OrTooLarge_IsRefusedBeforeAnythingIsRead()
    {
        var f = EventBodies.NewIngestId();
        var envelope = new JsonObject { ["events"] = new JsonArray(new JsonObject { ["id"] = $"evt_{f}_1", ["event"] = EventBodies.Event("file.ingested", f, 1, null) }) };
        var bytes = Encoding.UTF8.GetBytes(envelope.ToJsonString());

        var forged = await Receiver.PostRawAsync(bytes, "batch_x", h => h.Remove("webhook-signature"), path: ReceiverClient.BatchPath);
        var resigned = await Receiver.PostRawAsync(bytes, "batch_x", h =>
        {
            h.Remove("webhook-signature");
            h.Add("webhook-signature", "v1," + Convert.ToBase64String(new byte[32]));
        }, path: ReceiverClient.BatchPath);
        var huge = await Receiver.PostRawAsync(new byte[ReceiverFixture.MaxBody + 4 * 1024 + 1], "batch_y", path: ReceiverClient.BatchPath);

        Assert.Equal(401, forged.Status);
        Assert.Equal(401, resigned.Status);
        Assert.Equal("Invalid signature", resigned.Body.GetProperty("title").GetString());
        Assert.Equal(413, huge.Status);
        Assert.Equal(0, await Receiver.CountAsync("handled_events", $"ingest_id = {f}"));
    }

    [Fact]
    public async Task Batch_OfAnEventAtTheSizeLimit_FitsItsEnvelope()
    {
        var f = EventBodies.NewIngestId();
        var e = EventBodies.Event("file.ingested", f, 1, null);
        var single = Encoding.UTF8.GetByteCount(e.ToJsonString());
        e["file_data"]!["notes"] = new string('n', ReceiverFixture.MaxBody - single - 20); // just under the limit of one event

        var (status, body) = await Receiver.PostBatchAsync([($"evt_{f}_1", e)]);

        Assert.True(Encoding.UTF8.GetByteCount(e.ToJsonString()) <= ReceiverFixture.MaxBody);
        Assert.Equal(200, status);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("results").ValueKind);
    }
}
