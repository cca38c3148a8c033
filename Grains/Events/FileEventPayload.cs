using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Json;

namespace LaserGrains.Grains.Events;

/// <summary>Renders the seed's webhook payload: event_type, timestamp, ingest_id, file_data, data, plus event_id and sequence.</summary>
public static class FileEventPayload
{
    // Create is synchronous, so one buffer per thread serves every call on it; one grown by a big body is let go.
    private const int KeptBufferBytes = 64 * 1024;
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The event; its body is at most <paramref name="maxBodyBytes"/> bytes (see <see cref="EventBodyLimit"/>).</summary>
    public static FileEvent Create(
        string eventType, FileRecord record, long sequence, DateTimeOffset timestamp, IReadOnlyDictionary<string, object?>? data = null,
        int maxBodyBytes = EventBodyLimit.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(record);
        var head = Head.Of(eventType, record, sequence, timestamp);
        var file = FileJson.ToJson(record);
        // Nearly every body fits: written once, straight to text. Only one too big is built as a tree to be shortened.
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        Write(buffer, head, file, data);
        var body = buffer.WrittenCount <= maxBodyBytes ? Encoding.UTF8.GetString(buffer.WrittenSpan) : EventBodyLimit.Fit(Tree(head, file, data), maxBodyBytes);
        if (buffer.Capacity > KeptBufferBytes) _buffer = null;
        return new FileEvent(head.EventId, eventType, record.IngestId, sequence, timestamp, body);
    }

    /// <summary>The same body as a tree, which <see cref="EventBodyLimit"/> shortens; written, it is the JSON <see cref="Create"/> gives.</summary>
    internal static JsonObject Tree(string eventType, FileRecord record, long sequence, DateTimeOffset timestamp, IReadOnlyDictionary<string, object?>? data)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Tree(Head.Of(eventType, record, sequence, timestamp), FileJson.ToJson(record), data);
    }

    private sealed record Head(string EventId, string EventType, string Timestamp, long IngestId, long Sequence)
    {
        public static Head Of(string eventType, FileRecord record, long sequence, DateTimeOffset timestamp) => new(
            $"evt_{record.IngestId}_{sequence}", eventType,
            timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture), record.IngestId, sequence);
    }

    private static void Write(IBufferWriter<byte> buffer, Head head, FileRecordJson file, IReadOnlyDictionary<string, object?>? data)
    {
        using var w = new Utf8JsonWriter(buffer);
        w.WriteStartObject();
        w.WriteString("event_id", head.EventId);
        w.WriteString("event_type", head.EventType);
        w.WriteString("timestamp", head.Timestamp);
        w.WriteNumber("ingest_id", head.IngestId);
        w.WriteNumber("sequence", head.Sequence);
        w.WritePropertyName("file_data");
        JsonSerializer.Serialize(w, file, FileJson.Options);
        if (data is { Count: > 0 })
        {
            w.WritePropertyName("data");
            JsonSerializer.Serialize(w, data, FileJson.Options);
        }

        w.WriteEndObject();
    }

    private static JsonObject Tree(Head head, FileRecordJson file, IReadOnlyDictionary<string, object?>? data)
    {
        var body = new JsonObject
        {
            ["event_id"] = head.EventId,
            ["event_type"] = head.EventType,
            ["timestamp"] = head.Timestamp,
            ["ingest_id"] = head.IngestId,
            ["sequence"] = head.Sequence,
            ["file_data"] = JsonSerializer.SerializeToNode(file, FileJson.Options),
        };
        if (data is { Count: > 0 }) body["data"] = JsonSerializer.SerializeToNode(data, FileJson.Options);
        return body;
    }
}
