using System.Text.Json;
using LaserGrains.Grains.Interfaces.Events;
using LaserGrains.Shared.Json;

namespace LaserGrains.Gateway.LaserOs.Events;

/// <summary>Reads and checks an event body; nothing is written for a body it refuses.</summary>
public static class EventParser
{
    public static EventParseResult Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return Read(doc.RootElement);
        }
        catch (JsonException ex)
        {
            return EventParseResult.Invalid($"The body is not valid JSON for an event: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement getters throw this when a field has the wrong JSON kind.
            return EventParseResult.Invalid($"A field has the wrong type: {ex.Message}");
        }
    }

    /// <summary>Reads one event already parsed as JSON (an entry of a batch); the JsonElement getters may throw InvalidOperationException.</summary>
    internal static EventParseResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return EventParseResult.Invalid("The body must be a JSON object.");
        if (!root.TryGetProperty("event_type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return EventParseResult.Invalid("event_type is required.");
        }

        var eventType = type.GetString()!;
        if (!FileEventTypes.All.Contains(eventType))
        {
            return EventParseResult.UnknownType($"event_type '{eventType}' is not one the receiver handles; expected one of {string.Join(", ", FileEventTypes.All)}.");
        }

        if (!root.TryGetProperty("timestamp", out var ts) || !ts.TryGetDateTimeOffset(out var timestamp))
        {
            return EventParseResult.Invalid("timestamp is required, as an ISO 8601 date and time.");
        }

        if (!root.TryGetProperty("ingest_id", out var id) || !id.TryGetInt64(out var ingestId) || ingestId <= 0)
        {
            return EventParseResult.Invalid("ingest_id is required, as a positive whole number.");
        }

        long? sequence = null;
        if (root.TryGetProperty("sequence", out var seq) && seq.ValueKind != JsonValueKind.Null)
        {
            if (!seq.TryGetInt64(out var s) || s < 0) return EventParseResult.Invalid("sequence must be a whole number ≥ 0.");
            sequence = s;
        }

        if (!root.TryGetProperty("file_data", out var fileData) || fileData.ValueKind != JsonValueKind.Object)
        {
            return EventParseResult.Invalid("file_data is required, as an object.");
        }

        var file = fileData.Deserialize<DesignFileData>(FileJson.Options)!;
        if (string.IsNullOrWhiteSpace(file.OriginalFilename)) return EventParseResult.Invalid("file_data.original_filename is required.");
        if (file.IngestId is { } inner && inner != ingestId)
        {
            return EventParseResult.Invalid($"file_data.ingest_id {inner} differs from ingest_id {ingestId}.");
        }

        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        var hardDelete = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("hard_delete", out var hd) && hd.GetBoolean();
        var reason = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String
            ? r.GetString()
            : file.FailureReason;
        return EventParseResult.Ok(new ModuleNEvent(eventType, timestamp.ToUniversalTime(), ingestId, sequence, file, fileData.GetRawText(), hardDelete, reason));
    }
}
