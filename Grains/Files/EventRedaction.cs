using System.Text.Json.Nodes;
using LaserGrains.Grains.Interfaces.Events;

namespace LaserGrains.Grains.Files;

/// <summary>
/// What an event of a hard-deleted file keeps: its envelope (id, type, time, ingest id, sequence) and the
/// original_filename the seed's contract requires in file_data, marked "redacted"; extracted data and "data" go.
/// WebhookDeliveryStore.RedactFileAsync applies the same shape to queued deliveries in SQL.
/// </summary>
public static class EventRedaction
{
    public static FileEvent Redact(FileEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var body = JsonNode.Parse(e.Payload)!.AsObject();
        var name = body["file_data"]?["original_filename"]?.DeepClone();
        var redacted = new JsonObject
        {
            ["event_id"] = body["event_id"]?.DeepClone(),
            ["event_type"] = body["event_type"]?.DeepClone(),
            ["timestamp"] = body["timestamp"]?.DeepClone(),
            ["ingest_id"] = e.IngestId,
            ["sequence"] = e.Sequence,
            ["file_data"] = new JsonObject { ["ingest_id"] = e.IngestId, ["original_filename"] = name, ["status"] = "deleted" },
            ["redacted"] = true,
        };
        return e with { Payload = redacted.ToJsonString() };
    }
}
