using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LaserGrains.Tests.Integration.LaserOs;

/// <summary>Every refused delivery gets the right problem status, and leaves no trace in the Laser OS tables.</summary>
[Collection(ReceiverCollection.Name)]
public sealed class ReceiverRejectionTests(ReceiverFixture fixture)
{
    private ReceiverClient Receiver => fixture.Receiver;

    [Theory]
    [InlineData("webhook-id")]
    [InlineData("webhook-timestamp")]
    [InlineData("webhook-signature")]
    public async Task Event_HeaderMissing_Returns401(string header)
    {
        var (status, body, webhookId, id) = await SendAsync(h => h.Remove(header));

        await AssertRefusedAsync(status, body, 401, "required", webhookId, id);
    }

    [Fact]
    public async Task Event_SignedWithUnknownSecret_Returns401()
    {
        var (status, body, webhookId, id) = await SendAsync(h => Replace(h, "webhook-signature", "v1," + Convert.ToBase64String(new byte[32])));

        await AssertRefusedAsync(status, body, 401, "No signature", webhookId, id);
    }

    [Theory]
    [InlineData("not-a-signature")]
    [InlineData("v1,@@@")]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    public async Task Event_MalformedSignature_Returns401(string signature)
    {
        var (status, body, webhookId, id) = await SendAsync(h => Replace(h, "webhook-signature", signature));

        await AssertRefusedAsync(status, body, 401, "no 'v1,<base64>' entry", webhookId, id);
    }

    [Theory]
    [InlineData(-301, "old")]
    [InlineData(301, "future")]
    public async Task Event_TimestampOutsideTolerance_Returns401EvenWhenSignedCorrectly(int offsetSeconds, string expected)
    {
        var id = EventBodies.NewIngestId();
        var bytes = Encoding.UTF8.GetBytes(EventBodies.Event("file.processed", id, 2, null).ToJsonString());
        var webhookId = ReceiverClient.NewWebhookId();
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds;

        var (status, body) = await Receiver.PostRawAsync(bytes, webhookId, h =>
        {
            Replace(h, "webhook-timestamp", ts.ToString(CultureInfo.InvariantCulture));
            Replace(h, "webhook-signature", SpecSigner.Sign(ReceiverFixture.Secret, webhookId, ts, bytes));
        });

        await AssertRefusedAsync(status, body, 401, expected, webhookId, id);
    }

    [Fact]
    public async Task Event_SignedWithOldSecretAmongSeveralSignatures_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetBytes(EventBodies.Event("file.ingested", EventBodies.NewIngestId(), 1, null).ToJsonString());
        var webhookId = ReceiverClient.NewWebhookId();
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var unknown = "v1," + Convert.ToBase64String(new byte[32]);

        var (status, _) = await Receiver.PostRawAsync(bytes, webhookId, h =>
        {
            Replace(h, "webhook-timestamp", ts.ToString(CultureInfo.InvariantCulture));
            Replace(h, "webhook-signature", $"{unknown} {SpecSigner.Sign(ReceiverFixture.OldSecret, webhookId, ts, bytes)}");
        });

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Event_BodyOverLimit_Returns413WithOrWithoutContentLength(bool chunked)
    {
        var id = EventBodies.NewIngestId();
        var e = EventBodies.Event("file.processed", id, 2, null);
        e["padding"] = new string('x', ReceiverFixture.MaxBody);
        var bytes = Encoding.UTF8.GetBytes(e.ToJsonString());
        var webhookId = ReceiverClient.NewWebhookId();
        // A stream of unknown length is sent chunked: no Content-Length for the receiver to trust.
        using var content = chunked ? new StreamContent(new UnseekableStream(bytes)) : null;
        if (chunked) Assert.Null(content!.Headers.ContentLength);

        var (status, body) = await Receiver.PostRawAsync(bytes, webhookId, content: content);

        await AssertRefusedAsync(status, body, 413, "larger than the receiver accepts", webhookId, id);
    }

    [Fact]
    public async Task Event_UnknownType_Returns400NamingTheType()
    {
        var id = EventBodies.NewIngestId();
        var webhookId = ReceiverClient.NewWebhookId();

        var (status, body) = await Receiver.PostAsync(EventBodies.Event("file.teleported", id, 2, null), webhookId);

        await AssertRefusedAsync(status, body, 400, "'file.teleported'", webhookId, id);
        Assert.Equal("Unknown event type", body.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{\"event_type\": \"file.processed\", ", "not valid JSON")]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("{\"timestamp\": \"2025-10-21T10:30:00Z\", \"ingest_id\": 5, \"file_data\": {\"original_filename\": \"a.dxf\"}}", "event_type")]
    [InlineData("{\"event_type\": \"file.processed\", \"ingest_id\": 5, \"file_data\": {\"original_filename\": \"a.dxf\"}}", "timestamp")]
    [InlineData("{\"event_type\": \"file.processed\", \"timestamp\": \"2025-10-21T10:30:00Z\", \"file_data\": {\"original_filename\": \"a.dxf\"}}", "ingest_id")]
    [InlineData("{\"event_type\": \"file.processed\", \"timestamp\": \"2025-10-21T10:30:00Z\", \"ingest_id\": 5}", "file_data")]
    [InlineData("{\"event_type\": \"file.processed\", \"timestamp\": \"2025-10-21T10:30:00Z\", \"ingest_id\": 5, \"file_data\": {}}", "original_filename")]
    [InlineData("{\"event_type\": \"file.processed\", \"timestamp\": \"2025-10-21T10:30:00Z\", \"ingest_id\": 5, \"file_data\": {\"original_filename\": \"a.dxf\", \"quantity\": \"ten\"}}", "JSON")]
    public async Task Event_MalformedBody_Returns400(string json, string expected)
    {
        var webhookId = ReceiverClient.NewWebhookId();

        var (status, body) = await Receiver.PostRawAsync(Encoding.UTF8.GetBytes(json), webhookId);

        await AssertRefusedAsync(status, body, 400, expected, webhookId, 5);
    }

    private async Task<(int Status, JsonElement Body, string WebhookId, long IngestId)> SendAsync(Action<System.Net.Http.Headers.HttpRequestHeaders> alter)
    {
        var id = EventBodies.NewIngestId();
        var webhookId = ReceiverClient.NewWebhookId();
        var bytes = Encoding.UTF8.GetBytes(EventBodies.Event("file.processed", id, 2, null).ToJsonString());
        var (status, body) = await Receiver.PostRawAsync(bytes, webhookId, alter);
        return (status, body, webhookId, id);
    }

    private static void Replace(System.Net.Http.Headers.HttpRequestHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }

    private async Task AssertRefusedAsync(int status, JsonElement body, int expectedStatus, string expectedDetail, string webhookId, long ingestId)
    {
        Assert.Equal(expectedStatus, status);
        Assert.Equal(expectedStatus, body.GetProperty("status").GetInt32());
        Assert.Contains(expectedDetail, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Receiver.CountAsync("handled_events", $"webhook_id = '{webhookId}'"));
        Assert.Equal(0, await Receiver.CountAsync("design_files", $"ingest_id = {ingestId}"));
        Assert.Equal(0, await Receiver.CountAsync("activity_log", $"ingest_id = {ingestId}"));
    }

    /// <summary>A stream that cannot tell its length, so HttpClient sends it with chunked transfer encoding.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
