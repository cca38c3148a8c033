using System.Globalization;

namespace LaserGrains.Grains.Storage;

/// <summary>The rules both libraries share for entry names.</summary>
internal static class LibraryNames
{
    /// <summary>The n-th alternative of a name other bytes already hold: "a/b-v1.dxf" → "a/b-v1~2.dxf".</summary>
    public static string Suffixed(string path, int n)
    {
        var ext = Path.GetExtension(path);
        return path[..^ext.Length] + "~" + n.ToString(CultureInfo.InvariantCulture) + ext;
    }

    /// <summary>A relative path of plain segments (no empty, "." or ".." segment, no backslash): an entry stays inside the library.</summary>
    public static string Checked(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var segments = relativePath.Split('/');
        if (relativePath.Contains('\\', StringComparison.Ordinal) || segments.Any(s => s.Length == 0 || s is "." or ".."))
        {
            throw new ArgumentException("A library path stays inside the library.", nameof(relativePath));
        }

        return relativePath;
    }
}
