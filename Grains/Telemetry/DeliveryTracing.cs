using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LaserGrains.Shared.Telemetry;

namespace LaserGrains.Grains.Telemetry;

/// <summary>
/// A webhook attempt's span and its <c>traceparent</c> header. The delivery queue keeps only the event body, so the trace
/// id is read back from its <c>file_data.trace_id</c>: every attempt, also after a restart or a replay, joins the upload's trace.
/// </summary>
public static class DeliveryTracing
{
    private static readonly byte[] FileData = Encoding.UTF8.GetBytes("file_data");
    private static readonly byte[] TraceId = Encoding.UTF8.GetBytes("trace_id");

    /// <summary>The span of one attempt and the traceparent to send (null when the event belongs to no trace).</summary>
    public static (Activity? Span, string? TraceParent) Start(string subscriptionId, string eventType, ReadOnlySpan<byte> body)
    {
        var traceId = TraceIdOf(body);
        if (traceId is null) return (null, null);
        // The upload's own span is not known here: a remote parent with the file's trace id and a fresh span id.
        var parent = new ActivityContext(ActivityTraceId.CreateFromString(traceId), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);
        var span = Instrumentation.Source.StartActivity("webhook.deliver", ActivityKind.Producer, parent);
        span?.SetTag("lasergrains.subscription", subscriptionId);
        span?.SetTag("lasergrains.event_type", eventType);
        var header = span is { IdFormat: ActivityIdFormat.W3C, Id: { } id } ? id : TraceContext.Format(parent.TraceId, ActivitySpanId.CreateRandom());
        return (span, header);
    }

    /// <summary>The event body's <c>file_data.trace_id</c> when it is a W3C trace id.</summary>
    public static string? TraceIdOf(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            // Only the top level and file_data's own properties are looked at; nested values are skipped whole.
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isFileData = reader.ValueTextEquals(FileData);
                reader.Read();
                if (isFileData && reader.TokenType == JsonTokenType.StartObject) return TraceIdIn(ref reader);
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not an event of ours (or cut short): no trace to join.
        }

        return null;
    }

    private static string? TraceIdIn(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTraceId = reader.ValueTextEquals(TraceId);
            reader.Read();
            if (isTraceId) return reader.TokenType == JsonTokenType.String && reader.GetString() is { } id && TraceContext.IsTraceId(id) ? id : null;
            reader.Skip();
        }

        return null;
    }
}
