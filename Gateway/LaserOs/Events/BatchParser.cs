using System.Text.Json;

namespace LaserGrains.Gateway.LaserOs.Events;

/// <summary>
/// Reads the batch envelope <c>{"events":[{"id":"…","event":{…}}, …]}</c>. All or nothing: one unreadable entry refuses
/// the batch, naming it, and nothing is written; the sender then sends each event alone (docs/WEBHOOKS.md).
/// </summary>
public static class BatchParser
{
    /// <summary>The longest entry id accepted; ours are about 30 characters.</summary>
    public const int MaxIdLength = 200;

    public static BatchParseResult Parse(ReadOnlyMemory<byte> body, int maxEvents)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return Read(doc.RootElement, maxEvents);
        }
        catch (JsonException ex)
        {
            return BatchParseResult.Invalid($"The body is not valid JSON for a batch: {ex.Message}");
        }
    }

    private static BatchParseResult Read(JsonElement root, int maxEvents)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("events", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return BatchParseResult.Invalid("The body must be a JSON object with an events array.");
        }

        var count = entries.GetArrayLength();
        if (count == 0 || count > maxEvents) return BatchParseResult.Invalid($"A batch carries 1 to {maxEvents} events; this one has {count}.");
        var events = new List<BatchedEvent>(count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            if (Entry(entry, index, ids) is { } problem) return BatchParseResult.Invalid(problem);
            var id = entry.GetProperty("id").GetString()!;
            EventParseResult parsed;
            try
            {
                parsed = EventParser.Read(entry.GetProperty("event"));
            }
            catch (Exception ex) when (ex is InvalidOperationException or JsonException)
            {
                // A JsonElement getter or file_data's deserialisation meeting a field of the wrong JSON kind.
                parsed = EventParseResult.Invalid($"A field has the wrong type: {ex.Message}");
            }

            if (parsed.Event is not { } e) return BatchParseResult.Invalid($"events[{index}] (id {id}): {parsed.Problem}");
            events.Add(new BatchedEvent(id, e));
            index++;
        }

        return BatchParseResult.Ok(events);
    }

    private static string? Entry(JsonElement entry, int index, HashSet<string> ids)
    {
        if (entry.ValueKind != JsonValueKind.Object) return $"events[{index}] must be an object with id and event.";
        if (!entry.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 and <= MaxIdLength } text)
        {
            return $"events[{index}].id is required, as a string of 1 to {MaxIdLength} characters.";
        }

        if (!ids.Add(text)) return $"events[{index}].id {text} appears twice in the batch.";
        return entry.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object ? null : $"events[{index}].event is required, as an object.";
    }
}
