using System.Text.Json.Nodes;
using System.Text.Json;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Json;

namespace LaserGrains.Grains.Events;

/// <summary>Renders the seed's webhook payload: event_type, timestamp, ingest_id, file_data, data, plus event_id and sequence.</summary>
public static class FileEventPayload
{
    /// <summary>The event; its body is at most <paramref name="maxBodyBytes"/> bytes (see <see cref="EventBodyLimit"/>).</summary>
    public static FileEvent Create(
        string eventType, FileRecord record, long sequence, DateTimeOffset timestamp, IReadOnlyDictionary<string, object?>? data = null,
        int maxBodyBytes = EventBodyLimit.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(record);
        var eventId = $"evt_{record.IngestId}_{sequence}";
        var body = new JsonObject
        {
            ["event_id"] = eventId,
            ["event_type"] = eventType,
            ["timestamp"] = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["ingest_id"] = record.IngestId,
            ["sequence"] = sequence,
            ["file_data"] = JsonSerializer.SerializeToNode(FileJson.ToJson(record), FileJson.Options),
        };
        if (data is { Count: > 0 }) body["data"] = JsonSerializer.SerializeToNode(data, FileJson.Options);
        return new FileEvent(eventId, eventType, record.IngestId, sequence, timestamp, EventBodyLimit.Fit(body, maxBodyBytes));
    }
}
