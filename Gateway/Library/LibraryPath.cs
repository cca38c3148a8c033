namespace LaserGrains.Gateway.Library;

/// <summary>Reads a library path from a query: plain segments joined by '/', never climbing out.</summary>
public static class LibraryPath
{
    /// <summary>The path without leading or trailing '/', "" for the top; null when a segment is empty, "." or "..", or has a backslash or control character.</summary>
    public static string? Normalize(string? path)
    {
        var trimmed = (path ?? "").Trim('/');
        if (trimmed.Length == 0) return "";
        if (trimmed.Length > 4096) return null;
        foreach (var segment in trimmed.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or ".." || segment.Any(c => c == '\\' || char.IsControl(c))) return null;
        }

        return trimmed;
    }
}
