using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using LaserGrains.Tests.Integration.Ingest;
using LaserGrains.Tests.Integration.Webhooks;

namespace LaserGrains.Tests.Integration.Telemetry;

/// <summary>
/// One trace per upload: the trace an upload request starts (here given by the caller's traceparent) goes through the
/// grain call into the file's record (trace_id) and out again in the traceparent of every webhook request of that file.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TraceTests(TelemetryFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_uploads_trace_id_is_on_the_record_and_in_each_webhooks_traceparent()
    {
        var cluster = fixture.Cluster;
        await using var receiver = await TestReceiver.StartAsync();
        var (subscription, _) = await cluster.SubscribeAsync(receiver.Url);
        try
        {
            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(SampleFiles.RectangleDxf($"trace-{Guid.NewGuid():N}")), "file", "trace.dxf");
            using var request = new HttpRequestMessage(HttpMethod.Post, cluster.Url("/ingest")) { Content = form };
            request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            using var response = await cluster.Http.SendAsync(request);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(201, (int)response.StatusCode);
            var id = body.GetProperty("ingest_id").GetInt64();
            Assert.Equal(traceId, body.GetProperty("trace_id").GetString());

            var (_, record) = await cluster.GetJsonAsync($"/files/{id}");
            Assert.Equal(traceId, record.GetProperty("trace_id").GetString());

            var delivered = await receiver.AllDeliveredAsync([id], Wait);
            Assert.All(delivered, r =>
            {
                var parts = r.TraceParent.Split('-');
                Assert.True(parts is ["00", _, { Length: 16 }, _], $"a W3C traceparent on {r.EventType}: '{r.TraceParent}'");
                Assert.Equal(traceId, parts[1]);
                Assert.Equal(traceId, JsonDocument.Parse(r.Body).RootElement.GetProperty("file_data").GetProperty("trace_id").GetString());
            });
        }
        finally
        {
            await cluster.UnsubscribeAsync(subscription);
        }
    }

    [Fact]
    public async Task Uploads_without_a_caller_trace_get_a_trace_of_their_own()
    {
        var cluster = fixture.Cluster;
        var (status, first) = await cluster.UploadAsync("own-trace-1.dxf", SampleFiles.RectangleDxf($"own-{Guid.NewGuid():N}"));
        Assert.Equal(201, status);
        var (_, second) = await cluster.UploadAsync("own-trace-2.dxf", SampleFiles.RectangleDxf($"own-{Guid.NewGuid():N}"));
        var a = TraceIdOf(first);
        var b = TraceIdOf(second);
        Assert.Matches("^[0-9a-f]{32}$", a);
        Assert.Matches("^[0-9a-f]{32}$", b);
        Assert.NotEqual(a, b);
    }

    private static string TraceIdOf(JsonElement answer) => answer.GetProperty("trace_id").GetString()!;
}
