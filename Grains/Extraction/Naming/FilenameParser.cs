using System.Text.RegularExpressions;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Reads manufacturing facts from a file name: the stored convention first, then what customers send.</summary>
public static partial class FilenameParser
{
    /// <summary>Facts found in <paramref name="filename"/> with the default material catalog; fields not found stay null.</summary>
    public static FileMetadata Parse(string filename) => Parse(filename, MaterialCatalog.Default);

    /// <summary>Facts found in <paramref name="filename"/> using the shop's <paramref name="catalog"/>.</summary>
    public static FileMetadata Parse(string filename, MaterialCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var stem = Stem(filename);
        if (stem.Length == 0) return FileMetadata.Empty;
        return StoredNameReader.Read(stem, catalog)?.Facts ?? LooseNameReader.Read(stem, catalog);
    }

    /// <summary>The stored version ("-v3" → 3) of a stored name, or a trailing "_v3" / " v3" of any name; else null.</summary>
    public static int? ParseVersion(string filename)
    {
        var stem = Stem(filename);
        if (StoredNameReader.Read(stem, MaterialCatalog.Default) is { Version: { } stored }) return stored;
        var m = TrailingVersion().Match(stem);
        return m.Success && int.TryParse(m.Groups["v"].ValueSpan, out var v) ? v : null;
    }

    /// <summary>The name without folders (either slash) and without an extension such as ".dxf".</summary>
    internal static string Stem(string filename)
    {
        var name = filename[(LastSeparator(filename) + 1)..].Trim();
        var m = Extension().Match(name);
        return (m.Success ? name[..m.Index] : name).Trim();
    }

    // A '/' between digits is a fraction ("1/4in"), not a folder.
    private static int LastSeparator(string path)
    {
        for (var i = path.Length - 1; i >= 0; i--)
        {
            var fraction = i > 0 && i < path.Length - 1 && char.IsAsciiDigit(path[i - 1]) && char.IsAsciiDigit(path[i + 1]);
            if (path[i] == '\\' || (path[i] == '/' && !fraction)) return i;
        }

        return -1;
    }

    // "Plate 1.5mm" has no extension: an extension starts with a letter.
    [GeneratedRegex(@"\.[A-Za-z][A-Za-z0-9]{0,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Extension();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[vV](?<v>\d{1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingVersion();
}
