using System.Globalization;
using System.Text.Json;

namespace LaserGrains.Gateway.Ui.Shell;

/// <summary>Reads catalog rows (snake_case JSON, as GET /files answers) and formats values for pages.</summary>
public static class Json
{
    public static string? Str(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString()
            : null;

    public static long Int64Of(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;

    public static int Count(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 0;

    public static string Mm(double? v) => v is { } d ? d.ToString("0.##", CultureInfo.InvariantCulture) + " mm" : "—";

    public static string Bytes(long n) => n switch
    {
        < 1024 => $"{n} B",
        < 1024 * 1024 => (n / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (n / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    public static string When(DateTimeOffset? t) => t is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "—";

    public static string When(string? iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? When(t) : "—";

    /// <summary>snake_case name of an enum value, as the API writes it (FileKind.DxfAscii → dxf_ascii).</summary>
    public static string Snake<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
