using System.Text.Json;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>An exhausted schedule dead-letters the delivery and releases the file's later events; operators list and replay.</summary>
[Collection("webhooks")]
public sealed class DeadLetterTests(WebhookClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task ScheduleExhausted_DeadLettered_LaterEventsReleased_ThenReplayOneAndReplaySince()
    {
        var cluster = fixture.Cluster;
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using var receiver = await TestReceiver.StartAsync();
        var failIngested = true;
        receiver.Respond = (r, _) => failIngested && r.EventType == "file.ingested" ? new Answer(503) : new Answer(200);
        var (id, _) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            var files = await cluster.UploadFilesAsync(3, "dead");

            // Every file.processed arrives although the file's file.ingested before it never succeeded.
            await Eventually.GetAsync(() => Task.FromResult(receiver.Delivered.Count(r => files.Contains(r.IngestId))),
                n => n == 3, Wait, "the later events to be released after the dead letters");
            Assert.All(receiver.Delivered, r => Assert.Equal("file.processed", r.EventType));
            foreach (var file in files)
            {
                var tries = receiver.Requests.Count(r => r.IngestId == file && r.Sequence == 1);
                Assert.Equal(8, tries); // the whole schedule, then dead-lettered
            }

            var dead = await ListAllDeadLettersAsync(id, pageSize: 2);
            Assert.Equal(files.Select(f => $"evt_{f}_1").Order(), dead.Order());

            failIngested = false;
            var (status, _) = await cluster.PostJsonAsync($"/webhooks/subscriptions/{id}/dead-letters/{dead[0]}/replay");
            Assert.Equal(202, status);
            await Eventually.GetAsync(() => Task.FromResult(receiver.Delivered.Any(r => r.Id == dead[0])), ok => ok, Wait, "the replayed event");

            var (replayStatus, replay) = await cluster.PostJsonAsync($"/webhooks/subscriptions/{id}/replay?since={Uri.EscapeDataString(since.ToString("O"))}");
            Assert.Equal(202, replayStatus);
            Assert.Equal(2, replay.GetProperty("replayed").GetInt64());
            await receiver.AllDeliveredAsync(files, Wait);
            Assert.Empty(await ListAllDeadLettersAsync(id, pageSize: 2));
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    private async Task<List<string>> ListAllDeadLettersAsync(string id, int pageSize)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var (status, page) = await fixture.Cluster.GetJsonAsync(
                $"/webhooks/subscriptions/{id}/dead-letters?limit={pageSize}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            Assert.Equal(200, status);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("event_id").GetString()!));
            cursor = page.TryGetProperty("next_cursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return ids;
    }
}
