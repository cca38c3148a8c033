using System.Globalization;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Gateway.Ingest;

/// <summary>Reads the optional hint fields of an upload form, refusing values that are not what they claim.</summary>
public static class HintParser
{
    public static UploadHints Parse(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new UploadHints(
            Text(fields, "client_code"),
            Text(fields, "project_code"),
            Text(fields, "part_name"),
            Text(fields, "material"),
            Number(fields, "thickness_mm"),
            Count(fields, "quantity"));
    }

    private static string? Text(IReadOnlyDictionary<string, string> f, string key) =>
        f.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static double? Number(IReadOnlyDictionary<string, string> f, string key)
    {
        if (Text(f, key) is not { } v) return null;
        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0 && d < 1000) return d;
        throw new UploadRejectedException(400, "Invalid hint", $"'{key}' must be a thickness in millimetres between 0 and 1000, e.g. 5 or 1.5; got '{v}'.");
    }

    private static int? Count(IReadOnlyDictionary<string, string> f, string key)
    {
        if (Text(f, key) is not { } v) return null;
        if (int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        throw new UploadRejectedException(400, "Invalid hint", $"'{key}' must be a whole number above 0; got '{v}'.");
    }
}
