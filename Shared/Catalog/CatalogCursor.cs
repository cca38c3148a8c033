using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace LaserGrains.Shared.Catalog;

/// <summary>An opaque keyset cursor: the sort, and the sort value and ingest id of the last row of the page before.</summary>
public sealed record CatalogCursor(string Sort, string Value, long IngestId)
{
    public string Encode() => WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(this));

    /// <summary>The cursor, or a <see cref="FormatException"/> for anything this gateway did not hand out.</summary>
    public static CatalogCursor Decode(string text)
    {
        try
        {
            var json = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(text));
            return JsonSerializer.Deserialize<CatalogCursor>(json) is { Sort.Length: > 0, Value: not null } c
                ? c
                : throw new FormatException("empty");
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            throw new FormatException("'cursor' is not a cursor this API handed out; start again without it.", ex);
        }
    }
}
