using System.Text;
using LaserGrains.Grains.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Grains.Telemetry;
using Xunit;

namespace LaserGrains.Tests.Unit.Telemetry;

/// <summary>The traceparent of a webhook request comes from the event body's file_data.trace_id, whatever surrounds it.</summary>
public sealed class DeliveryTracingTests
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Fact]
    public void An_event_of_a_traced_file_yields_a_traceparent_with_its_trace_id()
    {
        var record = new FileRecord
        {
            IngestId = 7, OriginalFilename = "a.dxf", Kind = FileKind.DxfAscii, FileSize = 1, Sha256 = "ab", Status = FileStatus.Completed,
            Metadata = FileMetadata.Empty, CreatedAt = DateTimeOffset.UnixEpoch, TraceId = TraceId,
        };
        var e = FileEventPayload.Create("file.processed", record, 2, DateTimeOffset.UnixEpoch);
        var body = Encoding.UTF8.GetBytes(e.Payload);
        Assert.Equal(TraceId, DeliveryTracing.TraceIdOf(body));
        var (span, header) = DeliveryTracing.Start("sub_a", e.EventType, body);
        using var _ = span;
        Assert.Matches($"^00-{TraceId}-[0-9a-f]{{16}}-01$", header);
    }

    [Theory]
    [InlineData("""{"event_type":"webhook.test","ingest_id":0}""")]
    [InlineData("""{"file_data":{"ingest_id":1}}""")]
    [InlineData("""{"file_data":{"trace_id":"not-hex"}}""")]
    [InlineData("""{"file_data":{"trace_id":"00000000000000000000000000000000"}}""")]
    [InlineData("""{"data":{"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}}""")]
    [InlineData("""{"file_data":{"trace_id":"4bf92f3577b34""")]
    [InlineData("not json")]
    public void Bodies_without_a_usable_file_trace_id_send_no_traceparent(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.Null(DeliveryTracing.TraceIdOf(bytes));
        Assert.Null(DeliveryTracing.Start("sub_a", "webhook.test", bytes).TraceParent);
    }

    [Fact]
    public void Nested_objects_before_file_data_are_skipped_and_its_trace_id_found()
    {
        var body = """{"data":{"file_data":{"trace_id":"x"},"list":[1,{"a":2}]},"file_data":{"metadata":{"trace_id":"y"},"trace_id":"TRACE"}}"""
            .Replace("TRACE", TraceId, StringComparison.Ordinal);
        Assert.Equal(TraceId, DeliveryTracing.TraceIdOf(Encoding.UTF8.GetBytes(body)));
    }
}
