using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Webhooks;

/// <summary>Real silo and gateway processes deliver real file events to a real receiver on loopback.</summary>
[Collection("webhooks")]
public sealed class WebhookDeliveryTests(WebhookClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Deliveries_SignedPerSpec_WithStandardHeaders_InFileOrder_AndBothKeysDuringRotation()
    {
        var cluster = fixture.Cluster;
        await using var receiver = await TestReceiver.StartAsync();
        var (id, secret) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            var files = await cluster.UploadFilesAsync(3, "signed");
            var delivered = await receiver.AllDeliveredAsync(files, Wait);
            foreach (var r in delivered)
            {
                Assert.True(SpecVerifier.Verify(secret, r.Id, r.Timestamp, r.Signature, r.Body, DateTimeOffset.UtcNow), $"signature of {r.Id}");
                Assert.Equal(r.BodyEventId, r.Id);
                Assert.Equal("application/json", r.ContentType);
                Assert.StartsWith("LaserGrains-Webhooks/", r.UserAgent, StringComparison.Ordinal);
                Assert.Equal(r.Sequence == 1 ? "file.ingested" : "file.processed", r.EventType);
            }

            receiver.AssertFileOrder(files);

            var (status, rotated) = await cluster.PostJsonAsync($"/webhooks/subscriptions/{id}/rotate-secret");
            Assert.Equal(200, status);
            var newSecret = rotated.GetProperty("secret").GetString()!;
            Assert.NotEqual(secret, newSecret);
            var later = await cluster.UploadFilesAsync(1, "rotated");
            foreach (var r in await receiver.AllDeliveredAsync(later, Wait))
            {
                Assert.Equal(2, r.Signature.Split(' ').Length);
                Assert.True(SpecVerifier.Verify(newSecret, r.Id, r.Timestamp, r.Signature, r.Body, DateTimeOffset.UtcNow));
                Assert.True(SpecVerifier.Verify(secret, r.Id, r.Timestamp, r.Signature, r.Body, DateTimeOffset.UtcNow));
            }
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task ReceiverDownThenUp_EveryEventArrives_InFileOrder_NoneLost()
    {
        var cluster = fixture.Cluster;
        await using var receiver = new TestReceiver(); // not listening yet: connections are refused
        var (id, _) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            var files = await cluster.UploadFilesAsync(10, "down");
            await Eventually.GetAsync(() => cluster.GetJsonAsync($"/webhooks/subscriptions/{id}/attempts?limit=1000"),
                r => r.Body.GetProperty("items").GetArrayLength() >= 20, Wait, "failed attempts while the receiver is down");
            var (_, attempts) = await cluster.GetJsonAsync($"/webhooks/subscriptions/{id}/attempts?limit=1000");
            Assert.All(attempts.GetProperty("items").EnumerateArray(), a => Assert.False(a.GetProperty("succeeded").GetBoolean()));

            await receiver.UpAsync();
            var delivered = await receiver.AllDeliveredAsync(files, Wait);
            Assert.Equal(files.Count * 2, delivered.Select(r => r.Id).Distinct().Count());
            receiver.AssertFileOrder(files);
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task Receiver500ThreeTimes_RetriedUntilSuccess_AttemptsRecordedPerSubscriptionAndFile()
    {
        var cluster = fixture.Cluster;
        await using var receiver = await TestReceiver.StartAsync();
        var longBody = new string('x', 3000);
        receiver.Respond = (_, seen) => seen < 3 ? new Answer(500, Body: longBody) : new Answer(200, Body: "ok");
        var (id, _) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            var files = await cluster.UploadFilesAsync(2, "five-hundred");
            var delivered = await receiver.AllDeliveredAsync(files, Wait);
            foreach (var r in delivered) Assert.Equal([500, 500, 500, 200], receiver.Requests.Where(q => q.Id == r.Id).Select(q => q.Answer));
            receiver.AssertFileOrder(files);

            var file = await Eventually.GetAsync(() => cluster.GetJsonAsync($"/files/{files[0]}/deliveries"),
                r => r.Body.GetProperty("attempts").GetArrayLength() == 8, Wait, "8 attempts recorded for the file");
            var fileAttempts = file.Body.GetProperty("attempts").EnumerateArray().Where(a => a.GetProperty("subscription_id").GetString() == id).ToList();
            Assert.Equal([500, 500, 500, 200, 500, 500, 500, 200], fileAttempts.Select(a => a.GetProperty("status_code").GetInt32()));
            Assert.All(fileAttempts.Take(3), a => Assert.Equal(1024, a.GetProperty("response_body").GetString()!.Length));
            Assert.All(file.Body.GetProperty("deliveries").EnumerateArray(), d => Assert.Equal("delivered", d.GetProperty("status").GetString()));

            var (_, page) = await cluster.GetJsonAsync($"/webhooks/subscriptions/{id}/attempts?limit=5");
            Assert.Equal(5, page.GetProperty("items").GetArrayLength());
            var cursor = page.GetProperty("next_cursor").GetString();
            var (_, rest) = await cluster.GetJsonAsync($"/webhooks/subscriptions/{id}/attempts?limit=100&cursor={cursor}");
            Assert.Equal(11, rest.GetProperty("items").GetArrayLength());
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    [Theory]
    [InlineData("dead-letters", "not-a-cursor!")]
    [InlineData("dead-letters", "bm8tYmFy")] // base64 of "no-bar"
    [InlineData("attempts", "abc")]
    [InlineData("attempts", "-5")]
    public async Task MalformedCursor_Answers400_WithAProblemBody(string list, string cursor)
    {
        var cluster = fixture.Cluster;
        var (id, _) = await cluster.SubscribeAsync($"http://{TestReceiver.Address}:9/never");
        try
        {
            var (status, body) = await cluster.GetJsonAsync($"/webhooks/subscriptions/{id}/{list}?cursor={Uri.EscapeDataString(cursor)}");

            Assert.Equal(400, status);
            Assert.Equal("Invalid cursor", body.GetProperty("title").GetString());
            Assert.Contains("cursor", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task TooManyRequests_RetryAfterHonoured()
    {
        var cluster = fixture.Cluster;
        await using var receiver = await TestReceiver.StartAsync();
        receiver.Respond = (_, seen) => seen == 0 ? new Answer(429, RetryAfter: "4") : new Answer(200);
        var (id, _) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            var files = await cluster.UploadFilesAsync(1, "throttled");
            foreach (var r in await receiver.AllDeliveredAsync(files, Wait))
            {
                var tries = receiver.Requests.Where(q => q.Id == r.Id).OrderBy(q => q.At).ToList();
                Assert.Equal([429, 200], tries.Select(q => q.Answer));
                // The schedule asked for 1 s (±20 %); Retry-After asked for 4 s and wins.
                Assert.True(tries[1].At - tries[0].At >= TimeSpan.FromSeconds(3.9), $"retried after {(tries[1].At - tries[0].At).TotalSeconds:0.00} s");
            }
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task Gone_DisablesTheSubscription_AndSendingStops()
    {
        var cluster = fixture.Cluster;
        await using var receiver = await TestReceiver.StartAsync();
        receiver.Respond = (_, _) => new Answer(410);
        var (id, _) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            await cluster.UploadFilesAsync(2, "gone");
            var (_, subscription) = await Eventually.GetAsync(() => cluster.GetJsonAsync($"/webhooks/subscriptions/{id}"),
                r => !r.Body.GetProperty("enabled").GetBoolean(), Wait, "the subscription to be disabled");
            Assert.Contains("410", subscription.GetProperty("disabled_reason").GetString(), StringComparison.Ordinal);

            await Task.Delay(TimeSpan.FromSeconds(1));
            var seen = receiver.Requests.Count;
            await cluster.UploadFilesAsync(1, "gone-after");
            await Task.Delay(TimeSpan.FromSeconds(4)); // several scheduled retries would have happened by now
            Assert.Equal(seen, receiver.Requests.Count);
            Assert.True(seen <= 2, $"{seen} requests; at most one per file before the 410 disabled the subscription");
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task SlowReceiver_PastTheTimeout_IsAFailedAttempt_ThenRetried()
    {
        var cluster = fixture.Cluster;
        await using var receiver = await TestReceiver.StartAsync();
        receiver.Respond = (_, seen) => seen == 0 ? new Answer(200, Delay: TimeSpan.FromSeconds(5)) : new Answer(200);
        var (id, _) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            var files = await cluster.UploadFilesAsync(1, "slow");
            await receiver.AllDeliveredAsync(files, Wait);
            var (_, deliveries) = await Eventually.GetAsync(() => cluster.GetJsonAsync($"/files/{files[0]}/deliveries"),
                r => r.Body.GetProperty("attempts").GetArrayLength() >= 4, Wait, "attempts recorded");
            var attempts = deliveries.GetProperty("attempts").EnumerateArray().Where(a => a.GetProperty("subscription_id").GetString() == id).ToList();
            var timedOut = attempts.Where(a => a.GetProperty("attempt_number").GetInt32() == 1).ToList();
            Assert.Equal(2, timedOut.Count);
            Assert.All(timedOut, a =>
            {
                Assert.False(a.TryGetProperty("status_code", out var code) && code.ValueKind == System.Text.Json.JsonValueKind.Number);
                Assert.Contains("timed out", a.GetProperty("error").GetString(), StringComparison.Ordinal);
                Assert.InRange(a.GetProperty("duration_ms").GetInt32(), 1900, 4000);
            });
            Assert.All(attempts.Where(a => a.GetProperty("attempt_number").GetInt32() == 2), a => Assert.Equal(200, a.GetProperty("status_code").GetInt32()));
        }
        finally
        {
            await cluster.UnsubscribeAsync(id);
        }
    }
}

[CollectionDefinition("webhooks")]
public sealed class WebhookCollection : ICollectionFixture<WebhookClusterFixture>;
