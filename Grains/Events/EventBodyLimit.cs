using System.Text;
using System.Text.Json.Nodes;

namespace LaserGrains.Grains.Events;

/// <summary>
/// Makes an event body fit a receiver's limit: the long lists of file_data are shortened, biggest risk first, until
/// it fits; the record stays whole at GET /files/{id} (and its parts at /files/{id}/parts). file_data_truncated says so.
/// </summary>
public static class EventBodyLimit
{
    /// <summary>The receiver's default limit (LG_RECEIVER_MAX_BODY_BYTES).</summary>
    public const int DefaultMaxBytes = 1024 * 1024;

    private const int ShortText = 256;

    private static readonly Action<JsonObject>[] Steps =
    [
        f =>
        {
            if (f["parts"] is JsonArray { Count: > 0 }) f["parts_truncated"] = true;
            Keep(f, "parts", 0);
        },
        f => Keep(f, "warnings", 20),
        f => Keep(f, "defects", 50),
        f => Keep(f, "extraction_history", 5),
        f => KeepProperties(f, 20),
        f => f.Remove("metadata"),
        f => f.Remove("geometry"),
        f => { Keep(f, "warnings", 0); Keep(f, "defects", 0); Keep(f, "extraction_history", 0); KeepProperties(f, 0); },
        ShortenStrings,
    ];

    /// <summary>The body as JSON text of at most <paramref name="maxBytes"/> UTF-8 bytes when file_data can be made to fit.</summary>
    public static string Fit(JsonObject body, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body.ToJsonString();
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes || body["file_data"] is not JsonObject file) return text;
        file["file_data_truncated"] = true;
        foreach (var step in Steps)
        {
            step(file);
            text = body.ToJsonString();
            if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        }

        // Only data (a failure reason, a list of changes) can still be long: keep its short scalar values.
        if (body["data"] is JsonObject data)
        {
            foreach (var key in data.Where(p => p.Value is JsonArray or JsonObject).Select(p => p.Key).ToList()) data.Remove(key);
            ShortenStrings(data);
            data["data_truncated"] = true;
        }

        return body.ToJsonString();
    }

    private static void Keep(JsonObject file, string name, int count)
    {
        if (file[name] is not JsonArray list || list.Count <= count) return;
        while (list.Count > count) list.RemoveAt(list.Count - 1);
    }

    private static void KeepProperties(JsonObject file, int count)
    {
        if (file["properties"] is not JsonObject properties || properties.Count <= count) return;
        foreach (var key in properties.Select(p => p.Key).Skip(count).ToList()) properties.Remove(key);
    }

    private static void ShortenStrings(JsonObject node)
    {
        foreach (var (key, value) in node.ToList())
        {
            if (value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > ShortText) node[key] = s[..ShortText];
        }
    }
}
