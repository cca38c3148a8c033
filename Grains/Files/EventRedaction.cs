using System.Text.Json.Nodes;
using LaserGrains.Grains.Interfaces.Events;

namespace LaserGrains.Grains.Files;

/// <summary>
/// What an event of a hard-deleted file keeps: its envelope (id, type, time, ingest id, sequence) and the
/// original_filename the seed's contract requires in file_data, marked "redacted"; extracted data and "data" go.
/// WebhookDeliveryStore.RedactFileAsync applies the same shape to queued deliveries in SQL, and
/// WebhookDispatcherGrain.RedactFileAsync to the ones a dispatcher holds in memory.
/// </summary>
public static class EventRedaction
{
    public static FileEvent Redact(FileEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e with { Payload = RedactPayload(e.Payload, e.IngestId, e.Sequence) };
    }

    /// <summary>The redacted body of one event's payload; a payload already redacted comes back unchanged.</summary>
    public static string RedactPayload(string payload, long ingestId, long sequence)
    {
        var body = JsonNode.Parse(payload)!.AsObject();
        if (body["redacted"] is not null) return payload;
        var name = body["file_data"]?["original_filename"]?.DeepClone();
        var redacted = new JsonObject
        {
            ["event_id"] = body["event_id"]?.DeepClone(),
            ["event_type"] = body["event_type"]?.DeepClone(),
            ["timestamp"] = body["timestamp"]?.DeepClone(),
            ["ingest_id"] = ingestId,
            ["sequence"] = sequence,
            ["file_data"] = new JsonObject { ["ingest_id"] = ingestId, ["original_filename"] = name, ["status"] = "deleted" },
            ["redacted"] = true,
        };
        return redacted.ToJsonString();
    }
}
