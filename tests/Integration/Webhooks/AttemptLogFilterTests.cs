using System.Text.Json;
using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>GET /webhooks/subscriptions/{id}/attempts filters by status and event type in the query, and pages through every match.</summary>
[Collection("webhooks")]
public sealed class AttemptLogFilterTests(WebhookClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task Status_and_event_type_filter_in_the_query_and_page_through_every_match()
    {
        var cluster = fixture.Cluster;
        await using var receiver = await TestReceiver.StartAsync();
        // Every event fails once, then succeeds: 2 files give 4 events (ingested, processed) and 8 attempts.
        receiver.Respond = (_, seen) => seen == 0 ? new Answer(500) : new Answer(200);
        var (id, _) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            var files = await cluster.UploadFilesAsync(2, "filters");
            await receiver.AllDeliveredAsync(files, Wait);
            var url = $"/webhooks/subscriptions/{id}/attempts";
            await Eventually.GetAsync(() => cluster.GetJsonAsync(url), r => Items(r.Body).Count == 8, Wait, "8 attempts recorded");

            var (_, failed) = await cluster.GetJsonAsync($"{url}?status=failed");
            Assert.Equal(4, Items(failed).Count);
            Assert.All(Items(failed), a => Assert.Equal(500, a.GetProperty("status_code").GetInt32()));

            var (_, processedOk) = await cluster.GetJsonAsync($"{url}?status=succeeded&event_type=file.processed");
            Assert.Equal(2, Items(processedOk).Count);
            Assert.All(Items(processedOk), a =>
            {
                Assert.True(a.GetProperty("succeeded").GetBoolean());
                Assert.Equal("file.processed", a.GetProperty("event_type").GetString());
            });

            // One per page: the filter holds on every page and the last one has no cursor.
            var seen = new List<long>();
            string? cursor = null;
            do
            {
                var (status, page) = await cluster.GetJsonAsync($"{url}?event_type=file.ingested&limit=1{(cursor is null ? "" : $"&cursor={cursor}")}");
                Assert.Equal(200, status);
                var item = Assert.Single(Items(page));
                Assert.Equal("file.ingested", item.GetProperty("event_type").GetString());
                seen.Add(item.GetProperty("id").GetInt64());
                cursor = page.TryGetProperty("next_cursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            }
            while (cursor is not null && seen.Count < 10);
            Assert.Equal(4, seen.Count);
            Assert.Equal(seen.OrderDescending(), seen);
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    [Theory]
    [InlineData("status=maybe", "Invalid filter", "status")]
    [InlineData("event_type=file.exploded", "Invalid filter", "event_type")]
    [InlineData("state=failed", "Unknown query parameter", "event_type")]
    public async Task A_bad_filter_answers_400_with_a_problem_naming_it(string query, string title, string named)
    {
        var cluster = fixture.Cluster;
        var (id, _) = await cluster.SubscribeAsync($"http://{TestReceiver.Address}:9/never");
        try
        {
            var (status, body) = await cluster.GetJsonAsync($"/webhooks/subscriptions/{id}/attempts?{query}");

            Assert.Equal(400, status);
            Assert.Equal(title, body.GetProperty("title").GetString());
            Assert.Contains(named, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }
}
