using System.Globalization;
using System.Text;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction.Naming;

/// <summary>Builds the standard stored name and folder of a file from its metadata.</summary>
public static class StoredFilename
{
    public const string UnassignedFolder = "_unassigned";
    private const int MaxPartLength = 60;

    /// <summary>client-project-part-material-thickness-xqty-vN.ext, with path characters removed.</summary>
    public static string Build(FileMetadata metadata, int version, string extension)
    {
        var parts = new List<string>();
        Add(parts, metadata.ClientCode?.Value);
        Add(parts, metadata.ProjectCode?.Value);
        Add(parts, metadata.PartName?.Value, MaxPartLength);
        Add(parts, metadata.MaterialCode?.Value);
        if (metadata.ThicknessMm is { } t) parts.Add(t.Value.ToString("0.###", CultureInfo.InvariantCulture).Replace('.', '_') + "mm");
        if (metadata.Quantity is { } q) parts.Add("x" + q.Value.ToString(CultureInfo.InvariantCulture));
        parts.Add("v" + version.ToString(CultureInfo.InvariantCulture));
        return string.Join('-', parts) + Sanitize(extension.ToLowerInvariant(), 10);
    }

    /// <summary>client/project, or the unassigned folder when either is unknown.</summary>
    public static string Folder(FileMetadata metadata) =>
        metadata.ClientCode is { } c && metadata.ProjectCode is { } p
            ? $"{Sanitize(c.Value, 40)}/{Sanitize(p.Value, 60)}"
            : UnassignedFolder;

    private static void Add(List<string> parts, string? value, int max = 40)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var clean = Sanitize(value.Trim().Replace(' ', '_'), max);
        if (clean.Length > 0) parts.Add(clean);
    }

    private static string Sanitize(string value, int max)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            if (char.IsLetterOrDigit(ch) || ch is '_' or '.') sb.Append(ch);
            if (sb.Length >= max) break;
        }

        return sb.ToString().Trim('.');
    }
}
